#!/usr/bin/env bash
# Build the one-folder BranchDesk (dist/branchdesk/) with PyInstaller and probe it:
# selftest, --version, demo data and a database check, all from the frozen app.
# Usage: packaging/build.sh   (from any folder; needs Python 3.11+, see packaging/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/bootstrap.sh package runtime

echo "Building dist/branchdesk with PyInstaller"
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/branchdesk.spec
echo "PyInstaller took $(( $(date +%s) - start )) s"

app="$root/dist/branchdesk/branchdesk"
bundle="$root/dist/branchdesk/_internal"
[ -x "$app" ] || { echo "build.sh: $app was not built" >&2; exit 1; }

# Every migration must be in the bundle: Alembic loads them by path at run time.
for file in migrations/versions/*.py; do
  [ -f "$bundle/$file" ] || { echo "build.sh: $file is missing from the bundle" >&2; exit 1; }
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen
# Run from elsewhere, so nothing can come from the source tree by accident.
cd "$scratch"

echo "Frozen app: selftest"
selftest_out=$("$app" selftest --data-dir "$(mktemp -d "$scratch/selftest.XXXX")") || {
  echo "$selftest_out"; echo "build.sh: the frozen selftest failed" >&2; exit 1; }
echo "$selftest_out"
grep -q '"ok": true' <<<"$selftest_out" || { echo "build.sh: the frozen selftest did not say \"ok\": true" >&2; exit 1; }

echo "Frozen app: --version"
version_out=$("$app" --version)
echo "$version_out"
expected=$("$root/.venv/bin/python" -c 'import branchdesk; print(branchdesk.__version__)')
[ "$version_out" = "BranchDesk $expected" ] || { echo "build.sh: expected BranchDesk $expected" >&2; exit 1; }

echo "Frozen app: demo --no-gui (runs the bundled migrations, builds the demo branch)"
"$app" demo --no-gui --data-dir "$scratch/demo"
[ -f "$scratch/demo/branchdesk.sqlite3" ] || { echo "build.sh: the demo made no database" >&2; exit 1; }

echo "Frozen app: db check"
"$app" db check --data-dir "$scratch/demo"

echo "Size of dist/branchdesk: $(du -sh "$root/dist/branchdesk" | cut -f1)"
echo "Frozen BranchDesk built and checked: $root/dist/branchdesk"
