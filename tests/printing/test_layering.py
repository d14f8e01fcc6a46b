"""printing/ is plain Python: no Qt, no database, no services (DESIGN.md section 2)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import branchdesk.printing

PRINTING = Path(branchdesk.printing.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "branchdesk.store", "branchdesk.services", "branchdesk.ui",
             "branchdesk.app")


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_printing_modules_import_nothing_forbidden():
    modules = sorted(PRINTING.glob("*.py"))
    assert len(modules) >= 6
    for path in modules:
        bad = {m for m in imported_modules(path) if m.split(".")[0] in FORBIDDEN or m.startswith(FORBIDDEN)}
        assert not bad, f"{path.name} imports {bad}"


def test_importing_printing_loads_no_qt_and_no_database():
    code = (
        "import sys, branchdesk.printing.ticket, branchdesk.printing.escpos, branchdesk.printing.output;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy', 'branchdesk.store'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
