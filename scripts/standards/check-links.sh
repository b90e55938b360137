#!/bin/bash
# Crawls a served Vista site with LinkChecker, as a reader clicking every link
# would: pages, images, stylesheets, data downloads and #anchors, from the
# home page and from sitemap.xml. Links to other sites are not followed; links
# that leave the site's sub-path on the same server ARE checked, since they
# break when the site is published under a path. Then checks the 404 page.
# Usage: scripts/standards/check-links.sh SITE_URL   (e.g. http://127.0.0.1:8080/proposals/demo/)
set -euo pipefail
url=${1:?usage: check-links.sh SITE_URL}; url=${url%/}/
here=$(cd "$(dirname "$0")" && pwd)
server=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(f"{p.scheme}://{p.netloc}/")' "$url")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"   # LinkChecker drops root privileges to "nobody"

cat >"$tmp/linkcheckerrc" <<EOF
[checking]
threads=4
maxrequestspersecond=200
[filtering]
checkextern=0
internlinks=^$(printf '%s' "$server" | sed 's/[.]/\\./g')
[AnchorCheck]
EOF
starts=("$url")
if python3 -c 'import sys, urllib.request as u; u.urlopen(sys.argv[1], timeout=10)' "${url}sitemap.xml" 2>/dev/null; then
    starts+=("${url}sitemap.xml")
fi

status=0
linkchecker -f "$tmp/linkcheckerrc" --no-status -o text "${starts[@]}" >"$tmp/out" 2>"$tmp/err" || status=$?
# Print the reports of failing URLs, without LinkChecker's banner.
sed -n '/^URL  *`/,$p' "$tmp/out" | sed '/^Statistics:/,$d'
errors=$(sed -n 's/.* \([0-9][0-9]*\) errors\{0,1\} found.*/\1/p' "$tmp/out")
anchors=$(grep -c '^Warning .*Anchor .* not found' "$tmp/out" || true)
if [ -z "$errors" ] || [ $status -ge 2 ]; then
    echo "links: LinkChecker failed (exit $status):"; cat "$tmp/err"; exit 1
fi
checked=$(grep -o '[0-9]* links in [0-9]* URLs checked' "$tmp/out" || true)
echo "links: $checked; $errors broken links, $anchors missing #anchors"

code404=0
python3 "$here/check-404.py" "$url" || code404=1
[ "$errors" = 0 ] && [ "$anchors" = 0 ] && [ $code404 = 0 ]
