#!/usr/bin/env bash
# Builds dist/SalonDesk-<version>-macos.dmg: "Salon Desk.app" and a link to /Applications, to drag across.
# Run on macOS after `pyinstaller --noconfirm build.spec` (and after signing the .app: see README "Release").
#   installer/make_dmg.sh [VERSION]
set -euo pipefail
cd "$(dirname "$0")/.."
app="dist/Salon Desk.app"
version="${1:-$(python3 -c 'import re,sys; print(re.search(r"__version__ = \"(.+?)\"", open("desktop/__init__.py").read()).group(1))')}"
out="dist/SalonDesk-${version}-macos.dmg"
[ -d "$app" ] || { echo "missing $app: build it first" >&2; exit 1; }
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$out"
hdiutil create -volname "Salon Desk" -srcfolder "$staging" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$out"
echo "$out"
