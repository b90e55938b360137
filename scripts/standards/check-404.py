#!/usr/bin/env python3
"""A reader who follows a stale or mistyped link deep inside a Vista site
must get the site's 404 page, styled, with working links: the server answers
any depth with the same 404.html, so its links must not depend on the URL.

Usage: check-404.py SITE_URL   (e.g. http://127.0.0.1:8080/proposals/demo/)
Exit 1 when a missing page is not a 404, or a link or stylesheet on it fails.
"""
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

# Missing URLs at several depths below the site's base path.
PROBES = ["no-such-page.html", "a/b/c", "a/b/c/", "tasks/no-such-task/index.html"]


class Links(HTMLParser):
    """Collects <base href> and every URL the page loads or links to."""

    def __init__(self):
        super().__init__()
        self.base, self.urls, self.stylesheets = None, [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        if tag == "link" and "stylesheet" in (a.get("rel") or "").split():
            self.stylesheets += 1
        for name in ("href", "src"):
            if a.get(name) and tag != "base":
                self.urls.append((tag, a[name]))
        for part in (a.get("srcset") or "").split(","):
            if part.strip():
                self.urls.append((tag, part.split()[0]))


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers.get_content_type(), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get_content_type(), e.read()


def main(site_url):
    site_url = site_url.rstrip("/") + "/"
    server = urlsplit(site_url).netloc
    failures = 0
    for probe in PROBES:
        url = urljoin(site_url, probe)
        status, ctype, body = fetch(url)
        if status != 404 or ctype != "text/html":
            print(f"404: {url} answered {status} {ctype}, expected 404 text/html")
            failures += 1
            continue
        page = Links()
        page.feed(body.decode("utf-8", "replace"))
        base = urljoin(url, page.base) if page.base else url
        if not page.stylesheets:
            print(f"404: {url}: the 404 page links no stylesheet")
            failures += 1
        for tag, ref in dict.fromkeys(page.urls):  # each distinct link once
            if ref.startswith("#") and page.base and urljoin(base, ref).split("#")[0] != url:
                # e.g. the skip link: with <base href> it would leave the page.
                print(f"404: {url}: <{tag}> {ref} leads to {urljoin(base, ref)} "
                      f"(resolved against <base href=\"{page.base}\">), not to this page")
                failures += 1
                continue
            if ref.startswith("#"):
                continue  # a jump within this page (the skip link) needs no request
            target = urljoin(base, ref).split("#")[0]
            if urlsplit(target).scheme not in ("http", "https") or urlsplit(target).netloc != server:
                continue  # mail links and other sites are not Vista's to check
            status, ctype, _ = fetch(target)
            if status != 200:
                print(f"404: {url}: <{tag}> {ref} -> {target} answered {status}")
                failures += 1
    print(f"404 page: {len(PROBES)} missing URLs probed, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
