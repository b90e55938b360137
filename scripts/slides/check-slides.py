#!/usr/bin/env python3
"""Steps through every slide of every deck of a built Vista site with the keyboard, in headless
Chromium at 1280x720 and 1920x1080, and fails when a slide's content is taller or wider than the
slide, or when text on a slide is smaller than 18 px at 1280x720. Prints the number of slides of
each proposal. With --screenshots DIR it also saves every slide as a PNG, light and dark.

Usage: check-slides.py SITE SITE_URL [--screenshots DIR]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "standards"))
from browser import chromium, emulate  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

SIZES = [(1280, 720), (1920, 1080)]
MIN_TEXT = 18  # px, at 1280x720

# What the current slide measures: overflow of the slide box, elements outside it, the smallest
# text (an SVG text's size times the scale its chart is drawn at).
MEASURE = r"""
const slides = Array.from(document.querySelectorAll("main.deck > section.slide"));
const slide = document.querySelector("main.deck > section.slide.current");
if (!slide) return {error: "no current slide"};
const box = slide.getBoundingClientRect();
const problems = [];
if (slide.scrollHeight > slide.clientHeight + 1) problems.push(`content height ${slide.scrollHeight} > slide height ${slide.clientHeight}`);
if (slide.scrollWidth > slide.clientWidth + 1) problems.push(`content width ${slide.scrollWidth} > slide width ${slide.clientWidth}`);
if (box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1) problems.push("the slide is larger than the window");
for (const el of slide.querySelectorAll("*")) {
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) continue;
  if (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.top < box.top - 1) {
    problems.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute("class") || ""}"> outside the slide (${Math.round(r.right)}x${Math.round(r.bottom)} in ${Math.round(box.right)}x${Math.round(box.bottom)})`);
    break;
  }
}
let smallest = Infinity, where = "";
const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  if (!node.textContent.trim()) continue;
  const el = node.parentElement;
  if (el.closest("title, desc, style, script")) continue;
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) continue;
  const style = getComputedStyle(el);
  if (style.visibility === "hidden" || style.display === "none") continue;
  let size = parseFloat(style.fontSize);
  if (el instanceof SVGElement) { const m = el.getScreenCTM(); size *= Math.hypot(m.a, m.b); }
  if (size < smallest) { smallest = size; where = node.textContent.trim().slice(0, 40); }
}
return {index: slides.indexOf(slide), count: slides.length, hash: location.hash, problems, smallest, where};
"""


def decks(site):
    """The decks of a site: (proposal id, path relative to the site)."""
    folder = os.path.join(site, "proposals")
    found = []
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if os.path.isfile(os.path.join(folder, name, "slides", "index.html")):
            found.append((name, f"proposals/{name}/slides/"))
    return found


def press(driver, key):
    ActionChains(driver).send_keys(key).perform()


def check_deck(driver, url, size, shots=None, scheme="light"):
    """Steps through one deck; returns (number of slides, [failures])."""
    failures = []
    driver.get(url)
    first = driver.execute_script(MEASURE)
    count = first.get("count", 0)
    if first.get("index") != 0 or first.get("hash") != "#1":
        failures.append(f"the deck does not open on slide 1 (#{first.get('hash')})")
    for step in range(count):
        m = driver.execute_script(MEASURE)
        label = f"{size[0]}x{size[1]} slide {step + 1}"
        if m.get("index") != step or m.get("hash") != f"#{step + 1}":
            failures.append(f"{label}: the keyboard reached slide {m.get('index', -1) + 1} ({m.get('hash')})")
        failures += [f"{label}: {p}" for p in m.get("problems", [])]
        if size == SIZES[0] and m.get("smallest", 99) < MIN_TEXT - 0.01:
            failures.append(f"{label}: text of {m['smallest']:.1f} px (\"{m['where']}\")")
        if shots:
            driver.save_screenshot(os.path.join(shots, f"{shots_name(url)}-{size[0]}-{scheme}-{step + 1:02d}.png"))
        # Forward with each key the deck knows, in turn.
        press(driver, [Keys.ARROW_RIGHT, Keys.SPACE, Keys.PAGE_DOWN][step % 3])
    # Past the end it stays on the last slide; Home, End, PageUp, ← and a fragment work too.
    checks = [([Keys.ARROW_RIGHT], count), ([Keys.HOME], 1), ([Keys.END], count),
              ([Keys.PAGE_UP], max(1, count - 1)), ([Keys.ARROW_LEFT], max(1, count - 2))]
    for keys, expected in checks:
        for key in keys:
            press(driver, key)
        m = driver.execute_script(MEASURE)
        if m.get("index") != expected - 1:
            failures.append(f"{size[0]}x{size[1]}: after {keys} the deck shows slide {m.get('index', -1) + 1}, not {expected}")
    if count >= 3:
        driver.get(url + "#3")
        driver.refresh()
        m = driver.execute_script(MEASURE)
        if m.get("index") != 2:
            failures.append(f"{size[0]}x{size[1]}: #3 opens slide {m.get('index', -1) + 1}")
    return count, failures


def shots_name(url):
    return url.rstrip("/").split("/")[-2]


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    site, site_url = argv[1], argv[2].rstrip("/") + "/"
    shots = argv[4] if len(argv) > 4 and argv[3] == "--screenshots" else None
    if shots:
        os.makedirs(shots, exist_ok=True)
    found = decks(site)
    if not found:
        print(f"slides: {site} has no decks (proposals/ID/slides/index.html)")
        return 1
    failures = []
    driver = chromium()
    try:
        for proposal, rel in found:
            counts = set()
            for size in SIZES:
                schemes = ["light", "dark"] if shots else ["light"]
                for scheme in schemes:
                    emulate(driver, size, scheme)
                    count, problems = check_deck(driver, site_url + rel, size, shots, scheme)
                    counts.add(count)
                    failures += [f"{proposal}: {p}" for p in problems]
            print(f"slides: {proposal}: {', '.join(str(c) for c in sorted(counts))} slides")
    finally:
        driver.quit()
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"slides: {len(found)} decks checked at {', '.join(f'{w}x{h}' for w, h in SIZES)}: "
          f"{'no problems' if not failures else f'{len(failures)} problems'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
