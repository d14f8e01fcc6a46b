"""Statistics, window advice, the home hint, the board button and the queue settings page."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QDate

from branchdesk.services.queue.policy import INTERLEAVE
from branchdesk.services.queue.reports import share_all_open
from branchdesk.services.queue.stats import AdviceTarget, HourAdvice
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.ops import Op, lanes
from branchdesk.ui.i18n import weekday_name
from branchdesk.ui.queue_stats.advice import advice_now_text, advice_text, opening_hours, shortfall_notes
from branchdesk.ui.queue_stats.page import _minutes, _share
from tests.ui.lanes import block_lane, record_threads
from tests.ui.texts import error, ui

SUMMARY = ("{first} to {last}: {arrivals} arrivals, {served} served, {no_shows} no-shows; mean wait {wait} min, "
           "within norm {share}; windows paused {pause:.0f} min")
ADVICE = ("{weekday} {start}–{end}: about {rate} customers an hour, {minutes} min each, open {windows} "
          "windows; {share}% served within {within} min")
GROWS = "{windows} windows advised, the branch has only {count}: even with all of them open the queue keeps growing."
SHORT = ("{windows} windows advised, the branch has only {count}: with all of them open, about {share}% of customers "
         "are served within {within} min (target {target}%).")
ADVICE_NOW = "Queue this hour: about {rate} customers; open {windows} window(s) to serve {share}% within {within} min."


def _head(services):
    from branchdesk.services.roles import Actor, Role

    head = next(s for s in services.staff.list_staff() if s.role is Role.BRANCH_HEAD)
    return Actor(head.id, head.username, head.full_name, head.role)


def test_statistics_by_hour_business_clerk_and_day(demo_services, qtbot):
    window = MainWindow(demo_services, _head(demo_services))
    qtbot.addWidget(window)
    page = window.show_area("queue_stats")
    qtbot.waitUntil(lanes().idle, timeout=10000)  # the branch's day and the first count, on the lane
    yesterday = demo_services.branch.today() - dt.timedelta(days=1)
    page.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    page.period.setCurrentIndex(1)
    page.refresh()
    first = yesterday - dt.timedelta(days=6)
    qtbot.waitUntil(lambda: page.report is not None and page.report.first == first, timeout=10000)
    report = demo_services.queue_reports.period(first, yesterday)
    assert page.hour_table.rowCount() == len(report.by_hour) > 0
    assert page.business_table.item(0, 0).text() == "邮件包裹"
    assert page.business_table.item(0, 1).text() == str(report.by_business[0].arrivals)
    assert page.business_table.item(0, 8).text().endswith("%")
    assert page.clerk_table.rowCount() == len(report.by_clerk) > 0
    assert page.day_table.rowCount() == 7
    total = report.total
    assert page.summary.text() == ui(
        "QueueStatsPage", SUMMARY, first=first.isoformat(), last=yesterday.isoformat(), arrivals=total.arrivals,
        served=total.served, no_shows=total.no_shows, wait=_minutes(total.mean_wait),
        share=_share(total.share_within_norm), pause=report.pause_minutes)


def test_a_year_of_statistics_from_the_page(demo_services, qtbot):
    window = MainWindow(demo_services, _head(demo_services))
    qtbot.addWidget(window)
    page = window.show_area("queue_stats")
    qtbot.waitUntil(lanes().idle, timeout=10000)  # the branch's day and the first count, on the lane
    page.period.setCurrentIndex(page.period.findText("近一年"))
    page.refresh()
    today = demo_services.branch.today()
    qtbot.waitUntil(lambda: page.report is not None and page.report.first == today - dt.timedelta(days=364),
                    timeout=10000)
    assert page.day_table.rowCount() == len(page.report.by_day) > 20  # the demo's weeks, and today


def test_window_advice_heat_map_with_tooltips(demo_services, qtbot):
    window = MainWindow(demo_services, _head(demo_services))
    qtbot.addWidget(window)
    page = window.show_area("queue_stats")
    qtbot.waitUntil(lanes().idle, timeout=10000)  # the branch's day and the first count, on the lane
    table = page.advice_map.table
    qtbot.waitUntil(lambda: table.rowCount() == 7 and table.columnCount() > 0, timeout=10000)
    assert table.horizontalHeaderItem(0).text() == "8–9"
    tips = [table.item(r, c).toolTip() for r in range(7) for c in range(table.columnCount())]
    target, windows = demo_services.queue_settings.target(), len(demo_services.queue.windows())
    hours = opening_hours(demo_services)
    advice = {(a.weekday, a.hour): a for a in demo_services.queue_reports.window_advice(target)}
    monday_9 = table.item(0, list(hours).index(9)).toolTip()
    assert monday_9 == advice_text(advice[(0, 9)], target, windows) and monday_9 in tips
    assert all(table.item(r, c).text() in ("", "1", "2", "3", "3+")
               for r in range(7) for c in range(table.columnCount()))
    assert page.advice_note.text().startswith(ui(
        "QueueStatsPage", "Windows to open for {share:.0f}% of customers to wait at most {minutes:g} min, "
        "from the branch's own last weeks (hover over a cell for details).",
        share=target.share * 100, minutes=target.within_minutes))


def test_advice_is_capped_at_the_branch_windows(qapp):
    from branchdesk.ui.i18n import install_translators

    install_translators("zh_CN")
    busy = HourAdvice(0, 9, 80.0, 4.5, 6, 0.82, False)
    text = advice_text(busy, AdviceTarget(), 3)
    assert text == (ui("WindowAdvice", ADVICE, weekday=weekday_name(0), start=9, end=10, rate=80, minutes="4.5",
                       windows=6, share=82, within="10")
                    + "\n" + ui("WindowAdvice", GROWS, windows=6, count=3))
    fewer = HourAdvice(0, 10, 36.0, 4.5, 6, 0.82, False)  # 3 windows keep up, but not within the target
    share = round(share_all_open(fewer, 3, AdviceTarget()) * 100)
    assert 0 < share < 80
    assert advice_text(fewer, AdviceTarget(), 3).endswith("\n" + ui(
        "WindowAdvice", SHORT, windows=6, count=3, share=share, within="10", target=80))
    hint = advice_now_text(busy, AdviceTarget(), 3)
    assert hint == (ui("WindowAdvice", ADVICE_NOW, rate=80, windows=3, share=80, within="10")  # capped at 3
                    + ui("WindowAdvice", " More would be needed than the branch has ({count}).", count=3))


def test_home_shows_the_hint_for_this_hour(demo_services, qtbot):
    demo_services.clock.advance(hours=2)  # 09:30 on a Tuesday, inside opening hours
    window = MainWindow(demo_services, _head(demo_services))
    qtbot.addWidget(window)
    home = window.pages["home"]
    qtbot.waitUntil(lambda: home.queue_hint.text() != "", timeout=10000)
    assert home.queue_hint.text().startswith(ui("WindowAdvice", ADVICE_NOW).split("{", 1)[0])


def test_the_board_opens_from_the_statistics_page(demo_services, qtbot, monkeypatch):
    from branchdesk.ui.board import voice

    monkeypatch.setattr(voice, "qt_speech", lambda: None)
    window = MainWindow(demo_services, _head(demo_services))
    qtbot.addWidget(window)
    page = window.show_area("queue_stats")
    qtbot.waitUntil(lanes().idle, timeout=10000)  # the branch's day and the first count, on the lane
    board = page.open_board()
    assert board.isVisible() and board.timer.isActive()
    assert page.open_board() is board  # one board, not a second
    board.close()
    board.voice.stop()


def settings_page(services, actor, qtbot):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    page = window.show_area("queue_settings")
    page.main_window_for_test = window
    qtbot.waitUntil(lanes().idle, timeout=10000)
    return page


def saved(op, page, qtbot) -> bool:
    """A save runs on the database lane: True once it landed without an error (and was read back)."""
    assert op is not None
    qtbot.waitUntil(lanes().idle, timeout=10000)
    return page.message.property("role") != "error"


def test_queue_settings_page_saves_and_shows_errors(services, admin, qtbot):
    page = settings_page(services, admin, qtbot)
    page.business_table.selectRow(1)
    assert page.prefix.text() == "B"
    page.prefix.setText("A")
    assert not saved(page.save_business(), page, qtbot)
    assert page.message.text() == error("queue.prefix_taken", prefix="A", service="邮件包裹")
    assert page.prefix.text() == "A"  # what the user typed stays
    page.prefix.setText("B")
    page.number_to.setValue(500)
    assert saved(page.save_business(), page, qtbot)
    assert page.message.text() == ui("QueueSettingsPage", "Saved.")
    assert next(s for s in services.queue.businesses() if s.code == "savings").number_to == 500
    assert page.business_table.item(1, 2).text() == "1–500"

    page.window_number.setValue(4)
    page.window_name.setText("4号窗口")
    page.window_businesses["savings"].setChecked(True)
    assert saved(page.add_window(), page, qtbot)
    assert [w.number for w in services.queue.windows()] == [1, 2, 3, 4]
    assert page.window_table.rowCount() == 4

    page.policy_kind.setCurrentIndex(page.policy_kind.findData(INTERLEAVE))
    page.policy_every.setValue(2)
    page.target_share.setValue(90)
    assert saved(page.save_policy(), page, qtbot)
    assert services.queue.policy.kind == INTERLEAVE and services.queue.policy.every == 2
    assert services.queue_settings.target().share == 0.9


def test_queue_settings_page_takes_a_business_and_a_window_out_of_use(services, admin, qtbot):
    page = settings_page(services, admin, qtbot)
    page.business_table.selectRow(3)  # philately
    assert page.business_active_button.text() == ui("QueueSettingsPage", "Stop offering it")
    assert saved(page.toggle_business(), page, qtbot)
    assert "philately" not in {s.code for s in services.queue.businesses()}
    assert page.business_table.item(3, 4).text() == ui("QueueSettingsPage", "Not in use")
    assert page.business_active_button.text() == ui("QueueSettingsPage", "Offer it again")
    assert "philately" not in page.window_businesses  # a window cannot be given a business not offered

    services.queue.open_window(admin, 3)
    page.window_table.selectRow(2)
    assert not saved(page.toggle_window(), page, qtbot)  # still open
    assert page.message.text() == error("queue.close_window_first", number=3)
    services.queue.close_window(admin, 3)
    assert saved(page.toggle_window(), page, qtbot)
    assert [w.number for w in services.queue.windows()] == [1, 2]
    assert page.window_table.item(2, 3).text() == ui("QueueSettingsPage", "Not in use")
    assert page.window_active_button.text() == ui("QueueSettingsPage", "Put back in use")


def test_queue_settings_read_and_save_off_the_gui_thread_and_a_double_press_saves_once(
        services, admin, monkeypatch, qtbot):
    settings = services.queue_settings
    reads = record_threads(monkeypatch, settings, "businesses")
    writes = record_threads(monkeypatch, settings, "save_business")
    page = settings_page(services, admin, qtbot)
    assert reads and all(t is not threading.main_thread() for t in reads)
    page.business_table.selectRow(0)
    page.norm_base.setValue(9)
    release = block_lane(page)
    assert page.save_business() is not None
    assert page.save_business() is None and not page.save_business_button.isEnabled()
    page.save_business_button.click()
    qtbot.wait(50)  # the GUI thread goes on while the lane is held
    assert writes == []
    release.set()
    assert saved(Op, page, qtbot)
    assert len(writes) == 1 and writes[0] is not threading.main_thread()
    assert page.save_business_button.isEnabled()


def test_a_hidden_queue_settings_page_only_marks_itself_stale(services, admin, qtbot):
    page = settings_page(services, admin, qtbot)
    window = page.main_window_for_test
    window.show()
    window.show_area("home")
    qtbot.waitUntil(lanes().idle, timeout=10000)
    services.queue_settings.set_window_active(admin, 3, False)
    qtbot.waitUntil(lambda: page.property("stale") is True)
    assert page.window_table.item(2, 3).text() == ui("QueueSettingsPage", "In use")  # not read while hidden


def test_clerks_do_not_see_queue_settings(services, clerk, qtbot):
    window = MainWindow(services, clerk)
    qtbot.addWidget(window)
    assert "queue_stats" in window.keys() and "queue_settings" not in window.keys()


def test_a_long_count_shows_progress_and_can_be_cancelled(demo_services, qtbot, monkeypatch):
    import threading

    from branchdesk.ui import ops

    monkeypatch.setattr(ops, "PROGRESS_EVERY_S", 0)
    window = MainWindow(demo_services, _head(demo_services))
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("queue_stats")
    qtbot.waitUntil(lanes().idle, timeout=10000)  # the branch's day and the first count, on the lane
    shown = page.report
    going, stop = threading.Event(), threading.Event()

    def slow_period(first, last, progress=None):
        for done in range(100):
            progress(done, 100)  # raises Cancelled once the user cancelled
            if done == 5:
                going.set()
                stop.wait(10)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(demo_services.queue_reports, "period", slow_period)
    page.refresh()
    assert going.wait(10)
    qtbot.waitUntil(lambda: page.progress_row.isVisible() and page.progress.value() == 5)
    page.cancel_button.click()
    stop.set()
    qtbot.waitUntil(ops.lanes().idle, timeout=10000)
    assert not page.progress_row.isVisible() and page.counting is None
    assert page.report is shown  # the old figures stay; nothing half-done is shown
    assert page.summary.text() == page.tr("Counting cancelled.")


def test_the_advice_tab_says_in_words_which_hours_need_more_windows_than_the_branch_has(qapp):
    advice = [HourAdvice(d, h, 80.0 - h, 4.5, 6, 0.82, False) for d in range(2) for h in (9, 10, 11)]
    advice.append(HourAdvice(0, 12, 10.0, 4.5, 2, 0.9, False))  # within the branch's three
    lines = shortfall_notes(advice, AdviceTarget(), 3)
    assert len(lines) == 4
    assert lines[0] == ui("WindowAdvice", "{weekday} {start}–{end}: {shortfall}", weekday=weekday_name(0), start=9,
                          end=10, shortfall=ui("WindowAdvice", GROWS, windows=6, count=3))
    assert lines[-1] == ui("WindowAdvice", "Another {count} hour(s), marked + on the map, also need more windows "
                                           "than the branch has.", count=3)
    assert "建议 6 个窗口，本所只有 3 个" in lines[0]
