"""Translation catalogues of BranchDesk.

    python scripts/i18n.py update   refresh resources/i18n/branchdesk_<lang>.ts
    python scripts/i18n.py build    compile every .ts into a .qm beside it

`update` runs pyside6-lupdate over branchdesk/ui and branchdesk/app.py, plus
every `tr_noop("...")` string found anywhere under branchdesk/ (services,
store, errors...), which goes into the "UserError" context. Existing
translations are kept; strings no longer in the code are dropped.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "branchdesk"
TS_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
ERROR_CONTEXT = "UserError"


def find_tool(name: str) -> str:
    """pyside6-lupdate / -lrelease: next to this Python first, then on PATH."""
    exe = name + (".exe" if os.name == "nt" else "")
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        if (folder / exe).exists():
            return str(folder / exe)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found next to {sys.executable} or on PATH (pip install PySide6-Essentials)")
    return found


def tr_noop_strings(package: Path = PACKAGE) -> list[str]:
    """Every literal passed to tr_noop(...) under `package`, in a stable order."""
    found: dict[str, None] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            arg = node.args[0]
            if name == "tr_noop" and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, None)
    return list(found)


def sources(package: Path = PACKAGE) -> list[Path]:
    return sorted((package / "ui").rglob("*.py")) + [package / "app.py"]


def write_noop_file(folder: Path, strings: list[str]) -> Path:
    path = folder / "user_errors_tr.py"
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f'QT_TRANSLATE_NOOP("{ERROR_CONTEXT}", {json.dumps(s, ensure_ascii=False)})' for s in strings]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def update(ts_dir: Path = TS_DIR, languages=LANGUAGES) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    lupdate = find_tool("pyside6-lupdate")
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        noop_file = write_noop_file(Path(tmp), tr_noop_strings())
        files = [str(p) for p in sources()] + [str(noop_file)]
        for lang in languages:
            ts = ts_dir / f"branchdesk_{lang}.ts"
            cmd = [lupdate, "-silent", "-locations", "none", "-no-obsolete",
                   "-source-language", "en", "-target-language", lang, *files, "-ts", str(ts)]
            subprocess.run(cmd, check=True)
            written.append(ts)
    return written


def build(ts_dir: Path = TS_DIR) -> list[Path]:
    lrelease = find_tool("pyside6-lrelease")
    built = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "build"))
    parser.add_argument("--dir", type=Path, default=TS_DIR, help="where the .ts files live")
    args = parser.parse_args(argv)
    paths = update(args.dir) if args.command == "update" else build(args.dir)
    for path in paths:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
