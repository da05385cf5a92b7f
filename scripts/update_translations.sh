#!/usr/bin/env bash
# Collects every marked string into resources/translations/*.ts (pyside6-lupdate),
# then compiles the .qm files the app loads (pyside6-lrelease). The .qm files are
# generated: commit them. French wording lives in scripts/catalogue.py (or edit the .ts in Qt Linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(dirname "$(command -v python)")"
[ -x "$bin/pyside6-lupdate" ] || bin=.venv/bin
sources=$(find desktop ui storage -name '*.py' | sort)
"$bin/pyside6-lupdate" -no-obsolete -locations none $sources -ts resources/translations/salon_desk_fr.ts
"$bin/pyside6-lupdate" -no-obsolete -locations none -pluralonly $sources -ts resources/translations/salon_desk_en.ts
"$bin/python" scripts/catalogue.py
for ts in resources/translations/*.ts; do
  "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
