#!/usr/bin/env bash
# List the system libraries that the Qt in .venv cannot find here: ldd over PySide6's
# Python modules (PySide6/*.abi3.so), Qt's libraries (PySide6/Qt/lib/*.so*) and its plugins
# (PySide6/Qt/plugins/**/*.so). Prints "LIBRARY <- FILE..." for each missing library.
# Used to keep scripts/bootstrap.sh's apt sets complete; run it in a fresh root, e.g.
#   scripts/ci-fresh-root.sh sh -c 'scripts/bootstrap.sh test && scripts/ci-missing-libs.sh'
set -euo pipefail
cd "$(dirname "$0")/.."
pyside=$(.venv/bin/python -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))')
# The wheels' own libraries find each other through RPATH; ldd needs the same directories.
export LD_LIBRARY_PATH="$pyside/Qt/lib:$pyside/../shiboken6${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
find "$pyside" \( -name '*.so' -o -name '*.so.*' \) -type f | sort | while read -r file; do
  ldd "$file" 2>/dev/null | awk -v f="${file#"$pyside"/}" '/not found/ { print $1 "\t" f }'
done | sort | awk -F'\t' '
  $1 != last { if (last != "") print last " <- " files; last = $1; files = $2; next }
  { files = files " " $2 }
  END { if (last != "") print last " <- " files }'
