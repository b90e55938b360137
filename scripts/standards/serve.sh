#!/bin/bash
# Serves a built Vista site with nginx under a sub-path, the way an
# organisation publishes it (e.g. https://intranet/proposals/demo/), so that
# links can be checked and pages looked at exactly as readers will get them.
#
#   serve.sh SITE BASE_PATH PORT [COMMAND...]  serve while COMMAND runs (or until Ctrl-C)
#   serve.sh start SITE BASE_PATH PORT         serve in the background, print a state dir
#   serve.sh stop STATE_DIR                    stop it and remove the state dir
#
# nginx runs as the current user with a generated config, pid and logs in a
# temporary state dir; nothing on the system is configured or left running.
set -euo pipefail
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

start() {  # SITE BASE_PATH PORT -> prints the state dir
    local site=$1 base=/${2#/} port=$3 dir
    base=${base%/}/
    [ -f "$site/index.html" ] || { echo "serve: $site is not a built site (no index.html)" >&2; return 1; }
    site=$(cd "$site" && pwd)
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "serve: port $port is already in use" >&2; return 1
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/vista-serve.XXXXXX")
    # The document root holds the site at BASE_PATH through a symlink, so
    # every URL outside the sub-path is a plain 404, as on a shared server.
    mkdir -p "$dir/tmp"
    if [ "$base" = / ]; then ln -s "$site" "$dir/root"
    else mkdir -p "$dir/root$(dirname "$base")"; ln -s "$site" "$dir/root${base%/}"; fi
    cat >"$dir/nginx.conf" <<EOF
daemon off;
master_process off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    types { text/csv csv; }
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/css text/csv text/plain text/xml image/svg+xml application/javascript;
    access_log $dir/access.log;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    server {
        listen 127.0.0.1:$port;
        server_name localhost;
        absolute_redirect off;
        root $dir/root;
        index index.html;
        error_page 404 ${base}404.html;
        # Lets LinkChecker crawl faster than its polite default of 10 requests/s.
        add_header LinkChecker "local check" always;
    }
}
EOF
    "$NGINX" -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" -t -q \
        || { cat "$dir/error.log" >&2; rm -rf "$dir"; return 1; }
    "$NGINX" -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" </dev/null >>"$dir/error.log" 2>&1 &
    echo $! >"$dir/server.pid"
    # Wait until nginx answers (at most 10 s).
    for _ in $(seq 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$dir"; return 0; fi
        kill -0 "$(cat "$dir/server.pid")" 2>/dev/null || break
        sleep 0.1
    done
    echo "serve: nginx did not start on port $port:" >&2; cat "$dir/error.log" >&2
    stop "$dir"; return 1
}

stop() {  # STATE_DIR
    local dir=$1 pid
    [ -f "$dir/server.pid" ] || return 0
    pid=$(cat "$dir/server.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    ""|-h|--help) sed -n '2,12p' "$0"; exit 2 ;;
    *)
        dir=$(start "$1" "$2" "$3"); url="http://127.0.0.1:$3/${2#/}"; site=$1; shift 3
        trap 'stop "$dir"' EXIT
        trap 'exit 130' INT TERM
        if [ $# -gt 0 ]; then "$@"
        else echo "Serving $site on $url (Ctrl-C to stop)"
             while kill -0 "$(cat "$dir/server.pid")" 2>/dev/null; do sleep 1; done; fi ;;
esac
