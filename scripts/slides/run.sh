#!/bin/bash
# The slides check of a built Vista site: every deck served by nginx under its base path and
# stepped through in headless Chromium (check-slides.py); then the speaker-notes check.
# Usage: scripts/slides/run.sh SITE BASE_PATH [SCREENSHOT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
site=$(cd "$1" && pwd)
base=$2
venv=${VISTA_VENV:-$root/.build-venv}
"$root/scripts/standards/install.sh"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
state=$("$root/scripts/standards/serve.sh" start "$site" "$base" "$port")
trap '"$root/scripts/standards/serve.sh" stop "$state"' EXIT
args=("$site" "http://127.0.0.1:$port$base")
[ $# -ge 3 ] && args+=(--screenshots "$3")
timeout 600 "$venv/bin/python" "$here/check-slides.py" "${args[@]}"
