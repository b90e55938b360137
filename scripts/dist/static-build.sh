#!/bin/sh
# Builds the release `vista` that runs without Swift and without cmark-gfm installed: Swift's
# standard library and Foundation linked statically (--static-swift-stdlib), and cmark-gfm linked
# from Debian's static libraries (.a): a pkg-config file of our own names a folder that holds only
# those, so the linker never finds the shared ones.
# The build folder is kept, so `make dist` and `make deb` build it once.
#
# Usage: scripts/dist/static-build.sh BUILD_PATH   (prints nothing more than swift build)
set -eu
build=${1:?usage: static-build.sh BUILD_PATH}
mkdir -p "$build/static-libs"
build=$(cd "$build" && pwd)
libdir=$(pkg-config --variable=libdir libcmark-gfm)
for lib in libcmark-gfm libcmark-gfm-extensions; do
    [ -f "$libdir/$lib.a" ] || { echo "static build: $libdir/$lib.a is missing (libcmark-gfm-dev, libcmark-gfm-extensions-dev)" >&2; exit 1; }
done
# One archive with both libraries' objects, under both names: the linker then finds every symbol
# the extensions need from the core library, whatever order the two are named in.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && mkdir core extensions \
    && (cd core && ar x "$libdir/libcmark-gfm.a") \
    && (cd extensions && ar x "$libdir/libcmark-gfm-extensions.a") \
    && rm -f "$build/static-libs/libcmark-gfm.a" \
    && ar rcs "$build/static-libs/libcmark-gfm.a" core/*.o extensions/*.o)
cp "$build/static-libs/libcmark-gfm.a" "$build/static-libs/libcmark-gfm-extensions.a"
# The same pkg-config description as Debian's, with the library folder pointing at those archives.
mkdir -p "$build/pkgconfig"
sed "s|^libdir=.*|libdir=$build/static-libs|" "$(pkg-config --variable=pcfiledir libcmark-gfm)/libcmark-gfm.pc" \
    >"$build/pkgconfig/libcmark-gfm.pc"
PKG_CONFIG_PATH=$build/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH} \
    swift build -c release --product vista --scratch-path "$build" --static-swift-stdlib
