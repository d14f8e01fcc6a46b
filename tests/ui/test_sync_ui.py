"""Sync with HQ in the app (issue 9): the background worker, the status bar, the sync page and the home page,
against a real HQ on loopback (tests/hq/conftest.py), through a proxy that can refuse connections."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QObject, Qt

from branchdesk.hq import registry
from branchdesk.hq.bundles import import_bundle
from branchdesk.sync.engine import sync_error
from branchdesk.sync.protocol import QR_PREFIX
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.home import HomePage
from branchdesk.ui.pages.sync import SyncPage
from branchdesk.ui.sync_status import sync_error_text
from branchdesk.ui.sync_worker import SyncWorker
from tests.hq import conftest as hq_fixtures
from tests.hq.proxy import FaultyProxy
from tests.hq.test_branch_sync import some_work
from tests.ui.lanes import settle
from tests.ui.texts import ui

# HQ's fixtures (tests/hq/conftest.py), for these tests of the app.
hq_clock, hq_db, hq_app, hq_server = hq_fixtures.hq_clock, hq_fixtures.hq_db, hq_fixtures.hq_app, hq_fixtures.hq_server

FAST = {"first_s": 0.01, "idle_s": 60.0, "after_change_s": 0.03, "backoff_s": 0.05, "backoff_max_s": 0.2,
        "rng": lambda: 0.5}  # jitter 0: the waits are exactly 0.05, 0.1, 0.2, 0.2 ...


@pytest.fixture
def hq_url(tmp_path):
    """SQLite only: what these tests check is the app, HQ's databases are tested in tests/hq/."""
    from branchdesk.hq.database import database_url

    return database_url(tmp_path / "hq", None)


@pytest.fixture
def on_time(hq_clock):
    """HQ's clock agrees with this PC's (the offset is measured against the real wall clock)."""
    hq_clock.now = dt.datetime.now(dt.timezone.utc)
    return hq_clock


@pytest.fixture
def proxy(hq_server):
    with FaultyProxy(hq_server.port) as faulty:
        yield faulty


@pytest.fixture
def enrolled(services, admin, hq_db, on_time, proxy):
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", on_time())
    services.sync.enrol(admin, proxy.url, made.code)
    return services


def test_the_worker_syncs_after_a_change_backs_off_while_hq_is_down_and_catches_up(qtbot, enrolled, proxy):
    services = enrolled
    owner = QObject()
    worker = SyncWorker(services, owner, **FAST)
    waits: list[float] = []  # each wait the worker set, and the waits after failures
    schedule, backoff = worker._schedule, worker.backoff
    worker._schedule = lambda s: (waits.append(round(s, 3)), schedule(s))  # type: ignore[method-assign]
    worker.backoff = lambda: (failed_waits.append(round(backoff(), 3)), failed_waits[-1])[1]  # type: ignore
    failed_waits: list[float] = []
    some_work(services)
    worker.start()
    qtbot.waitUntil(lambda: services.sync.status().waiting == 0 and services.sync.status().last_success_at)
    qtbot.waitUntil(lambda: not worker.busy())
    assert waits[-1] == 60.0  # after a success: the next round in a minute ...
    some_work(services, 1)  # ... or soon after a local change
    assert waits[-1] == 0.03 and worker.next_in_s() is not None and worker.next_in_s() < 1
    qtbot.waitUntil(lambda: services.sync.status().waiting == 0)

    proxy.mode = "refuse"
    some_work(services, 2)
    qtbot.waitUntil(lambda: worker.failures >= 4, timeout=10_000)
    status = services.sync.status()
    assert status.waiting > 0 and status.last_error is not None and status.last_error.code == "sync.offline"
    assert failed_waits[:4] == [0.05, 0.1, 0.2, 0.2]  # doubling, capped
    count = len(waits)
    some_work(services, 1)  # a change while backing off does not bring the next try forward
    assert waits[count:] == []

    proxy.mode = "pass"
    qtbot.waitUntil(lambda: services.sync.status().waiting == 0 and worker.failures == 0, timeout=10_000)
    assert services.sync.status().last_error is None
    worker.stop()
    assert worker.next_in_s() is None
    owner.deleteLater()


