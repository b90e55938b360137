#!/bin/sh
# Vista's benchmark: the synthetic site built by vista and, where it is installed, by Hugo, side by
# side; cmark-gfm's own tool on the same Markdown as the floor; the example site's cold start.
# Prints wall time, pages per second and peak memory for each, and the ratios. A benchmark, not a
# test: it never fails on timing.
#
#   scripts/bench/run.sh [VISTA] [PAGES]
set -eu
cd "$(dirname "$0")/../.."
vista=${1:-.build/release/vista}
pages=${2:-10000}
work=.build/bench
mkdir -p "$work"

measure() { # label, command… → prints "label wall_s rss_kib" into $work/results
    label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        echo "bench: $label failed:" >&2; cat "$work/stderr.txt" >&2; return 1; }
    read -r wall rss < "$work/time.txt"
    echo "$label $wall $rss" >> "$work/results"
}

echo "bench: generating $pages pages, 500 tasks, 200 metrics into $work/site"
python3 scripts/bench/generate.py "$work/site" --pages "$pages" --tasks 500 --metrics 200
: > "$work/results"
sync

rm -rf "$work/vista-out"
measure vista "$vista" build --quiet --content "$work/site/vista" --output "$work/vista-out"
vista_pages=$(find "$work/vista-out" -name '*.html' | wc -l)

if command -v hugo >/dev/null 2>&1; then
    rm -rf "$work/site/hugo/public"
    measure hugo hugo --quiet --source "$work/site/hugo"
    hugo_pages=$(find "$work/site/hugo/public" -name '*.html' | wc -l)
else
    echo "bench: hugo is not installed (apt-get install hugo); skipping the side-by-side run"
    hugo_pages=0
fi

# The floor: cmark-gfm's own tool on all the Markdown at once, plus writing that many files.
measure cmark cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist "$work/site/all.md"
rm -rf "$work/copy"
measure write cp -r "$work/vista-out" "$work/copy"

# Cold start: the example site, five runs, the best one.
for run in 1 2 3 4 5; do
    rm -rf "$work/example-out"
    measure "example$run" "$vista" build --quiet --content Content --output "$work/example-out"
done

python3 - "$work/results" "$vista_pages" "$hugo_pages" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    label, wall, rss = line.split()
    rows[label] = (float(wall), int(rss) / 1024)
vista_pages, hugo_pages = int(sys.argv[2]), int(sys.argv[3])
def show(label, name, pages=None):
    wall, rss = rows[label]
    rate = f"{pages / wall:8.0f} pages/s" if pages and wall > 0 else " " * 16
    print(f"  {name:<34} {wall:7.2f} s  {rate}  {rss:7.0f} MiB")
print("\nbench results")
show("vista", f"vista build ({vista_pages} pages)", vista_pages)
if "hugo" in rows:
    show("hugo", f"hugo ({hugo_pages} pages)", hugo_pages)
show("cmark", "cmark-gfm on the same Markdown")
show("write", "copying the built site (writing)")
best = min(rows[f"example{i}"][0] for i in range(1, 6))
print(f"  {'vista build of Content/ (best of 5)':<34} {best * 1000:7.0f} ms")
print()
if "hugo" in rows:
    print(f"  time:   vista / hugo = {rows['vista'][0] / rows['hugo'][0]:.2f}  (target at most 0.50)")
    print(f"  memory: vista / hugo = {rows['vista'][1] / rows['hugo'][1]:.2f}  (target at most 0.25)")
floor = rows["cmark"][0] + rows["write"][0]
print(f"  floor:  vista / (cmark-gfm + writing) = {rows['vista'][0] / floor:.2f}  (target at most 2)")
print(f"  cold start: {best * 1000:.0f} ms  (target under 150 ms)")
PY
