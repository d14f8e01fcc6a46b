#!/usr/bin/env bash
# Install BranchDesk with its test tools into .venv and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
# speech: the test extra brings PySide6-Addons, whose QtTextToSpeech needs libpulse0.
# postgres: the HQ tests run on SQLite and on PostgreSQL.
scripts/bootstrap.sh test,hq runtime speech postgres
export QT_QPA_PLATFORM=offscreen
echo "Checking the layering contracts (import-linter)"
.venv/bin/lint-imports --no-cache
.venv/bin/ruff check --no-cache
.venv/bin/mypy
if [ -z "${BRANCHDESK_TEST_PG:-}" ]; then
  echo "Starting a throwaway PostgreSQL for the HQ tests"
  eval "$(scripts/postgres-for-tests.sh start)"
  trap 'scripts/postgres-for-tests.sh stop "$PG_TEST_DIR"' EXIT
fi
echo "Running the tests"
.venv/bin/python -m pytest "$@"