def test_the_backoff_has_its_jitter_and_its_cap(qtbot, services):
    owner = QObject()
    low = SyncWorker(services, owner, rng=lambda: 0.0)
    high = SyncWorker(services, owner, rng=lambda: 1.0)
    for worker, factor in ((low, 0.8), (high, 1.2)):
        worker.failures = 1
        assert worker.backoff() == pytest.approx(2 * factor)
        worker.failures = 3
        assert worker.backoff() == pytest.approx(8 * factor)
        worker.failures = 20
        assert worker.backoff() == pytest.approx(300 * factor)
    owner.deleteLater()


def _window(qtbot, services, actor, **timings) -> MainWindow:
    window = MainWindow(services, actor, sync_timings={**FAST, **timings})
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_status_bar_says_synced_waiting_and_offline(qtbot, enrolled, admin, proxy, hq_clock):
    services = enrolled
    window = _window(qtbot, services, admin)
    item = window.sync_item
    synced = ui("SyncText", "Synced {when}", when=ui("SyncText", "just now"))
    qtbot.waitUntil(lambda: item.label.text() == synced)
    assert item.sync_action.isEnabled() and item.label.styleSheet() == ""  # no red: synced, the clock right

    proxy.mode = "refuse"
    some_work(services, 2)
    offline = ui("SyncText", "HQ unreachable")
    qtbot.waitUntil(lambda: item.label.text().startswith(offline), timeout=10_000)
    waiting = services.sync.status().waiting
    assert item.label.text().endswith(ui("SyncText", "{n} waiting", n=waiting))
    services.clock.at = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=90)  # the log's times are real
    window.refresh_sync()
    qtbot.waitUntil(lambda: item.label.text().endswith(ui("SyncText", "{n} waiting (oldest: {when})", n=waiting,
                                                          when=ui("SyncText", "{age} ago", age=ui(
                                                              "SyncText", "{n} h", n=1)))))
    last_error = services.sync.status().last_error
    assert last_error is not None and sync_error_text(last_error) in item.label.toolTip()
    assert str(last_error.params["detail"]) not in item.label.toolTip()  # the library's English is not shown ...
    assert ui("SyncText", "the connection to HQ was cut before it answered") in item.label.toolTip()  # but said

    # Clicking the text opens the sync page.
    qtbot.mouseClick(item.label, Qt.MouseButton.LeftButton)
    assert window.current_key() == "sync"
    page = window.pages["sync"]
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.error_value.text() != "—" and page.error_value.text() != "")

    # HQ back, and its clock 10 minutes ahead of this PC's: synced, with the red warning.
    hq_clock.now = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=10)
    proxy.mode = "pass"
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    slow = ui("SyncText", "Clock {minutes} min slow", minutes=10)
    qtbot.waitUntil(lambda: item.label.text() == f"{slow} · {synced}", timeout=10_000)
    assert ui("SyncText", "This PC's clock is {minutes} min behind HQ: set the time", minutes=10) \
        in item.label.toolTip() and "b00020" in item.label.styleSheet()
    assert page.clock_value.isVisible()

    # 立即同步 from the status bar's right-click menu: a round now (the worker would wait a minute).
    settle(qtbot)
    services.clock.advance(minutes=1)
    assert window.sync_worker is not None and window.sync_worker.next_in_s() is not None
    item.sync_action.trigger()
    qtbot.waitUntil(lambda: services.sync.status().last_attempt_at == services.clock.now(), timeout=10_000)
    qtbot.waitUntil(lambda: page.sync_message.text().startswith(ui(
        "SyncPage", "Synced: HQ took {pushed} changes, {pulled} came from HQ.", pushed=waiting, pulled=0)[:3]))
    settle(qtbot)


def test_not_enrolled_the_status_bar_says_so_and_no_worker_runs(qtbot, services, admin):
    window = _window(qtbot, services, admin)
    qtbot.waitUntil(lambda: window.sync_item.label.text() == ui("SyncText", "Not enrolled with HQ"))
    assert window.sync_worker is None and not window.sync_item.sync_action.isEnabled()
    settle(qtbot)


