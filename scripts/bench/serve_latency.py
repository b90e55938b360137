#!/usr/bin/env python3
"""End-to-end latency of `vista serve`: from saving a file to the open page having reloaded.

    serve_latency.py VISTA CONTENT [--runs 5]

Starts `vista serve` on CONTENT (a copy: files are edited and put back), listens to the reload
events as a browser does, then for several one-file changes measures the time from the file
being written to the reload event, and to the changed page fetched again. Prints the medians,
and `bench-result serve-e2e-ms KIND MS` lines for run.sh. A benchmark, not a test.
"""
import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import threading
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("vista")
    parser.add_argument("content")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    server = subprocess.Popen([args.vista, "serve", "--content", args.content, "--port", "0", "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        port = None
        for line in server.stdout:
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
                break
        if port is None:
            sys.exit("serve_latency: vista serve did not start")
        # Keep reading what the server prints, so that it never waits on a full pipe.
        log = []
        threading.Thread(target=lambda: log.extend(server.stdout), daemon=True).start()
        events = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        events.request("GET", "/__vista/events")
        stream = events.getresponse()

        def next_generation():
            while True:
                line = stream.fp.readline().decode()
                if not line:
                    sys.exit("serve_latency: the server closed the event stream: " + "".join(log[-5:]))
                if line.startswith("data:"):
                    return int(line.split(":", 1)[1])

        generation = next_generation()

        def fetch(path):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", path)
            body = connection.getresponse().read()
            connection.close()
            return body

        def first(folder, suffix):
            names = sorted(n for n in os.listdir(os.path.join(args.content, folder)) if n.endswith(suffix))
            return folder + "/" + names[0] if names else None

        task, page, metric = first("tasks", ".yaml"), first("pages", ".md"), first("metrics", ".yaml")
        changes = []
        if task:
            changes.append(("task edit", task, lambda t: re.sub(r"(?m)^effort_hours: .*$", "effort_hours: 7.5", t, count=1),
                            "/tasks/" + os.path.basename(task)[:-5] + "/index.html"))
        if metric:
            changes.append(("metric edit", metric, lambda t: re.sub(r"(?m)^title: .*$", "title: Edited metric", t, count=1),
                            "/metrics/" + os.path.basename(metric)[:-5] + "/index.html"))
        if page:
            changes.append(("page edit", page, lambda t: t + "\nOne more paragraph.\n", "/" + os.path.basename(page)[:-3] + "/index.html"))

        for name, path, edit, url in changes:
            full = os.path.join(args.content, path)
            original = open(full, encoding="utf-8").read()
            built, reloaded = [], []
            for _ in range(args.runs):
                for text in (edit(original), original):
                    time.sleep(0.3)  # let the previous rebuild and the folder settle
                    start = time.perf_counter()
                    with open(full, "w", encoding="utf-8") as handle:
                        handle.write(text)
                    generation = next_generation()
                    event = time.perf_counter()
                    fetch(url)
                    done = time.perf_counter()
                    built.append((event - start) * 1000)
                    reloaded.append((done - start) * 1000)
            print(f"serve end to end: {name}: reload event after {statistics.median(built):.1f} ms, "
                  f"page fetched again after {statistics.median(reloaded):.1f} ms (median of {len(built)}, max {max(reloaded):.1f})")
            print(f"bench-result serve-e2e-ms {name.replace(' ', '-')} {statistics.median(reloaded):.2f}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
