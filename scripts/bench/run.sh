#!/bin/sh
# Vista's benchmark, in one run:
#   - the synthetic 10,000-page site built by vista and, where it is installed, by Hugo, side by
#     side (interleaved runs, medians): wall, user and system time, pages per second, peak memory
#     and the ratios;
#   - the floor: cmark-gfm's own tool on the same Markdown, plus writing the files (cp -r);
#   - the dev server on a 1,000-page site: one-file rebuilds in the process (vista bench serve)
#     and end to end, from saving a file to the page fetched again (serve_latency.py);
#   - the cold start: vista build of the example site;
#   - 1,000 charts (vista bench charts).
# A benchmark, not a test: it never fails on timing.
#
#   scripts/bench/run.sh [VISTA] [PAGES]      RUNS=3 (runs per tool), SETTLE=90 (see below),
#                                             OUT=folder for the built sites (default .build/bench/out;
#                                             a folder on tmpfs, like /dev/shm/vista-bench, takes the
#                                             disk out of the comparison)
set -eu
cd "$(dirname "$0")/../.."
vista=${1:-.build/release/vista}
pages=${2:-10000}
runs=${RUNS:-3}
work=.build/bench
mkdir -p "$work"

# Every build writes into a folder of its own, removed only at the end. On ext4 without a journal
# (this project's machine) inodes freed in the last minute or so are skipped, one by one, when new
# ones are allocated, so a build right after a large deletion spends seconds in the kernel; the
# outputs of an earlier run are removed first, and the file system gets SETTLE seconds after the
# last removal before anything is timed.
settle=${SETTLE:-90}
out=${OUT:-$work/out}
if [ -d "$out" ]; then
    echo "bench: removing the outputs of an interrupted run"
    rm -rf "$out"
    date +%s > "$work/removed-at"
fi
if [ -f "$work/removed-at" ]; then
    wait=$((settle - ($(date +%s) - $(cat "$work/removed-at"))))
    if [ "$wait" -gt 0 ]; then
        echo "bench: waiting $wait s for the file system to settle after the last removal (SETTLE=$settle)"
        sleep "$wait"
    fi
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
fstype=$(df --output=fstype "$out" | tail -1)

echo "bench: generating $pages pages, 500 tasks, 200 metrics, 20 proposals into $work/site"
python3 scripts/bench/generate.py "$work/site" --pages "$pages" --tasks 500 --metrics 200 --proposals 20
echo "bench: generating a 1,000-page site into $work/serve-site"
rm -rf "$work/serve-site"
python3 scripts/bench/generate.py "$work/serve-site" --pages 815 --tasks 120 --metrics 50 --proposals 10
: > "$work/results"
sync

measure() { # label, command… → appends "label wall user sys rss_kib" to $work/results
    label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        echo "bench: $label failed:" >&2; cat "$work/stderr.txt" >&2; return 1; }
    echo "$label $(cat "$work/time.txt")" >> "$work/results"
}

has_hugo=0
command -v hugo >/dev/null 2>&1 && has_hugo=1
[ $has_hugo = 1 ] || echo "bench: hugo is not installed (apt-get install hugo); skipping the side-by-side run"
for run in $(seq 1 "$runs"); do
    echo "bench: run $run of $runs"
    measure vista "$vista" build --quiet --content "$work/site/vista" --output "$out/vista-$run"
    if [ $has_hugo = 1 ]; then
        measure hugo hugo --quiet --source "$work/site/hugo" --destination "$out/hugo-$run"
    fi
done
vista_pages=$(find "$out/vista-1" -name '*.html' | wc -l)
hugo_pages=0
[ $has_hugo = 1 ] && hugo_pages=$(find "$out/hugo-1" -name '*.html' | wc -l)

# The floor: cmark-gfm's own tool on all the Markdown at once, plus writing as many files.
for run in $(seq 1 "$runs"); do
    measure cmark cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist "$work/site/all.md"
    measure write cp -r "$out/vista-1" "$out/copy-$run"
done

# Cold start: the example site, ten runs into one folder.
for run in $(seq 1 10); do
    measure example "$vista" build --quiet --content Content --output "$out/example"
done

echo "bench: the dev server on $work/serve-site"
"$vista" bench serve --content "$work/serve-site/vista" --output "$out/serve" --runs 5 | tee "$work/serve.txt"
python3 scripts/bench/serve_latency.py "$vista" "$work/serve-site/vista" --runs 5 | tee "$work/serve-e2e.txt"
echo "bench: charts"
"$vista" bench charts --count 1000 --points 36 | tee "$work/charts.txt"

echo
echo "bench: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'),\
 $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), sites written to $fstype, load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work" "$vista_pages" "$hugo_pages" <<'PY'
import statistics, sys
work, vista_pages, hugo_pages = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = {}
for line in open(f"{work}/results"):
    label, wall, user, system, rss = line.split()
    rows.setdefault(label, []).append((float(wall), float(user), float(system), int(rss) / 1024))
def med(label, i):
    return statistics.median(r[i] for r in rows[label])
def show(label, name, pages=None):
    wall = med(label, 0)
    rate = f"{pages / wall:7.0f} pages/s" if pages and wall > 0 else " " * 15
    print(f"  {name:<36} {wall:6.2f} s  (user {med(label, 1):5.2f} s, sys {med(label, 2):5.2f} s)  {rate}  {max(r[3] for r in rows[label]):6.0f} MiB")
results = {}
for name in ("serve", "serve-e2e", "charts"):
    for line in open(f"{work}/{name}.txt"):
        if line.startswith("bench-result "):
            parts = line.split()
            results[" ".join(parts[1:-1])] = float(parts[-1])
n = len(rows["vista"])
print(f"\nbench results (wall time: median of {n} runs; memory: peak)")
show("vista", f"vista build ({vista_pages} pages)", vista_pages)
if "hugo" in rows:
    show("hugo", f"hugo ({hugo_pages} pages)", hugo_pages)
show("cmark", "cmark-gfm on the same Markdown")
show("write", "writing the built site (cp -r)")
example = sorted(r[0] for r in rows["example"])
print(f"  {'vista build of Content/':<36} {example[0] * 1000:6.0f} ms best, {statistics.median(example) * 1000:.0f} ms median of {len(example)}")
print(f"  {'dev server, one-file rebuild':<36} {results['serve-max-one-file-ms']:6.1f} ms (slowest kind, median of 10; 1,000 pages)")
e2e = [v for k, v in results.items() if k.startswith("serve-e2e-ms")]
if e2e:
    print(f"  {'dev server, save to page reloaded':<36} {max(e2e):6.1f} ms (slowest kind, median of 10)")
print(f"  {'1,000 charts of 36 points':<36} {results['charts-ms']:6.1f} ms")
print()
if "hugo" in rows:
    print(f"  time:       vista / hugo = {med('vista', 0) / med('hugo', 0):.2f}  (target at most 0.50)")
    print(f"  memory:     vista / hugo = {max(r[3] for r in rows['vista']) / max(r[3] for r in rows['hugo']):.2f}  (target at most 0.25)")
floor = med("cmark", 0) + med("write", 0)
print(f"  floor:      vista / (cmark-gfm + writing) = {med('vista', 0) / floor:.2f}  (target at most 2)")
print(f"  serve:      {max([results['serve-max-one-file-ms']] + e2e):.0f} ms  (target under 100 ms)")
print(f"  cold start: {example[0] * 1000:.0f} ms  (target under 150 ms)")
PY
rm -rf "$out"
[ "$fstype" = tmpfs ] || date +%s > "$work/removed-at"
