#!/bin/bash
# Tests the nginx example of docs/PUBLISHING.md as written: publishes the example site with
# `vista publish` (twice, then a rollback), serves it with nginx using the documented server
# block (taken from the document itself, with only the port, the host and /srv/vista moved into a
# temporary folder), and fetches pages under the sub-path: every page 200, a missing page the
# site's 404 page, hidden files and the versions folder never served. Then publishes and rolls
# back while a reader fetches pages without pause (no request may fail), and crawls the site with
# LinkChecker when scripts/standards/check-links.sh is there. nginx runs as the current user with
# pid, logs and temp files in the temporary folder, and is stopped at the end.
#
# Usage: scripts/publish/check-nginx-example.sh [VISTA]   (VISTA defaults to .build/debug/vista)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
vista=${1:-$root/.build/debug/vista}
[ -x "$vista" ] || { echo "nginx example: $vista is not built; run swift build first" >&2; exit 2; }
vista=$(cd "$(dirname "$vista")" && pwd)/$(basename "$vista")

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    echo "nginx example: installing nginx"
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nginx-light >/dev/null 2>&1 \
        || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vista-nginx-example.XXXXXX")
chmod 755 "$tmp"
pid_file=$tmp/nginx.pid
cleanup() {
    if [ -f "$tmp/server.pid" ]; then
        local pid; pid=$(cat "$tmp/server.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

base=/proposals/reporting/
srv=$tmp/srv/vista   # stands for /srv/vista in the document
mkdir -p "$srv" "$tmp/tmp"

# 1. Publish the example site: once, again (a second version), then roll back.
# From a copy of the example: a publish keeps a snapshot in the content's history/ folder.
cp -R "$root/Content" "$tmp/Content"
(cd "$root" && "$vista" publish --quiet --content "$tmp/Content" --output "$tmp/Site" --base-url "$base" --to "$srv/reporting")
(cd "$root" && "$vista" publish --quiet --site "$tmp/Site" --to "$srv/reporting")
(cd "$root" && "$vista" publish --quiet --to "$srv/reporting" --rollback)
[ -f "$srv/reporting/index.html" ] && [ -d "$srv/.reporting.vista-versions" ] \
    || { echo "nginx example: vista publish did not lay out $srv as documented" >&2; exit 1; }

# 2. The documented server block, as written in docs/PUBLISHING.md.
server_block=$(sed -n '/<!-- nginx-example:start -->/,/<!-- nginx-example:end -->/p' "$root/docs/PUBLISHING.md" \
    | sed '1,2d;$d' | sed '$d')
[ -n "$server_block" ] || { echo "nginx example: no nginx example between the markers in docs/PUBLISHING.md" >&2; exit 1; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
server_block=$(printf '%s\n' "$server_block" \
    | sed -e "s|listen 80;|listen 127.0.0.1:$port;|" -e "s|/srv/vista/|$srv/|g")
cat >"$tmp/nginx.conf" <<EOF
daemon off;
master_process off;
pid $pid_file;
error_log $tmp/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    types { text/csv csv; }
    default_type application/octet-stream;
    access_log $tmp/access.log;
    client_body_temp_path $tmp/tmp/body;
    proxy_temp_path $tmp/tmp/proxy;
    fastcgi_temp_path $tmp/tmp/fastcgi;
    uwsgi_temp_path $tmp/tmp/uwsgi;
    scgi_temp_path $tmp/tmp/scgi;
$server_block
}
EOF
"$NGINX" -e "$tmp/error.log" -p "$tmp" -c "$tmp/nginx.conf" -t -q || { cat "$tmp/error.log" >&2; exit 1; }
"$NGINX" -e "$tmp/error.log" -p "$tmp" -c "$tmp/nginx.conf" </dev/null >>"$tmp/error.log" 2>&1 &
echo $! >"$tmp/server.pid"
for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    kill -0 "$(cat "$tmp/server.pid")" 2>/dev/null || { cat "$tmp/error.log" >&2; exit 1; }
    sleep 0.1
done

# 3. Fetch pages under the sub-path, as a browser would (with Host: intranet.example.com).
python3 - "$port" "$base" "$srv/reporting" <<'EOF'
import os, sys, urllib.request, urllib.error
port, base, site = sys.argv[1], sys.argv[2], sys.argv[3]
failures, checked = [], 0

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

opener = urllib.request.build_opener(NoRedirect)

def fetch(path):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "intranet.example.com"})
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace"), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace"), dict(error.headers)