def test_enrolling_by_the_scanned_qr_text_then_a_worker_starts(qtbot, services, admin, hq_db, on_time, hq_server):
    window = _window(qtbot, services, admin)
    page = window.show_area("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.enrol_group.isVisible)
    assert not page.address.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", on_time())
    key_id = registry.hq_keys(hq_db, on_time()).key_id()
    page.address.setFocus()
    qtbot.keyClicks(page.address, f"{QR_PREFIX}{made.branch}:{made.code}:{key_id}:{hq_server.url}")
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    qtbot.waitUntil(page.key_message.isVisible, timeout=10_000)
    assert key_id in page.key_message.text()
    assert services.sync.enrolled()
    qtbot.waitUntil(lambda: not page.enrol_group.isVisible())
    qtbot.waitUntil(lambda: window.sync_worker is not None)
    qtbot.waitUntil(lambda: services.sync.status().last_success_at is not None, timeout=10_000)
    settle(qtbot)


def test_a_bad_enrolment_code_is_refused_in_words_and_changes_nothing(qtbot, services, admin, hq_server):
    window = _window(qtbot, services, admin)
    page = window.show_area("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.enrol_group.isVisible)
    page.address.setText(hq_server.url)
    page.code.setText("ABC")
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.enrol_message.isVisible)
    qtbot.waitUntil(lambda: page.enrol_message.property("role") == "error")
    refused = sync_error("bad_enrolment_code")
    assert page.enrol_message.text() == tr_error(refused) != refused.message  # in Chinese
    assert not services.sync.enrolled() and page.address.text() == hq_server.url
    page.code.setText("ABCDEFGHJKLMNPQRSTUV")  # the form of a code, but not one HQ issued
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.enrol_message.text() == ui(
        "SyncPage", "HQ did not issue this enrolment code for this branch. Check the code on the county's sheet, "
        "and that it is for this branch, or ask the county office for a new one."), timeout=10_000)
    assert not services.sync.enrolled()
    settle(qtbot)


def test_the_bundle_buttons_write_the_file_and_read_hqs_acknowledgement(qtbot, enrolled, admin, proxy, hq_db,
                                                                        hq_clock, tmp_path, monkeypatch):
    services = enrolled
    proxy.mode = "refuse"  # a branch whose network is down: the bundle is the way
    some_work(services)
    window = _window(qtbot, services, admin, first_s=3600)
    page = window.show_area("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.export_button.isEnabled)
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(page, "ask_folder", lambda: out)
    exported_through = services.sync.status().log_end
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.written is not None)
    (bundle,) = list(out.iterdir())
    assert page.written == bundle and str(bundle) in page.bundle_message.text()

    done = import_bundle(hq_db, bundle, None, hq_clock())
    monkeypatch.setattr(page, "ask_ack", lambda: done.ack)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    held = ui("SyncPage", "HQ holds every change up to {seq}.", seq=exported_through)
    qtbot.waitUntil(lambda: page.bundle_message.text() == held)
    assert services.sync.status().acknowledged == exported_through

    # A file that is not HQ's acknowledgement: refused in words.
    junk = tmp_path / "junk.bdack"
    junk.write_text("not an acknowledgement")
    page.import_from(junk)
    qtbot.waitUntil(lambda: page.bundle_message.property("role") == "error")
    assert page.bundle_message.text() and "Traceback" not in page.bundle_message.text()
    settle(qtbot)


def test_announcements_show_until_read_and_the_bundle_reminder_leads_to_the_sync_page(
        qtbot, enrolled, admin, clerk, hq_db, on_time):
    services = enrolled
    registry.announce(hq_db, "春节营业安排", "除夕 14:00 闭所。", None, on_time())
    services.sync.sync_now()
    home = HomePage(services, clerk)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitUntil(lambda: len(home.cards) == 1)
    card = home.cards[0]
    assert card.title.text() == "春节营业安排" and card.body.text() == "除夕 14:00 闭所。"
    assert not home.bundle_reminder.isVisible()  # a clerk is not reminded of the bundle
    qtbot.mouseClick(card.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.cards == [])
    assert services.sync.announcements(clerk) == [] and len(services.sync.announcements(admin)) == 1

    services.sync.set_reminder_weekday(admin, services.branch.today().weekday())
    some_work(services)
    window = _window(qtbot, services, admin, first_s=3600)
    admin_home = window.pages["home"]
    assert isinstance(admin_home, HomePage)
    qtbot.waitUntil(lambda: admin_home.bundle_reminder.isVisible() and len(admin_home.cards) == 1)
    qtbot.mouseClick(admin_home.bundle_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "sync"
    settle(qtbot)


def test_a_clerk_has_no_sync_page(qtbot, services, clerk, admin):
    window = _window(qtbot, services, clerk)
    assert "sync" not in window.keys()
    qtbot.mouseClick(window.sync_item.label, Qt.MouseButton.LeftButton)  # opens nothing
    assert window.current_key() == "home"
    assert "sync" in _window(qtbot, services, admin).keys()
    settle(qtbot)
