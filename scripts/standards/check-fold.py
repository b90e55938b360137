#!/usr/bin/env python3
"""The home page shows the vision and the headline saving without scrolling.

    check-fold.py HOME_URL

Opens the home page in headless Chromium at 1280x900 and checks that the vision's title, its
summary and the headline figures (cost today, proposed, saving) end above the fold. Exit 1 if not.
"""
import sys

from browser import DESKTOP, chromium, emulate

SELECTORS = {
    "the vision's title": "main h1",
    "the summary": ".hero .lede",
    "the headline figures": ".headline-figures",
}


def main(url):
    driver = chromium()
    try:
        emulate(driver, DESKTOP)
        driver.get(url)
        failures = 0
        for name, selector in SELECTORS.items():
            bottom = driver.execute_script(
                "const e = document.querySelector(arguments[0]);"
                "return e ? e.getBoundingClientRect().bottom : null;", selector)
            if bottom is None:
                # A vision may have no summary, and a site without tasks has no headline figures.
                print(f"fold: {url}: {name} ({selector}) is not on this page")
                failures += selector == "main h1"
            elif bottom > DESKTOP[1]:
                print(f"fold: {url}: {name} ends at {bottom:.0f} px, below the fold at {DESKTOP[1]} px")
                failures += 1
            else:
                print(f"fold: {name} ends at {bottom:.0f} px of {DESKTOP[1]}")
        return 1 if failures else 0
    finally:
        driver.quit()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
