#!/usr/bin/env python3
"""Runs axe-core 4.x (the copy shipped in the axe-playwright-python package) in
headless Chromium on Vista pages, as readers see them: on a laptop
(1280x900) and a phone (390x844), each in light and dark colour scheme.
Prints the violations by impact with the failing elements' selectors.

Usage: check-a11y.py URL...     (run with the .build-venv Python)
Exit 1 on any serious or critical violation; minor and moderate are printed.
"""
import importlib.util
import os
import sys
from collections import defaultdict

from browser import DESKTOP, PHONE, chromium, emulate

# axe-core 4.x, as shipped inside the axe-playwright-python package (only its script is used).
AXE = os.path.join(os.path.dirname(importlib.util.find_spec("axe_playwright_python").origin), "axe.min.js")
IMPACTS = ["critical", "serious", "moderate", "minor"]
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ["violations"]})
   .then(r => done({version: axe.version, violations: r.violations}), e => done({error: String(e)}));
"""


def audit(driver, url, size, scheme):
    emulate(driver, size, scheme)
    driver.get(url)
    driver.execute_script(open(AXE, encoding="utf-8").read())
    result = driver.execute_async_script(RUN_AXE)
    if "error" in result:
        raise RuntimeError(f"axe failed on {url}: {result['error']}")
    return result


def contrast(node):
    """For colour contrast failures: the colours and ratio axe measured."""
    for check in node.get("any", []):
        d = check.get("data")
        if isinstance(d, dict) and d.get("fgColor"):
            return (f'  ({d["fgColor"]} on {d["bgColor"]}: {d["contrastRatio"]}:1, '
                    f'needs {d["expectedContrastRatio"]})')
    return ""


def main(urls):
    # (impact, rule) -> {"help":..., "where": {(url, "1280x900 light"): [selectors]}}
    found = defaultdict(lambda: {"help": "", "where": defaultdict(list)})
    driver = chromium()
    driver.set_script_timeout(60)
    version = "?"
    try:
        for url in urls:
            for size in (DESKTOP, PHONE):
                for scheme in ("light", "dark"):
                    result = audit(driver, url, size, scheme)
                    version = result["version"]
                    for v in result["violations"]:
                        entry = found[(v["impact"] or "minor", v["id"])]
                        entry["help"] = f'{v["help"]} ({v["helpUrl"].split("?")[0]})'
                        where = entry["where"][(url, f"{size[0]}x{size[1]} {scheme}")]
                        where += [" ".join(n["target"]) + contrast(n) for n in v["nodes"]]
    finally:
        driver.quit()

    counts = defaultdict(int)
    for impact in IMPACTS:
        for (imp, rule), entry in sorted(found.items()):
            if imp != impact:
                continue
            counts[impact] += 1
            print(f"\n[{impact}] {rule}: {entry['help']}")
            for (url, view), targets in entry["where"].items():
                print(f"  {url} at {view}: {len(targets)} elements")
                for t in targets[:8]:
                    print(f"      {t}")
                if len(targets) > 8:
                    print(f"      ... and {len(targets) - 8} more")
    summary = ", ".join(f"{counts[i]} {i}" for i in IMPACTS)
    print(f"a11y: axe-core {version} on {len(urls)} pages x 2 sizes x light/dark: rules violated: {summary}")
    return 1 if counts["critical"] or counts["serious"] else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
