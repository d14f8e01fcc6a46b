#!/usr/bin/env bash
# Install BranchDesk into .venv and open the demo branch (its own data folder).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh "" runtime window
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
  echo "No screen here (DISPLAY is not set): creating the demo data only."
  echo "On a desktop, run: .venv/bin/branchdesk demo"
  exec .venv/bin/branchdesk demo --no-gui "$@"
fi
exec .venv/bin/branchdesk demo "$@"
