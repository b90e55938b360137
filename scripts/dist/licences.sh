#!/bin/sh
# Copies the licence texts of everything the static `vista` links into a folder: Swift (standard
# library, Foundation, the toolchain's runtime), ICU (inside Foundation), cmark-gfm (Debian's copyright files) and each
# Swift package of the build.
#
# Usage: scripts/dist/licences.sh BUILD_PATH FOLDER
set -eu
build=${1:?usage: licences.sh BUILD_PATH FOLDER}
folder=${2:?usage: licences.sh BUILD_PATH FOLDER}
mkdir -p "$folder"
swift_root=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
for file in "$swift_root/share/swift/LICENSE.txt" "$swift_root/../share/swift/LICENSE.txt"; do
    [ -f "$file" ] && { cp "$file" "$folder/swift.txt"; break; }
done
[ -f "$folder/swift.txt" ] || { echo "licences: Swift's LICENSE.txt not found under $swift_root" >&2; exit 1; }
for doc in /usr/share/doc/libcmark-gfm[0-9]*/copyright /usr/share/doc/libcmark-gfm-extensions[0-9]*/copyright; do
    [ -f "$doc" ] && cp "$doc" "$folder/$(basename "$(dirname "$doc")" | sed 's/[0-9].*//; s/-$//').txt"
done
[ -f "$folder/libcmark-gfm.txt" ] || { echo "licences: cmark-gfm's copyright file not found" >&2; exit 1; }
# Foundation's static library carries ICU (swift-foundation-icu, lib_FoundationICU.a), whose licence
# the toolchain does not ship as a file: Debian's ICU has the same licence text.
for file in /usr/share/icu/*/LICENSE /usr/share/doc/libicu[0-9]*/copyright; do
    [ -f "$file" ] && { cp "$file" "$folder/icu.txt"; break; }
done
[ -f "$folder/icu.txt" ] || { echo "licences: ICU's licence not found (install libicu-dev)" >&2; exit 1; }
# The packages SwiftPM checked out, and those kept in Vendor/ (patched copies, see their PATCHES.md).
for checkout in "$build"/checkouts/* "$(dirname "$0")"/../../Vendor/*; do
    for licence in "$checkout"/LICENSE* "$checkout"/LICENCE* "$checkout"/COPYING*; do
        [ -f "$licence" ] && { cp "$licence" "$folder/$(basename "$checkout").txt"; break; }
    done
done
