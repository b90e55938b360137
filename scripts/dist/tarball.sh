#!/bin/sh
# Writes dist/vista-VERSION-linux-x86_64.tar.gz from the static release build: the `vista` binary,
# the theme resources beside it (Vista_VistaSite.resources/, found next to the binary), README,
# and the licence texts of everything the binary links.
#
# Usage: scripts/dist/tarball.sh BUILD_PATH VERSION
set -eu
build=${1:?usage: tarball.sh BUILD_PATH VERSION}
version=${2:?usage: tarball.sh BUILD_PATH VERSION}
root=$(cd "$(dirname "$0")/../.." && pwd)
name=vista-$version-linux-x86_64
stage=$build/stage/$name
rm -rf "$stage"
mkdir -p "$stage" "$root/dist"
cp "$build/release/vista" "$stage/vista"
strip "$stage/vista"
cp -R "$build/release/Vista_VistaSite.resources" "$stage/"
cp "$root/README.md" "$stage/README.md"
"$root/scripts/dist/licences.sh" "$build" "$stage/licences"
cat >"$stage/INSTALL.txt" <<TEXT
vista $version for Linux x86_64 (Debian 12, Ubuntu 22.04 and later): no Swift and no cmark-gfm needed.

Keep the binary and Vista_VistaSite.resources/ (the built-in theme) in one folder, e.g.:

    sudo mkdir -p /opt/vista && sudo cp -R vista Vista_VistaSite.resources /opt/vista/
    sudo ln -sf /opt/vista/vista /usr/local/bin/vista
    vista --version

licences/ holds the licence texts of Swift, ICU (inside Foundation), cmark-gfm and the Swift packages linked into vista.
TEXT
tar -C "$build/stage" --owner=0 --group=0 --numeric-owner -czf "$root/dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz"
