#!/bin/sh
# Installs the Debian packages Vista needs to build and test, when they are missing.
# Usage: scripts/install-deps.sh [extra-package ...]
set -eu
packages="libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm pkg-config rsync libsqlite3-dev zlib1g-dev $*"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "vista: installing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
