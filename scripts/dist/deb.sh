#!/bin/sh
# Writes dist/vista_VERSION_amd64.deb from the static release build:
#   /usr/lib/vista/vista and /usr/lib/vista/Vista_VistaSite.resources/ (the theme, beside the binary)
#   /usr/bin/vista -> ../lib/vista/vista
#   /usr/share/man/man1/vista.1.gz         from the argument parser's description (manpage.py)
#   bash, zsh and fish completions         from `vista --generate-completion-script`
#   /usr/share/doc/vista/                  README, copyright and the licences of what vista links
# Depends: the shared libraries the binary still needs (the C and C++ runtime), by dpkg-shlibdeps.
#
# The Maintainer field is VISTA_MAINTAINER (e.g. "IT Tools <tools@example.com>") when it is set.
#
# Usage: scripts/dist/deb.sh BUILD_PATH VERSION
set -eu
build=${1:?usage: deb.sh BUILD_PATH VERSION}
version=${2:?usage: deb.sh BUILD_PATH VERSION}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$build" && pwd)
stage=$build/deb/vista
rm -rf "$build/deb"
mkdir -p "$stage/DEBIAN" "$stage/usr/bin" "$stage/usr/lib/vista" "$stage/usr/share/man/man1" \
    "$stage/usr/share/doc/vista" "$stage/usr/share/bash-completion/completions" \
    "$stage/usr/share/zsh/vendor-completions" "$stage/usr/share/fish/vendor_completions.d" "$root/dist"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH

install -m 755 "$build/release/vista" "$stage/usr/lib/vista/vista"
strip "$stage/usr/lib/vista/vista"
cp -R "$build/release/Vista_VistaSite.resources" "$stage/usr/lib/vista/"
ln -s ../lib/vista/vista "$stage/usr/bin/vista"
vista=$stage/usr/lib/vista/vista

python3 "$root/scripts/dist/manpage.py" "$vista" "$version" | gzip -9n >"$stage/usr/share/man/man1/vista.1.gz"
"$vista" --generate-completion-script bash >"$stage/usr/share/bash-completion/completions/vista"
"$vista" --generate-completion-script zsh >"$stage/usr/share/zsh/vendor-completions/_vista"
"$vista" --generate-completion-script fish >"$stage/usr/share/fish/vendor_completions.d/vista.fish"

gzip -9n <"$root/README.md" >"$stage/usr/share/doc/vista/README.md.gz"
"$root/scripts/dist/licences.sh" "$build" "$stage/usr/share/doc/vista/licences"
cat >"$stage/usr/share/doc/vista/copyright" <<TEXT
Vista $version: a static site generator for leadership proposals and dashboards.

The vista binary links, statically: the Swift standard library and Foundation (with ICU), cmark-gfm and the
Swift packages named in /usr/share/doc/vista/licences/, whose licence texts are there.
TEXT

# The shared libraries the binary needs, as Debian package dependencies.
shlib=$(mktemp -d)
mkdir "$shlib/debian"
printf 'Source: vista\n\nPackage: vista\nArchitecture: amd64\n' >"$shlib/debian/control"
depends=$(cd "$shlib" && dpkg-shlibdeps -O "$vista" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
rm -rf "$shlib"
[ -n "$depends" ] || { echo "deb: dpkg-shlibdeps found no dependencies for $vista" >&2; exit 1; }
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<TEXT
Package: vista
Version: $version
Architecture: amd64
Maintainer: ${VISTA_MAINTAINER:-Vista developers <vista@localhost>}
Installed-Size: $size
Depends: $depends
Recommends: rsync, openssh-client
Section: web
Priority: optional
Description: static site generator for leadership proposals and dashboards
 Vista turns a content folder (a vision, proposals, task analyses with the six
 questions, metrics and pages) into a static site with cost figures, KPI tiles
 and charts drawn at build time. vista publish places it on a web server
 atomically, in a local folder or over SSH.
TEXT
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$root/dist/vista_${version}_amd64.deb" >/dev/null
echo "dist/vista_${version}_amd64.deb"
