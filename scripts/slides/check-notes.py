#!/usr/bin/env python3
"""Speaker notes stay on the presenter's machine: the text of every ```notes block of the content's
proposals is in no file of a site `vista build` writes, nor of the site `vista serve` builds; and
no `vista export` of a proposal or its deck holds it; `vista serve` shows it in the presenter view of its deck (/proposals/ID/slides/?presenter), beside
the slide of its section, and nowhere else.

Usage: check-notes.py VISTA CONTENT
"""
import html
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

NOTES = re.compile(r"^```notes[^\n]*\n(.*?)^```", re.M | re.S)
FRONT = re.compile(r"^---\n(.*?)\n---\n", re.S)


def plain(text):
    """Text as a reader sees it: tags and Markdown marks out, entities decoded, spaces collapsed."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(re.sub(r"[*_`]", "", text).split())


def notes(content):
    """[(proposal id, published, [note phrases])]: each note as plain text."""
    found = []
    folder = os.path.join(content, "proposals")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text = f.read()
        front = FRONT.match(text)
        draft = bool(front and re.search(r"^status:\s*draft\s*$", front.group(1), re.M))
        phrases = [plain(body) for body in NOTES.findall(text) if plain(body)]
        if phrases:
            found.append((name[:-3], not draft, phrases))
    return found


def files_holding(folder, phrase):
    """The files under FOLDER whose text holds PHRASE (as plain text, or any line of it as written)."""
    holding = []
    for here, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(here, name)
            with open(path, "rb") as f:
                data = f.read().decode("utf-8", errors="replace")
            if phrase in plain(data) or phrase in " ".join(data.split()):
                holding.append(os.path.relpath(path, folder))
    return holding


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    vista, content = argv[1], argv[2]
    all_notes = notes(content)
    if not any(published for _, published, _ in all_notes):
        print(f"notes: no published proposal in {content} has a ```notes block to check")
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        built = os.path.join(tmp, "built")
        subprocess.run([vista, "build", "--content", content, "--output", built, "--drafts", "--quiet"], check=True, timeout=300)
        exports = os.path.join(tmp, "exports")
        os.makedirs(exports)
        for proposal, published, _ in all_notes:
            if published:
                for page, name in ((f"proposals/{proposal}", proposal), (f"proposals/{proposal}/slides", proposal + "-slides")):
                    subprocess.run([vista, "export", page, "--content", content, "--to", os.path.join(exports, name + ".html"), "--quiet"],
                                   check=True, timeout=300)
        served = os.path.join(tmp, "served")
        port = free_port()
        server = subprocess.Popen([vista, "serve", "--content", content, "--output", served, "--port", str(port), "--quiet"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            base = f"http://127.0.0.1:{port}/"
            deadline = time.time() + 120
            while True:
                try:
                    get(base)
                    break
                except OSError:
                    if server.poll() is not None or time.time() > deadline:
                        raise SystemExit(f"notes: vista serve did not answer: {server.stderr.read().decode()}")
                    time.sleep(0.3)
            for proposal, published, phrases in all_notes:
                for phrase in phrases:
                    short = phrase[:60]
                    for folder, what in ((built, "vista build --drafts"), (served, "vista serve"), (exports, "vista export")):
                        for path in files_holding(folder, phrase):
                            failures.append(f"{proposal}: the note \"{short}\" is in {path} of what {what} wrote")
                    if not published:
                        continue
                    deck = f"{base}proposals/{proposal}/slides/"
                    for url in (deck, f"{base}proposals/{proposal}/", f"{base}proposals/{proposal}/?presenter"):
                        if phrase in plain(get(url)):
                            failures.append(f"{proposal}: the note \"{short}\" is in {url}")
                    view = get(deck + "?presenter")
                    aside = re.search(r'<aside class="presenter-notes".*?</aside>', view, re.S)
                    if not aside or phrase not in plain(aside.group(0)):
                        failures.append(f"{proposal}: the note \"{short}\" is not in the presenter view {deck}?presenter")
                    else:
                        print(f"notes: {proposal}: \"{short}\" only in the presenter view")
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"notes: {sum(len(p) for _, _, p in all_notes)} notes checked: {'no problems' if not failures else f'{len(failures)} problems'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
