#!/bin/sh
# PNGs of a built Vista site's main pages at 1280 px and 390 px, and a
# proposal printed to PDF, in one folder for review.
# Usage: scripts/screenshots/run.sh [SITE] [OUTDIR]   (defaults: Site/ and Screenshots/)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/scripts/standards/install.sh"
out="${2:-$root/Screenshots}"
# The pictures of one site: those of an earlier site would mix with them.
mkdir -p "$out" && rm -f "$out"/*.png "$out"/*.pdf
"${VISTA_VENV:-$root/.build-venv}/bin/python" "$root/scripts/screenshots/take.py" \
    "${1:-$root/Site}" "$out"
