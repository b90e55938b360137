#!/bin/bash
# Tests `vista publish --to ssh://…` against a real OpenSSH server on loopback: sshd runs on a free
# port with its own configuration file, host key and user key, all made here in a temporary
# folder (no system configuration is read or changed), and nginx serves the remote folder with the
# server block of docs/PUBLISHING.md. Checked:
#   1. a first publish: the live path is a link to the first version, byte for byte the built site;
#   2. a second publish of a changed site while a reader fetches pages through nginx without pause:
#      every answer is 200 and byte for byte one version's page, the old version until the switch
#      and the new one after it; unchanged files are hard links to the old version's (only what
#      changed was uploaded);
#   3. --rollback, twice (the second has nothing to go back to and changes nothing);
#   4. an upload stopped half-way (SIGTERM to vista; SIGKILL to vista and its children) leaves the
#      live site as it was, and the server removes the upload and the lock;
#   5. two publishes at once: the second stops with a message, the first completes;
#   6. --keep, a folder Vista did not publish, a server that does not answer.
# Uploads are slowed down where they must be stopped half-way by an ssh ProxyCommand (throttle.py).
# Every command has a time limit; sshd and nginx are stopped at the end.
#
# Usage: scripts/publish/check-ssh.sh [VISTA]   (VISTA defaults to .build/debug/vista)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
vista=${1:-$root/.build/debug/vista}
[ -x "$vista" ] || { echo "ssh publish: $vista is not built; run swift build first" >&2; exit 2; }
vista=$(cd "$(dirname "$vista")" && pwd)/$(basename "$vista")

"$root/scripts/install-deps.sh" openssh-server openssh-client rsync
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    "$root/scripts/install-deps.sh" nginx-light 2>/dev/null || "$root/scripts/install-deps.sh" nginx
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
SSHD=/usr/sbin/sshd

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vista-ssh-publish.XXXXXX")
chmod 755 "$tmp"
stop_pid() {
    local pid; pid=$(cat "$1" 2>/dev/null) || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
    stop_pid "$tmp/nginx.pid"
    stop_pid "$tmp/sshd.run"
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() { echo "ssh publish: FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() {
    for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
    return 1
}

# --- sshd on loopback, with keys made now ---------------------------------------------------
user=$(id -un)
ssh-keygen -q -t ed25519 -N "" -C "vista test host" -f "$tmp/host_key"
ssh-keygen -q -t ed25519 -N "" -C "vista test user" -f "$tmp/user_key"
cp "$tmp/user_key.pub" "$tmp/authorized_keys"
chmod 600 "$tmp/authorized_keys"
ssh_port=$(free_port)
cat >"$tmp/sshd_config" <<EOF
Port $ssh_port
ListenAddress 127.0.0.1
HostKey $tmp/host_key
PidFile $tmp/sshd.pid
AuthorizedKeysFile $tmp/authorized_keys
AllowUsers $user
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
MaxStartups 50
MaxSessions 50
LogLevel ERROR
EOF
# sshd's privilege separation folder (what the ssh service makes at boot).
[ "$(id -u)" -ne 0 ] || [ -d /run/sshd ] || install -d -m 755 /run/sshd
"$SSHD" -f "$tmp/sshd_config" -t
"$SSHD" -f "$tmp/sshd_config" -D -e 2>>"$tmp/sshd.log" &
echo $! >"$tmp/sshd.run"
wait_port "$ssh_port" || { cat "$tmp/sshd.log" >&2; fail "sshd did not start"; }
echo "[127.0.0.1]:$ssh_port $(cut -d' ' -f1,2 "$tmp/host_key.pub")" >"$tmp/known_hosts"
ssh_command="ssh -F /dev/null -i $tmp/user_key -o IdentitiesOnly=yes -o UserKnownHostsFile=$tmp/known_hosts -o StrictHostKeyChecking=yes -o BatchMode=yes -o ConnectTimeout=5 -o LogLevel=ERROR"
slow_ssh="$ssh_command -o ProxyCommand=\"$root/scripts/publish/throttle.py 127.0.0.1 %p 200000\""
timeout 20 $ssh_command -p "$ssh_port" "$user@127.0.0.1" true || fail "cannot log in to the test sshd"

srv=$tmp/srv/vista             # the server's /srv/vista
live=$srv/reporting
versions=$srv/.reporting.vista-versions
to="ssh://$user@127.0.0.1:$ssh_port$live"
base=/proposals/reporting/
publish() { timeout 120 "$vista" publish --quiet --ssh "$ssh_command" --to "$to" "$@"; }

# --- three sites: v1, v2 (another title on every page), v3 (with a 3 MB file) --------------
for v in 1 2 3; do
    cp -R "$root/Content" "$tmp/content-$v"
    sed -i "s/^title: .*/title: Stamp$v reporting/" "$tmp/content-$v/site.yaml"
    timeout 120 "$vista" build --quiet --content "$tmp/content-$v" --output "$tmp/site-$v" --base-url "$base"
done
head -c 3000000 /dev/urandom >"$tmp/site-3/assets/upload-test.bin"
[ "$(grep -rl Stamp1 "$tmp/site-1" --include='*.html' | wc -l)" -gt 10 ] || fail "the stamp is not on the pages"
same_tree() { diff -r --no-dereference "$1" "$2" >/dev/null; }
link_of() { readlink "$live"; }
fetch() { python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())' "$1"; }

# --- nginx serving the remote folder with the documented server block ------------------------
server_block=$(sed -n '/<!-- nginx-ssh-example:start -->/,/<!-- nginx-ssh-example:end -->/p' "$root/docs/PUBLISHING.md" \
    | sed '1,2d;$d' | sed '$d')
[ -n "$server_block" ] || fail "no nginx-ssh-example block in docs/PUBLISHING.md"
http_port=$(free_port)
server_block=$(printf '%s\n' "$server_block" | sed -e "s|listen 80;|listen 127.0.0.1:$http_port;|" -e "s|/srv/vista/|$srv/|g")
mkdir -p "$tmp/nginx/tmp"
cat >"$tmp/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $tmp/nginx/tmp/body;
    proxy_temp_path $tmp/nginx/tmp/proxy;
    fastcgi_temp_path $tmp/nginx/tmp/fastcgi;
    uwsgi_temp_path $tmp/nginx/tmp/uwsgi;
    scgi_temp_path $tmp/nginx/tmp/scgi;
$server_block
}
EOF
"$NGINX" -e "$tmp/nginx/error.log" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -t -q || { cat "$tmp/nginx/error.log" >&2; fail "nginx configuration"; }
"$NGINX" -e "$tmp/nginx/error.log" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" </dev/null >>"$tmp/nginx/error.log" 2>&1 &
echo $! >"$tmp/nginx.pid"
wait_port "$http_port" || { cat "$tmp/nginx/error.log" >&2; fail "nginx did not start"; }

