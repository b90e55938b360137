#!/usr/bin/env python3
"""Opens a page exported by `vista export --to FILE.html` from a folder that
holds nothing else, in headless Chromium (file://, no server), at laptop and
phone width, and checks what a reader of the mail attachment gets: the
headline saving is shown, every chart drawn for that width has a non-zero
size, and the page loaded no other file (no resource requests at all).

Usage: check-export.py FILE.html SAVING   (run with the .build-venv Python)
"""
import os
import pathlib
import sys

STANDARDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "standards")
sys.path.insert(0, STANDARDS)
from browser import DESKTOP, PHONE, chromium, emulate  # noqa: E402

MEASURE = """
const hidden = arguments[0];
const svgs = [...document.querySelectorAll('svg')].filter(s => !s.classList.contains(hidden) && !s.closest('details'));
return {
  text: document.body.innerText,
  sizes: svgs.map(s => { const r = s.getBoundingClientRect(); return [s.querySelector('title')?.textContent || s.className.baseVal, r.width, r.height]; }),
  resources: performance.getEntriesByType('resource').map(e => e.name),
  styled: getComputedStyle(document.querySelector('.headline-figure')).borderTopStyle,
};
"""


def main(path, saving):
    folder = os.path.dirname(os.path.abspath(path))
    others = [name for name in os.listdir(folder) if name != os.path.basename(path)]
    if others:
        sys.exit(f"print: {folder} should hold only the exported file, not {others}")
    url = pathlib.Path(os.path.abspath(path)).as_uri()
    driver = chromium()
    failures = []
    try:
        for size, hidden in ((DESKTOP, "vista-chart-narrow"), (PHONE, "vista-chart-wide")):
            emulate(driver, size, "light")
            driver.get(url)
            seen = driver.execute_script(MEASURE, hidden)
            where = f"{size[0]} px"
            if saving not in seen["text"]:
                failures.append(f"{where}: the headline saving {saving} is not shown")
            flat = [name for name, w, h in seen["sizes"] if w <= 0 or h <= 0]
            if not seen["sizes"]:
                failures.append(f"{where}: no chart")
            if flat:
                failures.append(f"{where}: charts drawn without a size: {flat}")
            if seen["resources"]:
                failures.append(f"{where}: the page loaded other files: {seen['resources']}")
            if seen["styled"] != "solid":
                failures.append(f"{where}: the stylesheet is not applied")
            print(f"print: {os.path.basename(path)} alone at {where}: {len(seen['sizes'])} charts, "
                  f"smallest {min((round(w), round(h)) for _, w, h in seen['sizes']) if seen['sizes'] else '-'} px, "
                  f"{len(seen['resources'])} other files loaded")
    finally:
        driver.quit()
    for failure in failures:
        print(f"print: FAIL {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