def expect(path, status, contains=None, header=None):
    global checked
    checked += 1
    got, body, headers = fetch(path)
    if got != status:
        failures.append(f"{path}: status {got}, expected {status}")
    elif contains and contains not in body:
        failures.append(f"{path}: the answer does not contain {contains!r}")
    elif header and header[1] not in headers.get(header[0], ""):
        failures.append(f"{path}: header {header[0]} is {headers.get(header[0])!r}, expected {header[1]!r}")

# Every page and file of the published site, by its URL under the sub-path.
for folder, _, files in os.walk(site):
    for name in files:
        relative = os.path.relpath(os.path.join(folder, name), site)
        if relative.startswith("."):
            continue
        expect(base + relative, 200)
        if name == "index.html":
            expect(base + relative[: -len("index.html")], 200, "<!DOCTYPE html>")
expect(base, 200, "<!DOCTYPE html>", ("Content-Type", "text/html"))
expect(base + "assets/vista.css", 200, None, ("Content-Type", "text/css"))
expect(base.rstrip("/"), 301, None, ("Location", base))
# A missing page, at any depth, is the site's 404 page with status 404.
for missing in ["no-such-page", "tasks/no-such-task/", "a/b/c/d.html"]:
    expect(base + missing, 404, "not part of this site")
# Hidden files and the kept versions are never served.
expect(base + ".vista-site", 404)
expect("/proposals/.reporting.vista-versions/previous-1/index.html", 404)
expect("/proposals/.reporting.vista-versions/.vista-versions", 404)

for failure in failures:
    print("nginx example: " + failure)
print(f"nginx example: {checked} requests under {base}, {len(failures)} failed")
sys.exit(1 if failures else 0)
EOF

# 4. Publish five times and roll back twice while a reader fetches the home page and the
#    stylesheet without pause: every answer is a whole 200, never a 404 or a cut page.
python3 - "$port" "$base" "$tmp/reader.stop" >"$tmp/reader.out" 2>&1 <<'EOF2' &
import os, sys, urllib.request
port, base, stop = sys.argv[1], sys.argv[2], sys.argv[3]
counts = {"ok": 0, "bad": 0}
while not os.path.exists(stop):
    for path in (base, base + "assets/vista.css", base + "tasks/"):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
                body = response.read()
                good = response.status == 200 and (path.endswith(".css") or body.rstrip().endswith(b"</html>"))
        except Exception:
            good = False
        counts["ok" if good else "bad"] += 1
print(counts["ok"], counts["bad"])
EOF2
reader=$!
for round in 1 2 3 4 5; do (cd "$root" && "$vista" publish --quiet --site "$tmp/Site" --to "$srv/reporting" --keep 2); done
for round in 1 2; do (cd "$root" && "$vista" publish --quiet --to "$srv/reporting" --rollback); done
touch "$tmp/reader.stop"; wait $reader
read -r good bad <"$tmp/reader.out"
echo "nginx example: $good requests while publishing and rolling back, $bad failed"
[ "$bad" = 0 ] && [ "$good" -gt 0 ] || { cat "$tmp/reader.out"; exit 1; }

# 5. Crawl it with LinkChecker, with the standards check's script where there is one.
if [ -x "$root/scripts/standards/check-links.sh" ] && command -v linkchecker >/dev/null 2>&1; then
    "$root/scripts/standards/check-links.sh" "http://127.0.0.1:$port$base"
else
    echo "nginx example: LinkChecker crawl skipped (scripts/standards/check-links.sh or linkchecker missing)"
fi
echo "nginx example: passed"
