#!/usr/bin/env python3
"""Fetches the pages of a published site over and over while it is published again, and checks
that every answer is a 200 whose body is byte for byte the page of one of the two versions, and
that the answers switch from the old version to the new one once and never back.

Usage: read-while-publishing.py PORT BASE OLD_SITE NEW_SITE STOP_FILE STARTED_FILE
Reads until STOP_FILE exists (at most 120 s); exits 1 on any failure, 0 otherwise.
"""
import os, sys, time, urllib.error, urllib.request

port, base, old_site, new_site, stop, started = sys.argv[1:7]

# The HTML pages both versions have, by URL path (a folder's index.html at its folder's URL).
paths = []
for folder, _, files in os.walk(old_site):
    for name in sorted(files):
        relative = os.path.relpath(os.path.join(folder, name), old_site)
        if name.endswith(".html") and not relative.startswith(".") and os.path.exists(os.path.join(new_site, relative)):
            paths.append((base + (relative[: -len("index.html")] if name == "index.html" else relative), relative))
paths.sort()
if len(paths) < 10:
    print(f"reader: only {len(paths)} pages to read")
    sys.exit(1)

def page(site, relative):
    with open(os.path.join(site, relative), "rb") as file:
        return file.read()

requests, failures, switches = 0, [], []
version, counts = None, {"old": 0, "new": 0}
deadline = time.monotonic() + 120
open(started, "w").close()
while not os.path.exists(stop) and time.monotonic() < deadline and len(failures) < 20:
    for url, relative in paths:
        requests += 1
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=10) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, body = error.code, b""
        except OSError as error:
            failures.append(f"{url}: {error}")
            continue
        if status != 200:
            failures.append(f"{url}: status {status}")
            continue
        if body == page(old_site, relative):
            seen = "old"
        elif body == page(new_site, relative):
            seen = "new"
        else:
            failures.append(f"{url}: the body is neither version's page ({len(body)} bytes)")
            continue
        counts[seen] += 1
        if seen != version:
            switches.append(f"{version} -> {seen} at request {requests}")
            version = seen

if [s.split(" at ")[0] for s in switches] != ["None -> old", "old -> new"]:
    failures.append("the versions did not switch once from old to new: " + "; ".join(switches))
for failure in failures[:20]:
    print("reader: " + failure)
print(f"ssh publish: reader: {requests} requests over {len(paths)} pages while publishing: "
      f"{counts['old']} old, {counts['new']} new, {len(failures)} failed")
sys.exit(1 if failures else 0)
