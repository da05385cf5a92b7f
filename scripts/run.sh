#!/usr/bin/env bash
# Sets up .venv (if needed) and starts Salon Desk; extra arguments go to salon-desk.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${SALON_DESK_VENV:-.venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q -e .
exec "$venv/bin/salon-desk" "$@"
