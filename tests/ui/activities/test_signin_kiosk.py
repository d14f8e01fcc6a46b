"""The customers' sign-in kiosk (issue 10, item 3): full screen, a big keypad, the privacy notice with the
retention period and an unticked consent box; the thank-you clears itself so the next customer never sees
the last one's number; bad input says why and records nothing; only staff close it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from branchdesk.services.activities.signin import STEPS
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.store.models import ActivityFollowUp, ActivitySignIn, AuditEntry, Customer
from branchdesk.ui.activities.signin_kiosk import HELLO_BACK, HELLO_NEW, POSTER_READ, privacy_notice
from branchdesk.ui.activities.signin_words import step_label
from branchdesk.ui.main_window import MainWindow
from tests.activities.conftest import plan
from tests.ui.lanes import settle
from tests.ui.texts import error, ui


@pytest.fixture
def manager(services, admin):
    info = services.staff.create(admin, NewStaff("liqiang", "李强", Role.DUTY_MANAGER, "2468"))
    return services.staff.sign_in(info.username, "2468")


@pytest.fixture
def running(services, manager):
    acts = services.activities
    activity = acts.plans.start(manager, acts.plans.create(manager, plan(services.branch.today())).id)
    flyer = acts.channels.add(manager, activity.id, "赶集折页", "flyer", "摊位派发", 500)
    return activity, flyer


def open_kiosk(services, actor, qtbot):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("signin")
    settle(qtbot)
    page.kiosk_button.click()  # one screen here: the clerk is asked first
    assert page.kiosk_warning is not None and window.hall.signin_kiosk is None
    page.kiosk_warning.done(0)
    page.open_kiosk(confirmed=True)
    settle(qtbot)  # the permission and the audit, then the activity and the retention period
    return window, page, window.hall.signin_kiosk


def tap(kiosk, digits: str) -> None:
    for d in digits:
        kiosk.keys[d].click()


def kiosk_rows(services) -> list[tuple[str, bool]]:
    with services.db.reading() as s:
        return [tuple(r) for r in s.execute(select(ActivitySignIn.source, Customer.consent)
                                            .join(Customer, Customer.id == ActivitySignIn.customer_id)
                                            .order_by(ActivitySignIn.at))]


def test_customers_sign_themselves_in_and_the_screen_forgets_them(services, manager, running, qtbot):
    activity, flyer = running
    services.activities.customers.set_retention_days(services.staff.sign_in("admin", "admin-pass-1"), 365)
    window, page, kiosk = open_kiosk(services, manager, qtbot)
    assert kiosk.isFullScreen() and kiosk.activity_name.text() == activity.name
    assert kiosk.notice.text() == privacy_notice(365) and ui("SignInKiosk", "one year") in kiosk.notice.text()
    assert not kiosk.consent.isChecked()  # consent is asked, never assumed
    assert not kiosk.go.isEnabled()

    tap(kiosk, "1381234567")
    kiosk.keys["9"].click()
    kiosk.keys["delete"].click()  # a wrong last digit, corrected
    tap(kiosk, "8")
    assert kiosk.number.text() == "138 1234 5678"
    kiosk.go.click()
    settle(qtbot)
    assert kiosk.stack.currentIndex() == 1
    assert (kiosk.answer.text(), kiosk.answer_en.text()) == (ui("SignInKiosk", HELLO_NEW), HELLO_NEW)
    assert kiosk.phone.text() == "138****5678"
    assert kiosk.steps.text() == "\n".join(f"• {step_label(s)}" for s in STEPS)  # no staff-only advice
    assert kiosk_rows(services) == [("kiosk", False)]
    assert "5678" not in kiosk.number.text()  # already wiped behind the thank-you
    kiosk.back_timer.timeout.emit()  # a few seconds later
    assert kiosk.stack.currentIndex() == 0 and kiosk.number.text().strip() == ""

    # The next customer brought a flyer (the kiosk's scanner), ticks the box and types the phone.
    services.clock.advance(minutes=2)
    for ch in flyer.code:
        qtbot.keyClick(kiosk, ch)
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    settle(qtbot)
    assert kiosk.message.text() == ui("SignInKiosk", POSTER_READ) + "  " + POSTER_READ
    kiosk.consent.click()
    tap(kiosk, "13900001111")
    qtbot.keyClick(kiosk, Qt.Key.Key_Enter)
    settle(qtbot)
    assert kiosk_rows(services)[-1] == ("kiosk", True)
    with services.db.reading() as s:
        assert s.scalar(select(ActivitySignIn.channel_id).where(ActivitySignIn.source == "kiosk")
                        .order_by(ActivitySignIn.at.desc()).limit(1)) == flyer.id
        assert s.scalar(select(func.count()).select_from(ActivityFollowUp)) == 1  # only the one who agreed
    kiosk.back_timer.timeout.emit()
    assert not kiosk.consent.isChecked()  # unticked again for the next customer

    # The first customer again, the next day: welcomed back; an empty box keeps the earlier answer.
    services.clock.advance(days=1)
    tap(kiosk, "13900001111")
    kiosk.go.click()
    settle(qtbot)
    assert (kiosk.answer.text(), kiosk.answer_en.text()) == (ui("SignInKiosk", HELLO_BACK), HELLO_BACK)
    assert kiosk_rows(services)[-1] == ("kiosk", True)
    assert page.recent.rowCount() == 3  # the desk sees the kiosk's sign-ins


def test_bad_input_at_the_kiosk_says_why_and_records_nothing(services, manager, running, qtbot):
    _window, _page, kiosk = open_kiosk(services, manager, qtbot)
    tap(kiosk, "12345678901")
    kiosk.go.click()
    settle(qtbot)
    assert kiosk.stack.currentIndex() == 0 and kiosk.message.text() == error("signin.unreadable")
    kiosk.keys["clear"].click()
    tap(kiosk, "13800")
    kiosk.go.click()
    settle(qtbot)
    assert kiosk.message.text() == error("signin.truncated", n=5)
    assert kiosk_rows(services) == []
    # Typed and walked away: after a minute the number and the box are cleared.
    qtbot.mouseClick(kiosk.consent_text, Qt.MouseButton.LeftButton)  # the words tick the box too
    assert kiosk.consent.isChecked()
    assert kiosk.idle_timer.isActive()
    kiosk.idle_timer.timeout.emit()
    assert kiosk.number.text().strip() == "" and not kiosk.consent.isChecked()


def test_only_staff_close_the_kiosk_and_clerks_cannot_open_it(services, manager, clerk, running, qtbot):
    window, page, kiosk = open_kiosk(services, manager, qtbot)
    kiosk.close()  # a customer's Alt+F4 does nothing
    assert kiosk.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    unlock = kiosk.findChild(QDialog)
    assert unlock.windowTitle() == ui("SignInUnlockDialog", "Close the sign-in kiosk")
    unlock.username.setText("zhangmin")  # a clerk who did not open it
    unlock.secret.setText("3579")
    unlock.check()
    settle(qtbot)
    assert unlock.error.text() == ui("SignInUnlockDialog", "Only whoever opened the sign-in kiosk, or a duty "
                                                           "manager or above, can close it.")
    assert window.hall.signin_kiosk is kiosk and kiosk.isVisible()
    unlock.username.setText("liqiang")
    unlock.secret.setText("2468")
    unlock.check()
    settle(qtbot)
    assert window.hall.signin_kiosk is None
    with services.db.reading() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("activity.kiosk%"))
                                 .order_by(AuditEntry.position)))
    assert actions == ["activity.kiosk_opened", "activity.kiosk_closed"]

    clerk_window = MainWindow(services, clerk)
    qtbot.addWidget(clerk_window)
    clerk_page = clerk_window.show_area("signin")
    settle(qtbot)
    assert clerk_page.kiosk_button.isHidden()
    clerk_page.open_kiosk(confirmed=True)  # the service refuses all the same
    settle(qtbot)
    assert clerk_window.hall.signin_kiosk is None and clerk_page.answer.property("kind") == "refused"
