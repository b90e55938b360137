#!/usr/bin/env python3
"""Checks a built Vista site's feed.xml with feedparser (a real Atom parser):
well-formed Atom 1.0, the elements RFC 4287 requires on the feed and every entry
(id, title, updated, author, a link), RFC 3339 times, unique entry ids, and one
entry per snapshot and per decision listed on the site's changes page. Every
link of the feed must lead to a file of the site.

Usage: check-feed.py SITE
"""
import os
import re
import sys
from urllib.parse import urljoin, urlparse

import feedparser

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")


def main(site):
    path = os.path.join(site, "feed.xml")
    problems = []
    raw = open(path, encoding="utf-8").read()
    feed = feedparser.parse(raw)
    if feed.bozo:
        problems.append(f"feed.xml is not well-formed: {feed.bozo_exception}")
    if feed.version != "atom10":
        problems.append(f"feed.xml is not Atom 1.0 (feedparser reads it as {feed.version!r})")
    for key in ("id", "title", "updated"):
        if not feed.feed.get(key):
            problems.append(f"the feed has no <{key}>")
    if not feed.feed.get("author"):
        problems.append("the feed has no <author>, so every entry would need one")
    self_links = [l for l in feed.feed.get("links", []) if l.get("rel") == "self"]
    if not self_links:
        problems.append("the feed has no rel=self link")
    for match in re.finditer(r"<updated>([^<]*)</updated>", raw):
        if not RFC3339.match(match.group(1)):
            problems.append(f"<updated>{match.group(1)}</updated> is not an RFC 3339 time")

    # Where the feed sits: its rel=self link, full or relative to the site's root.
    base = self_links[0]["href"] if self_links else "feed.xml"
    root = base[: -len("feed.xml")] if base.endswith("feed.xml") else base
    ids = set()
    for number, entry in enumerate(feed.entries, 1):
        for key in ("id", "title", "updated", "link"):
            if not entry.get(key):
                problems.append(f"entry {number} has no <{key}>")
        if entry.get("id") in ids:
            problems.append(f"entry {number} repeats the id {entry.get('id')}")
        ids.add(entry.get("id"))
        link = entry.get("link", "")
        target = urljoin(root, link) if not urlparse(link).scheme else link
        relative = target[len(root):] if target.startswith(root) else None
        if relative is None:
            problems.append(f"entry {number} links outside the site: {link}")
            continue
        file = relative.split("#")[0]
        if file == "" or file.endswith("/"):
            file += "index.html"
        if not os.path.isfile(os.path.join(site, file)):
            problems.append(f"entry {number} links to {link}, which is not a file of the site")

    changes = open(os.path.join(site, "changes", "index.html"), encoding="utf-8").read()
    expected = len(re.findall(r'<h3 id="snapshot-', changes)) + changes.count('<li class="decision">')
    if len(feed.entries) != expected:
        problems.append(f"feed.xml has {len(feed.entries)} entries; the changes page lists {expected} snapshots and decisions")

    for problem in problems:
        print(f"feed.xml: error: {problem}")
    print(f"feed: {len(feed.entries)} entries, Atom {'1.0' if feed.version == 'atom10' else feed.version}, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
