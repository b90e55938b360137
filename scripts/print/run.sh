#!/bin/sh
# The example site on paper and as one file to send:
#   1. every published proposal printed by `vista export --to FILE.pdf` (headless
#      Chromium, A4); its page count printed and checked against the target
#      (reporting-task-force at most 4 pages, every other proposal at most 3);
#   2. the headline saving of the first proposal found in its PDF's text (pdftotext);
#   3. that proposal exported as one HTML file, opened from a folder that holds
#      nothing else in headless Chromium: the saving is shown, every chart has a
#      size, and the page loads no other file.
# Usage: scripts/print/run.sh [VISTA] [CONTENT]   (defaults: .build/debug/vista, Content/)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
vista=${1:-$root/.build/debug/vista}
content=${2:-$root/Content}
"$root/scripts/standards/install.sh"
"$root/scripts/install-deps.sh" poppler-utils
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$vista" build --content "$content" --output "$work/site" --quiet
failed=0
first=""
echo "print: A4 pages of each proposal, as vista export prints them"
for page in "$work"/site/proposals/*/index.html; do
    id=$(basename "$(dirname "$page")")
    [ -n "$first" ] || first=$id
    case "$id" in reporting-task-force) limit=4 ;; *) limit=3 ;; esac
    timeout 180 "$vista" export "proposals/$id" --content "$content" --to "$work/$id.pdf" --quiet
    pages=$(pdfinfo "$work/$id.pdf" | awk '/^Pages:/ { print $2 }')
    if [ "$pages" -le "$limit" ]; then verdict=ok; else verdict="FAIL (more than $limit)"; failed=1; fi
    printf '  %-32s %2s pages  %s\n' "proposals/$id" "$pages" "$verdict"
done
timeout 180 "$vista" export / --content "$content" --to "$work/home.pdf" --quiet
printf '  %-32s %2s pages\n' "/ (home page)" "$(pdfinfo "$work/home.pdf" | awk '/^Pages:/ { print $2 }')"
[ -n "$first" ] || { echo "print: the site has no proposal"; exit 1; }

# The headline saving as the page states it, found again in the PDF's text.
mkdir "$work/alone"
"$vista" export "proposals/$first" --content "$content" --to "$work/alone/$first.html" --quiet
saving=$(python3 "$root/scripts/print/headline.py" "$work/alone/$first.html")
if pdftotext "$work/$first.pdf" - | tr '\n' ' ' | grep -qF -- "$saving"; then
    echo "print: the PDF of proposals/$first states the headline saving $saving"
else
    echo "print: FAIL the PDF of proposals/$first does not contain the headline saving $saving"; failed=1
fi
"${VISTA_VENV:-$root/.build-venv}/bin/python" "$root/scripts/print/check-export.py" "$work/alone/$first.html" "$saving" || failed=1
[ "$failed" = 0 ] && echo "print: all checks passed"
exit "$failed"
