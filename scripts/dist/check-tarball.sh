#!/bin/bash
# Tests the release tarball: it holds the binary, the theme beside it, README and licence texts;
# `ldd` lists no Swift and no cmark library; and the binary prints its version and builds the
# example site in a mount namespace where the Swift toolchain folder, the cmark-gfm libraries and
# the project's build folder are hidden by empty mounts (`unshare -m`, nothing changes outside).
#
# Usage: scripts/dist/check-tarball.sh dist/vista-VERSION-linux-x86_64.tar.gz VERSION
set -euo pipefail
tarball=${1:?usage: check-tarball.sh TARBALL VERSION}
version=${2:?usage: check-tarball.sh TARBALL VERSION}
root=$(cd "$(dirname "$0")/../.." && pwd)
tarball=$(cd "$(dirname "$tarball")" && pwd)/$(basename "$tarball")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vista-dist-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "dist check: FAILED: $*" >&2; exit 1; }

tar -xzf "$tarball" -C "$tmp"
folder=$tmp/vista-$version-linux-x86_64
for file in vista README.md INSTALL.txt Vista_VistaSite.resources/Theme licences/swift.txt licences/icu.txt licences/libcmark-gfm.txt \
    licences/libcmark-gfm-extensions.txt licences/Yams.txt licences/swift-argument-parser.txt licences/swift-mustache.txt; do
    [ -e "$folder/$file" ] || fail "the tarball has no $file"
done
[ "$(tar -tzf "$tarball" | cut -d/ -f1 | sort -u)" = "vista-$version-linux-x86_64" ] || fail "the tarball holds more than one folder"

ldd "$folder/vista" >"$tmp/ldd.txt" || true
# Swift's runtime (its Foundation, its own ICU, Dispatch) and cmark-gfm must be inside the binary.
# Debian's own libraries (SQLite, zlib) may stay
# shared: they are packages of the system (the .deb depends on them through dpkg-shlibdeps).
if grep -Ei 'swift|cmark|foundation|dispatch|blocksruntime|not found' "$tmp/ldd.txt"; then fail "the binary needs shared libraries it should not"; fi
if grep -E '=> /opt/' "$tmp/ldd.txt"; then fail "the binary needs a library from the toolchain folder"; fi
echo "dist check: ldd lists $(wc -l <"$tmp/ldd.txt") libraries, none of Swift or cmark: $(awk '{print $1}' "$tmp/ldd.txt" | tr '\n' ' ')"

toolchain=$(readlink -f "$(command -v swift)")   # …/usr/bin/swift-driver
toolchain=$(dirname "$(dirname "$(dirname "$toolchain")")")
case $toolchain in /|/usr|/usr/local) fail "the toolchain folder $toolchain cannot be hidden on its own";; esac
libdir=$(pkg-config --variable=libdir libcmark-gfm)
cmark_libraries=$(ls "$libdir"/libcmark-gfm* 2>/dev/null | tr '\n' ' ')
[ -n "$cmark_libraries" ] || fail "no cmark-gfm libraries in $libdir to hide"
cp -R "$root/Content" "$tmp/Content"

timeout 300 unshare -m bash -euo pipefail -c '
    toolchain=$1 build=$2 folder=$3 tmp=$4 version=$5; shift 5
    mount --make-rprivate /
    mount -t tmpfs -o ro,size=1m empty "$toolchain"
    mount -t tmpfs -o ro,size=1m empty "$build"
    for library in "$@"; do mount --bind /dev/null "$library"; done
    [ -z "$(ls -A "$toolchain")" ] || { echo "the toolchain is still visible" >&2; exit 1; }
    if command -v swift >/dev/null 2>&1 && swift --version >/dev/null 2>&1; then echo "swift still runs" >&2; exit 1; fi
    for library in "$@"; do [ ! -s "$library" ] || { echo "$library is still visible" >&2; exit 1; }; done
    cd "$tmp"
    "$folder/vista" --version >"$tmp/version.txt"
    "$folder/vista" build --quiet --content Content --output Site --base-url /proposals/reporting/
    ln -s "$folder/vista" "$tmp/vista-link"
    "$tmp/vista-link" build --quiet --content Content --output Site-via-link
' hide "$toolchain" "$root/.build" "$folder" "$tmp" "$version" $cmark_libraries \
    || fail "the binary did not run with Swift and cmark-gfm hidden"

grep -qx "vista $version" "$tmp/version.txt" || fail "vista --version printed: $(cat "$tmp/version.txt")"
grep -Eqx 'cmark-gfm [0-9]+\.[0-9]+\.[0-9]+\.gfm\.[0-9]+' "$tmp/version.txt" || fail "no cmark-gfm version in: $(cat "$tmp/version.txt")"
pages=$(find "$tmp/Site" -name index.html | wc -l)
[ "$pages" -gt 20 ] || fail "the example site has only $pages pages"
grep -q "Reporting that pays for itself" "$tmp/Site/index.html" || fail "the home page lacks the site title"
[ -s "$tmp/Site/assets/vista.css" ] || fail "the built-in theme's stylesheet is missing"
[ -s "$tmp/Site-via-link/assets/vista.css" ] || fail "the binary started through a symbolic link does not find its theme"
echo "dist check: $(head -n 1 "$tmp/version.txt"), $(tail -n 1 "$tmp/version.txt"); built the example ($pages pages) with $toolchain, the cmark-gfm libraries and .build hidden"
