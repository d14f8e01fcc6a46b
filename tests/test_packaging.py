"""The PyInstaller spec ships what the frozen app reads at run time (no build here).

packaging/build.sh builds and probes the real thing; these checks are the fast
guard: drop the migrations or the font from the spec and they fail.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path, PurePosixPath

import pytest

from branchdesk import paths

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "branchdesk.spec"


def _spec_literal(name: str):
    """A module-level `NAME = <literal>` of the spec, read without running PyInstaller."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} has no literal {name}")


DATA_GLOBS = _spec_literal("DATA_GLOBS")


def _destination(relpath: str) -> str | None:
    """Where the spec puts a repository file in the bundle, or None if it ships nowhere."""
    path = PurePosixPath(relpath)
    for pattern, dest in DATA_GLOBS:
        if len(PurePosixPath(pattern).parts) == len(path.parts) and path.match(pattern):
            return dest
    return None


def _files_under(folder: str) -> list[str]:
    return sorted(
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


def _assert_shipped_in_place(relpath: str) -> None:
    # Same folder as in the source tree, because resource_root() is the bundle's top.
    assert _destination(relpath) == PurePosixPath(relpath).parent.as_posix(), (
        f"{relpath} is not shipped (in its own folder) by {SPEC.name}'s DATA_GLOBS"
    )


def test_data_globs_are_relative_pairs():
    assert DATA_GLOBS, "the spec ships no data"
    for pattern, dest in DATA_GLOBS:
        assert not Path(pattern).is_absolute() and ".." not in PurePosixPath(pattern).parts
        assert not Path(dest).is_absolute()


@pytest.mark.parametrize("relpath", ["migrations/env.py", "migrations/script.py.mako"])
def test_alembic_environment_is_shipped(relpath):
    assert (ROOT / relpath).is_file()
    _assert_shipped_in_place(relpath)


def test_every_migration_is_shipped():
    versions = _files_under("migrations/versions")
    assert any(f.endswith(".py") for f in versions), "no migrations found in the source tree"
    for relpath in versions:
        _assert_shipped_in_place(relpath)


def test_every_font_file_is_shipped():
    fonts = _files_under("resources/fonts")
    assert "resources/fonts/wqy-microhei.ttc" in fonts
    for relpath in fonts:
        _assert_shipped_in_place(relpath)


def test_every_resource_file_is_shipped():
    """Whatever lands in resources/ (fonts, voice clips, ...) must reach the frozen app too."""
    resources = [f for f in _files_under("resources") if not f.endswith(".ts")]
    assert any(f.startswith("resources/voice/") for f in resources)
    for relpath in resources:
        _assert_shipped_in_place(relpath)


def test_compiled_translations_ship_and_sources_do_not():
    for lang in ("zh_CN", "en"):
        _assert_shipped_in_place(f"resources/i18n/branchdesk_{lang}.qm")
        assert _destination(f"resources/i18n/branchdesk_{lang}.ts") is None


def test_lazily_imported_code_is_collected():
    hidden = _spec_literal("HIDDEN_PACKAGES")
    assert "alembic" in hidden  # store/migrate.py imports it inside upgrade()
    assert "branchdesk.store.models" in hidden  # migrations/env.py imports it by path
    excludes = set(_spec_literal("EXCLUDES"))
    needed = {"alembic", "mako", "sqlalchemy", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
              "PySide6.QtPrintSupport", "PySide6.QtPdf"}  # Windows prints tickets through them (ui/queue/qt_print.py)
    assert not needed & excludes


def test_entry_script_runs_the_cli():
    source = (ROOT / "packaging" / "launch.py").read_text(encoding="utf-8")
    assert "from branchdesk.cli import main" in source
    assert "SystemExit(main())" in source


def test_frozen_paths_point_inside_the_bundle(monkeypatch, tmp_path):
    bundle = tmp_path / "_internal"
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resource_root() == bundle
    assert paths.migrations_dir() == bundle / "migrations"
    assert paths.translations_dir() == bundle / "resources" / "i18n"
    assert paths.fonts_dir() == bundle / "resources" / "fonts"
    # And each spec destination is where the app looks for it.
    assert _destination("migrations/versions/0001_foundation.py") == (
        paths.migrations_dir().relative_to(bundle) / "versions"
    ).as_posix()
    assert _destination("resources/i18n/branchdesk_zh_CN.qm") == paths.translations_dir().relative_to(bundle).as_posix()
    assert _destination("resources/fonts/wqy-microhei.ttc") == paths.fonts_dir().relative_to(bundle).as_posix()


def test_frozen_app_reads_revisions_from_the_bundle(monkeypatch, tmp_path):
    from branchdesk.store import migrate

    (tmp_path / "migrations" / "versions").mkdir(parents=True)
    (tmp_path / "migrations" / "versions" / "0007_bundled.py").write_text("revision = '0007'\n")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert migrate.known_revisions() == ["0007"]

