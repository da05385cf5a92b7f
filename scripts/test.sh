#!/usr/bin/env bash
# Sets up .venv (if needed) with the app and its dev extras, then runs the whole suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${SALON_DESK_VENV:-.venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q -e '.[dev]'
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$venv/bin/python" -m pytest "$@"