# --- 1. the first publish --------------------------------------------------------------------
publish --site "$tmp/site-1"
[ -L "$live" ] || fail "the live path is not a symbolic link"
[ "$(link_of)" = ".reporting.vista-versions/site-1" ] || fail "the live link points to $(link_of)"
same_tree "$live/" "$tmp/site-1" || fail "the first publish differs from the built site"
[ -f "$versions/.vista-versions" ] && [ ! -e "$versions/.lock" ] || fail "no marker, or a lock left behind"
body=$(fetch "http://127.0.0.1:$http_port$base")
case $body in *Stamp1*) ;; *) fail "nginx does not serve the published site";; esac
echo "ssh publish: 1. first publish: $(find "$live/" -type f | wc -l) files, served by nginx"

# --- 2. a second publish while a reader fetches pages ----------------------------------------
python3 "$root/scripts/publish/read-while-publishing.py" "$http_port" "$base" "$tmp/site-1" "$tmp/site-2" \
    "$tmp/reader.stop" "$tmp/reader.started" >"$tmp/reader.out" 2>&1 &
reader=$!
for _ in $(seq 200); do [ -f "$tmp/reader.started" ] && break; sleep 0.05; done
sleep 1
publish --site "$tmp/site-2"
sleep 1
touch "$tmp/reader.stop"
timeout 60 tail --pid=$reader -f /dev/null || true
wait $reader || { cat "$tmp/reader.out" >&2; fail "the reader saw a failed, mixed or half-published page"; }
cat "$tmp/reader.out"
[ "$(link_of)" = ".reporting.vista-versions/site-2" ] || fail "the live link points to $(link_of) after the second publish"
same_tree "$live/" "$tmp/site-2" || fail "the second publish differs from the built site"
[ "$(stat -c %i "$versions/site-1/assets/logo.svg")" = "$(stat -c %i "$versions/site-2/assets/logo.svg")" ] \
    || fail "an unchanged file was uploaded again instead of linked"
linked=$(find "$versions/site-2" -type f -links +1 | wc -l)
echo "ssh publish: 2. second publish: $linked of $(find "$versions/site-2" -type f | wc -l) files hard-linked to the version before"

# --- 3. rollback -----------------------------------------------------------------------------
publish --rollback
[ "$(link_of)" = ".reporting.vista-versions/site-1" ] || fail "--rollback left the link at $(link_of)"
same_tree "$live/" "$tmp/site-1" || fail "--rollback did not bring the first site back"
[ -d "$versions/undone" ] || fail "the rolled-back version was not kept as undone/"
case $(fetch "http://127.0.0.1:$http_port$base") in *Stamp1*) ;; *) fail "nginx serves the wrong version after --rollback";; esac
if publish --rollback 2>"$tmp/rollback.err"; then fail "a rollback with no earlier version succeeded"; fi
grep -q "no earlier version" "$tmp/rollback.err" || fail "unexpected message: $(cat "$tmp/rollback.err")"
[ "$(link_of)" = ".reporting.vista-versions/site-1" ] || fail "a refused rollback changed the link"
publish --site "$tmp/site-2"
[ ! -e "$versions/undone" ] || fail "the next publish kept undone/"
echo "ssh publish: 3. rollback: back to the first version, a second rollback refused"

