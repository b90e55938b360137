#!/bin/bash
# Tests the Debian package: dpkg-deb --info and --contents show the expected fields and files;
# `apt-get install ./vista_….deb` puts a working vista on PATH (`vista --version`, a build of the
# example site, the man page, the completions); removing it leaves none of its files behind.
# Installs and removes the package on this machine: run it where that is fine (CI, a container).
#
# Usage: scripts/dist/check-deb.sh dist/vista_VERSION_amd64.deb VERSION
set -euo pipefail
deb=${1:?usage: check-deb.sh DEB VERSION}
version=${2:?usage: check-deb.sh DEB VERSION}
root=$(cd "$(dirname "$0")/../.." && pwd)
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vista-deb-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "deb check: FAILED: $*" >&2; exit 1; }
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi

dpkg-deb --info "$deb" >"$tmp/info.txt"
for field in "Package: vista" "Version: $version" "Architecture: amd64" "Depends: .*libc6" "Maintainer: "; do
    grep -Eq "^ $field" "$tmp/info.txt" || fail "dpkg-deb --info has no '$field': $(cat "$tmp/info.txt")"
done
if grep -Ei '^ Depends:.*(swift|cmark)' "$tmp/info.txt"; then fail "the package depends on Swift or cmark-gfm"; fi
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/contents.txt"
for path in /usr/bin/vista /usr/lib/vista/vista /usr/lib/vista/Vista_VistaSite.resources/Theme/ \
    /usr/share/man/man1/vista.1.gz /usr/share/bash-completion/completions/vista /usr/share/zsh/vendor-completions/_vista \
    /usr/share/fish/vendor_completions.d/vista.fish /usr/share/doc/vista/copyright /usr/share/doc/vista/licences/swift.txt; do
    grep -qx "$path" "$tmp/contents.txt" || fail "the package has no $path"
done
if grep -Ev '^/$|^/usr/$|^/usr/(bin|lib|share)/$|^/usr/bin/vista$|^/usr/lib/vista/|^/usr/share/(man|doc|bash-completion|zsh|fish)/' "$tmp/contents.txt"; then
    fail "the package installs files outside its folders"
fi
echo "deb check: $(grep -c . "$tmp/contents.txt") paths, $(grep '^ Installed-Size' "$tmp/info.txt" | tr -s ' '), $(grep '^ Depends' "$tmp/info.txt" | tr -s ' ')"

dpkg-query -W -f='${Status}' vista 2>/dev/null | grep -q "install ok installed" && fail "vista is installed already; remove it first"
# The package's paths that exist before it is installed (shared folders such as /usr/bin).
while read -r path; do
    path=${path%/}
    if [ -n "$path" ] && { [ -e "$path" ] || [ -L "$path" ]; }; then echo "$path"; fi
done <"$tmp/contents.txt" >"$tmp/existed.txt"
$sudo apt-get install -y -qq "$deb" >/dev/null 2>"$tmp/apt.err" || { cat "$tmp/apt.err" >&2; fail "apt-get install"; }
[ "$(command -v vista)" = /usr/bin/vista ] || fail "vista is not on PATH at /usr/bin/vista: $(command -v vista || true)"
vista --version >"$tmp/version.txt"
grep -qx "vista $version" "$tmp/version.txt" || fail "vista --version printed $(cat "$tmp/version.txt")"
(cd "$tmp" && cp -R "$root/Content" Content && timeout 300 vista build --quiet --content Content --output Site)
[ "$(find "$tmp/Site" -name index.html | wc -l)" -gt 20 ] && [ -s "$tmp/Site/assets/vista.css" ] || fail "the installed vista did not build the example"
zcat /usr/share/man/man1/vista.1.gz | grep -q '^\.SS vista publish' || fail "the man page has no vista publish section"
if command -v man >/dev/null 2>&1; then MANWIDTH=100 man -l /usr/share/man/man1/vista.1.gz 2>/dev/null | grep -q "ssh" || fail "man cannot show the page"; fi
grep -q "publish" /usr/share/bash-completion/completions/vista || fail "the bash completion has no publish"
bash -n /usr/share/bash-completion/completions/vista || fail "the bash completion is not valid bash"
echo "deb check: installed; $(tr '\n' ' ' <"$tmp/version.txt")built the example with /usr/bin/vista"

$sudo apt-get remove -y -qq vista >/dev/null 2>&1 || fail "apt-get remove"
left=""
while read -r path; do
    path=${path%/}
    [ -n "$path" ] && ! grep -qx "$path" "$tmp/existed.txt" || continue
    if [ -e "$path" ] || [ -L "$path" ]; then left="$left $path"; fi
done <"$tmp/contents.txt"
[ -z "$left" ] || fail "removing the package left:$left"
dpkg-query -W -f='${Status}' vista 2>/dev/null | grep -q "install ok installed" && fail "dpkg still lists vista as installed"
echo "deb check: removed; none of its $(grep -c . "$tmp/contents.txt") paths is left"
