"""The suite's own strictness: pyproject's pytest settings really fail what they are meant to fail.

A small test file is run by a separate pytest with this project's configuration, so a setting lost in a
merge (or a pytest/pytest-qt upgrade that changes their meaning) shows up here, not as silence.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBES = textwrap.dedent(
    '''
    import gc
    import warnings

    import pytest


    class Leaky:
        """An object whose finaliser warns, as an unclosed file or pipe does."""

        def __del__(self):
            warnings.warn("leaked a handle", ResourceWarning)


    def test_unclosed_file():
        open(__file__).read()  # never closed: ResourceWarning from the file's finaliser


    def test_warning_in_a_finaliser():
        Leaky()
        gc.collect()


    def test_plain_warning():
        warnings.warn("old API", DeprecationWarning)


    def test_qt_warning(qapp):
        from PySide6.QtCore import qWarning

        qWarning("something is wrong")


    def test_ignored_qt_warning(qapp):
        from PySide6.QtCore import qWarning

        qWarning("This plugin does not support propagateSizeHints()")


    @pytest.mark.xfail(reason="expected to fail")
    def test_xfail_that_passes():
        pass


    def test_clean():
        with open(__file__) as f:
            f.read()
    '''
)


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path),
         "-p", "no:cacheprovider", "-rA", *args],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )


def _outcomes(stdout: str) -> dict[str, str]:
    """test name -> PASSED / FAILED / ERROR, from the -rA summary."""
    found = {}
    for line in stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word in {"PASSED", "FAILED", "ERROR", "XFAIL", "XPASS"} and "::" in rest:
            name = rest.split("::", 1)[1].split(" ", 1)[0]
            found.setdefault(name, word)
    return found


def test_the_configuration_fails_warnings_leaks_qt_warnings_and_passing_xfails(tmp_path):
    (tmp_path / "test_probes.py").write_text(PROBES)
    result = _run(tmp_path, "test_probes.py")
    outcomes = _outcomes(result.stdout)
    assert outcomes == {
        "test_unclosed_file": "FAILED",
        "test_warning_in_a_finaliser": "FAILED",
        "test_plain_warning": "FAILED",
        "test_qt_warning": "FAILED",
        "test_ignored_qt_warning": "PASSED",
        "test_xfail_that_passes": "FAILED",
        "test_clean": "PASSED",
    }, result.stdout
    assert "PytestUnraisableExceptionWarning" in result.stdout  # a warning raised in __del__ is caught too
    assert "something is wrong" in result.stdout


def test_unknown_markers_and_settings_are_errors(tmp_path):
    (tmp_path / "test_marker.py").write_text("import pytest\n\n@pytest.mark.slwo\ndef test_typo():\n    pass\n")
    result = _run(tmp_path, "test_marker.py")
    assert result.returncode != 0
    assert "'slwo' not found in `markers` configuration option" in result.stdout + result.stderr

    (tmp_path / "test_clean.py").write_text("def test_nothing():\n    pass\n")
    result = _run(tmp_path, "-o", "qt_log_level_fial=WARNING", "test_clean.py")  # a misspelt setting
    assert result.returncode != 0
    assert "qt_log_level_fial" in result.stdout + result.stderr
