"""Views on the offscreen platform, in Chinese (the default), with the catalogues compiled."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from branchdesk.paths import translations_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> None:
    """The .qm files are not committed: build them when missing or older than their .ts."""
    stale = [
        ts for ts in translations_dir().glob("*.ts")
        if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "build"], check=True)


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):
    """As in the app: cycles (and the widgets in them) are collected on the GUI thread only."""
    from branchdesk.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector()
    collector.start()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def collect_after_each_test(gui_thread_collector):
    yield
    gc.collect()  # here, on the GUI thread, not in the next test's background task


@pytest.fixture(autouse=True)
def same_look_for_every_test(qapp):
    """A test that starts the app (run_gui, selftest) sets its font and style sheet on the one shared
    QApplication; put them back so that no later test measures a different look by accident."""
    font, style = qapp.font(), qapp.styleSheet()
    yield
    if qapp.styleSheet() != style:
        qapp.setStyleSheet(style)
    if qapp.font() != font:
        qapp.setFont(font)


@pytest.fixture(autouse=True)
def chinese(qapp):
    from branchdesk.ui.i18n import install_translators

    install_translators("zh_CN")
    yield
    install_translators("zh_CN")


@pytest.fixture
def app_look(qapp):
    """The app's own font (14 pt) and style sheet, as app.run_gui sets them; put back afterwards."""
    from branchdesk.ui.fonts import apply_look, install_font

    font, style = qapp.font(), qapp.styleSheet()
    install_font(qapp)
    apply_look(qapp)
    yield
    qapp.setStyleSheet(style)
    qapp.setFont(font)
