#!/usr/bin/env bash
# Install BranchDesk with its test tools into .venv and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
# speech: the test extra brings PySide6-Addons, whose QtTextToSpeech needs libpulse0.
scripts/bootstrap.sh test,hq runtime speech
export QT_QPA_PLATFORM=offscreen
echo "Checking the layering contracts (import-linter)"
.venv/bin/lint-imports --no-cache
.venv/bin/ruff check --no-cache
.venv/bin/mypy
echo "Running the tests"
exec .venv/bin/python -m pytest "$@"
