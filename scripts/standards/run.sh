#!/bin/bash
# The whole standards check of a built Vista site, as its readers will get it:
#   1. every page is valid HTML (Nu HTML Checker), sitemap.xml is well-formed,
#      feed.xml is Atom 1.0 (feedparser);
#   2. served by nginx under a sub-path, no link, image or stylesheet is
#      broken, and a missing page deep in the site gets a working 404 page;
#   3. the main pages (one of each kind) have no serious or critical
#      accessibility violation (axe-core in Chromium, laptop and phone,
#      light and dark).
# Every check runs even when an earlier one fails; the exit status is 1 if any failed.
#
# Usage: scripts/standards/run.sh [SITE] [BASE_PATH]
#   SITE defaults to Site/ (what `make site` writes); BASE_PATH to the base
#   path the site was built for (read from its sitemap.xml), else /proposals/demo/.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
site=${1:-$root/Site}
[ -f "$site/index.html" ] || { echo "standards: $site is not a built Vista site (no index.html)"; exit 2; }
site=$(cd "$site" && pwd)
base=${2:-$(python3 "$here/pages.py" --base "$site")}
venv=${VISTA_VENV:-$root/.build-venv}
results=()
step() {  # NAME COMMAND... : runs a check, remembers whether it passed
    local name=$1 start=$SECONDS; shift
    echo; echo "== $name"
    if "$@"; then results+=("PASS  $name ($((SECONDS - start)) s)")
    else results+=("FAIL  $name ($((SECONDS - start)) s)"); fi
}

"$here/install.sh" || exit 2
echo "standards: checking $site, served under $base"
step "HTML: Nu HTML Checker on every page, sitemap.xml" "$here/check-html.sh" "$site"
step "Feed: feed.xml is Atom 1.0 (feedparser), one entry per snapshot and decision" "$venv/bin/python" "$here/check-feed.py" "$site"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if state=$("$here/serve.sh" start "$site" "$base" "$port"); then
    trap '"$here/serve.sh" stop "$state"' EXIT
    trap 'exit 130' INT TERM
    url="http://127.0.0.1:$port$base"
    step "Links: LinkChecker crawl of $url, 404 page" "$here/check-links.sh" "$url"
    mapfile -t pages < <(python3 "$here/pages.py" "$site" "$url" | cut -f2)
    step "Accessibility: axe-core on ${#pages[@]} main pages" \
        "$venv/bin/python" "$here/check-a11y.py" "${pages[@]}"
    step "Above the fold: the vision and the headline saving at 1280x900" \
        "$venv/bin/python" "$here/check-fold.py" "$url"
else
    results+=("FAIL  nginx could not serve the site")
fi

echo; echo "== Standards check of $site under $base"
printf '   %s\n' "${results[@]}"
failed=$(printf '%s\n' "${results[@]}" | grep -c '^FAIL')
echo "standards: $((${#results[@]} - failed)) passed, $failed failed"
[ "$failed" = 0 ]
