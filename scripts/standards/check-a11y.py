#!/usr/bin/env python3
"""Runs axe-core (the copy bundled in the axe-selenium-python package) in
headless Chromium on Vista pages, as readers see them: on a laptop
(1280x900) and a phone (390x844), each in light and dark colour scheme.
Prints the violations by impact with the failing elements' selectors.

Usage: check-a11y.py URL...     (run with the .build-venv Python)
Exit 1 on any serious or critical violation; minor and moderate are printed.
"""
import os
import sys
from collections import defaultdict

import axe_selenium_python
from browser import DESKTOP, PHONE, chromium, emulate

AXE = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")
IMPACTS = ["critical", "serious", "moderate", "minor"]
# axe-core 3.1 (2018) predates two things Vista pages use, and would report
# them as violations without measuring anything; this teaches it both:
# - colours the stylesheet mixes (color-mix, for dark-mode links) are read by
#   Chromium as "color(srgb ...)", which axe 3.1 cannot parse (it reports
#   "#0NaN0NaN0NaN", contrast unknown): each such colour is restated as the
#   same rgb() value, so the contrast is really measured;
# - HTML lets <div> group a <dt> and its <dd>s inside a <dl> (since 2017):
#   the dlitem check gets the rule of current axe-core (4.x).
TEACH_AXE = """
const canvas = document.createElement("canvas"), ctx = canvas.getContext("2d", {willReadFrequently: true});
canvas.width = canvas.height = 1;
const rgb = c => { ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = c; ctx.fillRect(0, 0, 1, 1);
                   const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
                   return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`; };
const props = ["color", "background-color", "border-top-color", "border-bottom-color", "outline-color"];
for (const el of document.querySelectorAll("*")) {
  const style = getComputedStyle(el);
  for (const p of props) {
    const v = style.getPropertyValue(p);
    if (v && !/^(rgba?\(|transparent)/.test(v)) el.style.setProperty(p, rgb(v), "important");
  }
}
axe.configure({checks: [{id: "dlitem", evaluate: function (node) {
  let parent = axe.commons.dom.getComposedParent(node);
  const role = el => (el.getAttribute("role") || "").toLowerCase();
  if (parent.nodeName === "DIV" && ["", "presentation", "none"].includes(role(parent)))
    parent = axe.commons.dom.getComposedParent(parent);
  if (parent.nodeName !== "DL") return false;
  return !role(parent) || !axe.commons.aria.isValidRole(role(parent)) || ["presentation", "none", "list"].includes(role(parent));
}}]});
"""
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ["violations"]})
   .then(r => done({version: axe.version, violations: r.violations}), e => done({error: String(e)}));
"""


def audit(driver, url, size, scheme):
    emulate(driver, size, scheme)
    driver.get(url)
    driver.execute_script(open(AXE, encoding="utf-8").read())
    driver.execute_script(TEACH_AXE)
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