# --- 4. an upload stopped half-way -----------------------------------------------------------
before=$(link_of)
wait_for_upload() {
    for _ in $(seq 300); do
        [ -n "$(find "$versions" -path '*/incoming-*' -type f 2>/dev/null | head -n 1)" ] && return 0
        sleep 0.05
    done
    return 1
}
wait_until_clean() {
    for _ in $(seq 200); do
        [ -z "$(ls -d "$versions"/incoming-* 2>/dev/null)" ] && [ ! -L "$versions/.lock" ] && return 0
        sleep 0.05
    done
    return 1
}
timeout 120 "$vista" publish --quiet --ssh "$slow_ssh" --to "$to" --site "$tmp/site-3" 2>"$tmp/stopped.err" &
publisher=$!
wait_for_upload || fail "the slowed upload did not start"
sleep 1
kill -TERM $publisher
if wait $publisher; then fail "a stopped publish exited with status 0"; fi
[ "$(link_of)" = "$before" ] && same_tree "$live/" "$tmp/site-2" || fail "a stopped upload changed the live site"
wait_until_clean || fail "the server kept the upload or the lock of a stopped publish: $(ls -A "$versions")"
setsid timeout -s KILL 120 "$vista" publish --quiet --ssh "$slow_ssh" --to "$to" --site "$tmp/site-3" 2>/dev/null &
group=$!
wait_for_upload || fail "the second slowed upload did not start"
sleep 1
kill -KILL -- -"$group" 2>/dev/null || kill -KILL "$group"
wait $group 2>/dev/null || true
[ "$(link_of)" = "$before" ] && same_tree "$live/" "$tmp/site-2" || fail "a killed upload changed the live site"
wait_until_clean || fail "the server kept the upload or the lock of a killed publish: $(ls -A "$versions")"
echo "ssh publish: 4. uploads stopped half-way (SIGTERM, SIGKILL): the live site unchanged, upload and lock removed"

# --- 5. two publishes at once ----------------------------------------------------------------
timeout 120 "$vista" publish --quiet --ssh "$slow_ssh" --to "$to" --site "$tmp/site-3" --keep 1 2>"$tmp/first.err" &
first=$!
for _ in $(seq 200); do [ -L "$versions/.lock" ] && break; sleep 0.05; done
[ -L "$versions/.lock" ] || fail "the first publish took no lock"
if publish --site "$tmp/site-1" 2>"$tmp/second.err"; then fail "a second publish at the same time succeeded"; fi
grep -q "another vista publish to .* is running" "$tmp/second.err" || fail "unexpected message: $(cat "$tmp/second.err")"
echo "ssh publish: 5. the second of two publishes stopped with: $(head -n 1 "$tmp/second.err")"
wait $first || { cat "$tmp/first.err" >&2; fail "the first of two publishes failed"; }
same_tree "$live/" "$tmp/site-3" || fail "the first of two publishes did not complete"

# --- 6. --keep, refusals, a server that does not answer --------------------------------------
kept=$(ls -d "$versions"/site-* | wc -l)
[ "$kept" = 2 ] || fail "--keep 1 kept $kept versions (the live one and one more expected): $(ls "$versions")"
mkdir -p "$srv/other" && echo "<h1>not Vista</h1>" >"$srv/other/index.html"
if timeout 60 "$vista" publish --quiet --ssh "$ssh_command" --to "ssh://$user@127.0.0.1:$ssh_port$srv/other" --site "$tmp/site-1" 2>"$tmp/other.err"; then
    fail "a folder Vista did not publish was replaced"
fi
grep -q "no .vista-site marker" "$tmp/other.err" && [ -f "$srv/other/index.html" ] && [ ! -L "$srv/other" ] \
    || fail "unexpected: $(cat "$tmp/other.err")"
closed=$(free_port)
if timeout 60 "$vista" publish --quiet --ssh "$ssh_command" --to "ssh://$user@127.0.0.1:$closed/srv/x" --site "$tmp/site-1" 2>"$tmp/closed.err"; then
    fail "a publish to a closed port succeeded"
fi
grep -q "cannot publish to ssh://" "$tmp/closed.err" || fail "unexpected: $(cat "$tmp/closed.err")"
echo "ssh publish: 6. --keep 1 kept $kept versions; a foreign folder and a closed port refused with a message"
echo "ssh publish: passed"
