#!/usr/bin/env python3
"""Finds the main pages of a built Vista site: one page of each kind (home,
tasks index, a task, a proposal, the dashboard, a metric, a free page...),
read from the page kind Vista writes on <body class="page-KIND">, so any
site works, whatever its content. Of several pages of a kind, the largest
is taken: it shows the most of what that kind of page can hold.

Usage: pages.py SITE [SITE_URL]   prints "KIND<TAB>path" (or URL) per line.
       pages.py --base SITE        prints the base path the site was built for.
"""
import os
import re
import sys

BODY_KIND = re.compile(r'<body[^>]*\bclass="[^"]*\bpage-([\w-]+)')
# Reading order for people reviewing the checks and screenshots.
ORDER = ["home", "tasks", "task", "proposals", "proposal", "dashboard", "metrics", "metric", "page"]


def main_pages(site):
    """[(kind, path relative to SITE)], one per kind, 404 last."""
    best = {}
    for folder, _, files in os.walk(site):
        for name in files:
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, site).replace(os.sep, "/")
            with open(path, encoding="utf-8", errors="replace") as f:
                match = BODY_KIND.search(f.read(20000))
            # A page without a kind is named by its place in the site.
            kind = match.group(1) if match else (rel.split("/")[0] if "/" in rel else "root")
            size = os.path.getsize(path)
            if kind not in best or (size, rel) > best[kind][0]:
                best[kind] = ((size, rel), rel)
    rank = lambda k: (k == "404", ORDER.index(k) if k in ORDER else len(ORDER), k)
    return [(kind, best[kind][1]) for kind in sorted(best, key=rank)]


def base_path(site, default="/proposals/demo/"):
    """The base path the site was built for, read from its sitemap.xml."""
    import urllib.parse
    import xml.etree.ElementTree as ET
    try:
        tree = ET.parse(os.path.join(site, "sitemap.xml"))
        loc = next(tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")).text.strip()
    except (OSError, ET.ParseError, StopIteration, AttributeError):
        return default
    path = urllib.parse.urlsplit(loc).path or "/"
    return path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"


def page_url(site_url, rel):
    """The URL a reader uses: folders end with '/', the 404 page is a missing URL."""
    if rel == "404.html":
        rel = "no-such-page/"
    elif rel == "index.html" or rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return site_url.rstrip("/") + "/" + rel


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--base":
        sys.exit(print(base_path(sys.argv[2])))
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    for kind, rel in main_pages(sys.argv[1]):
        print(f"{kind}\t{page_url(sys.argv[2], rel) if len(sys.argv) == 3 else rel}")
