#!/usr/bin/env python3
"""Pictures of a built Vista site for review: each main page (home, tasks,
a task, proposals, a proposal, dashboard, a metric, a free page) as a
full-height PNG at laptop (1280 px) and phone (390 px) width, and a proposal
as Chromium prints it to PDF (A4, with backgrounds), all in one folder.
The site is served by nginx under its base path, as readers get it.

Usage: take.py SITE OUTDIR    (run with the .build-venv Python)
"""
import base64
import os
import signal
import socket
import subprocess
import sys

STANDARDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "standards")
sys.path.insert(0, STANDARDS)
from browser import DESKTOP, PHONE, chromium, emulate  # noqa: E402
from pages import base_path, main_pages, page_url  # noqa: E402

A4_INCHES = (8.27, 11.69)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def screenshot(driver, url, size, path):
    emulate(driver, size, "light")
    driver.get(url)
    driver.execute_async_script("document.fonts.ready.then(arguments[arguments.length - 1])")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size[0], "height": height, "scale": 1}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


def main(site, outdir):
    os.makedirs(outdir, exist_ok=True)
    pages = [(kind, rel) for kind, rel in main_pages(site) if kind != "404"]
    serve = os.path.join(STANDARDS, "serve.sh")
    base, port = base_path(site), free_port()
    state = subprocess.run([serve, "start", site, base, str(port)],
                           check=True, capture_output=True, text=True).stdout.strip()
    driver = None
    try:
        driver = chromium()
        site_url = f"http://127.0.0.1:{port}{base}"
        for number, (kind, rel) in enumerate(pages, 1):
            slug = os.path.basename(os.path.dirname(rel))  # e.g. the task's name
            name = f"{number:02d}-{kind}" + (f"-{slug}" if slug not in ("", kind, kind + "s") else "")
            for size in (DESKTOP, PHONE):
                path = os.path.join(outdir, f"{name}-{size[0]}.png")
                screenshot(driver, page_url(site_url, rel), size, path)
                print(f"screenshots: {path}")
        proposal = next((rel for kind, rel in pages if kind == "proposal"), None)
        if proposal:
            emulate(driver, DESKTOP, "light")
            driver.get(page_url(site_url, proposal))
            pdf = driver.execute_cdp_cmd("Page.printToPDF", {
                "paperWidth": A4_INCHES[0], "paperHeight": A4_INCHES[1], "printBackground": True})
            path = os.path.join(outdir, "proposal.pdf")
            with open(path, "wb") as f:
                f.write(base64.b64decode(pdf["data"]))
            print(f"screenshots: {path} ({proposal})")
        else:
            print("screenshots: the site has no proposal page, so no proposal.pdf")
    finally:
        if driver:
            driver.quit()
        subprocess.run([serve, "stop", state], check=False)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still stop nginx and Chromium
    main(os.path.abspath(sys.argv[1]), sys.argv[2])
