"""导出日报 on the statistics page: the file dialog, the file written off the GUI thread, where it went."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.queue_stats import export as export_module
from tests.printing.xlsxread import read_xlsx
from tests.ui.lanes import off_gui, record_threads, settle
from tests.ui.queue_stats.test_stats_page import _head
from tests.ui.texts import error, ui


def stats_page(services, qtbot):
    window = MainWindow(services, _head(services))
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("queue_stats")
    settle(qtbot)
    return page


def choose(page, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(page.export, "ask_path", lambda day: path)


def test_the_daily_report_is_exported_as_a_pdf_off_the_gui_thread(demo_services, qtbot, monkeypatch, tmp_path):
    reads = record_threads(monkeypatch, demo_services.queue_reports, "day_report_data")
    writes = record_threads(monkeypatch, export_module, "write_report")
    page = stats_page(demo_services, qtbot)
    yesterday = demo_services.branch.today() - dt.timedelta(days=1)
    page.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    settle(qtbot)
    target = tmp_path / "日报.pdf"
    choose(page, monkeypatch, target)
    page.export.button.click()
    assert not page.export.button.isEnabled()  # one export at a time
    settle(qtbot)
    assert target.read_bytes().startswith(b"%PDF")
    assert off_gui(reads) and off_gui(writes)
    assert page.export.button.isEnabled() and page.export.written == target
    text = page.export.message.text()
    assert str(target) in text and target.parent.as_uri() in text
    assert ui("ReportExport", "Saved to <a href=\"{file}\">{path}</a> &nbsp; <a href=\"{folder}\">Open its folder</a>",
              file=target.as_uri(), path=str(target), folder=target.parent.as_uri()) in text
    assert page.export.message.isVisible()


def test_the_xlsx_has_english_headers_in_the_english_ui(demo_services, qtbot, monkeypatch, tmp_path):
    from branchdesk.ui.i18n import install_translators

    install_translators("en")
    page = stats_page(demo_services, qtbot)
    target = tmp_path / "report.xlsx"
    choose(page, monkeypatch, target)
    page.export.button.click()
    settle(qtbot)
    book = read_xlsx(target.read_bytes())
    assert list(book) == ["Summary", "By hour", "By service", "By clerk", "Window advice"]


def test_a_future_day_is_said_to_be_in_the_future(demo_services, qtbot, monkeypatch, tmp_path):
    page = stats_page(demo_services, qtbot)
    later = demo_services.branch.today() + dt.timedelta(days=2)
    page.day.setDate(QDate(later.year, later.month, later.day))
    settle(qtbot)
    assert page.summary.text().startswith(ui(
        "QueueStatsPage", "{day} is in the future: there is no queue data for it yet.", day=later.isoformat()))
    choose(page, monkeypatch, tmp_path / "later.pdf")
    page.export.button.click()
    settle(qtbot)
    assert ui("ReportExport", "{day} is in the future: the report has no queue data yet, only the window advice.",
              day=later.isoformat()) in page.export.message.text()
    assert page.export.message.property("role") == "warning"


def test_a_folder_that_does_not_exist_gives_a_translated_message_and_no_file(demo_services, qtbot, monkeypatch,
                                                                             tmp_path):
    page = stats_page(demo_services, qtbot)
    target = tmp_path / "gone" / "report.pdf"
    choose(page, monkeypatch, target)
    page.export.button.click()
    settle(qtbot)
    assert page.export.message.text() == error("export.no_folder", path=str(target))
    assert page.export.message.property("role") == "error" and page.export.button.isEnabled()
    assert not target.parent.exists()


def test_the_dialog_offers_a_dated_name_and_adds_the_chosen_type(demo_services, qtbot, monkeypatch, tmp_path):
    page = stats_page(demo_services, qtbot)
    day = dt.date(2026, 11, 27)
    assert page.export.default_path(day).name == "排队日报-2026-11-27.pdf"
    asked = {}

    def dialog(shown: QFileDialog):
        asked.update(start=shown.selectedFiles(), filters=shown.nameFilters(), chosen=shown.selectedNameFilter(),
                     look_in=shown.labelText(QFileDialog.DialogLabel.LookIn))
        return str(tmp_path / "周五"), shown.nameFilters()[1]
    monkeypatch.setattr(page.export, "choose", dialog)
    assert page.export.ask_path(day) == tmp_path / "周五.xlsx"
    assert asked["start"][0].endswith("排队日报-2026-11-27.pdf") and "*.xlsx" in asked["filters"][1]
    assert asked["chosen"] == asked["filters"][0] and asked["look_in"] == ui("ReportExport", "Look in:")
    monkeypatch.setattr(page.export, "choose", lambda shown: ("", ""))
    assert page.export.export(day) is None  # cancelled: nothing runs


def test_a_file_no_program_opens_is_said_so(demo_services, qtbot, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    page = stats_page(demo_services, qtbot)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or False)
    path = tmp_path / "r.pdf"
    assert page.export.open_link(path.as_uri()) is False
    assert opened == [str(path)] and threading.current_thread() is threading.main_thread()
    assert page.export.message.text() == ui(
        "ReportExport", "No program on this computer opens {path}. Find the file in its folder and open it from "
        "there.", path=str(path))
