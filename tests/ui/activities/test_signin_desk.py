"""The customer sign-in desk (issue 10, item 3): the scanner types a poster's code and Enter, then the
phone follows; the answer says new, returning or already today with what the customer can do now; bad
input says why and records nothing; two quick scans of the same customer sign in once."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from branchdesk.services.activities.codes import new_code
from branchdesk.services.activities.plans import ActionInput
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.store.models import ActivityFollowUp, ActivitySignIn, AuditEntry, Customer
from branchdesk.ui.activities.signin_words import answer_label, step_label
from branchdesk.ui.main_window import MainWindow
from tests.activities.conftest import plan
from tests.ui.lanes import off_gui, record_threads, settle
from tests.ui.texts import error, ui


@pytest.fixture
def manager(services, admin):
    info = services.staff.create(admin, NewStaff("liqiang", "李强", Role.DUTY_MANAGER, "2468"))
    return services.staff.sign_in(info.username, "2468")


@pytest.fixture
def running(services, manager):
    """A running activity with a poster and a flyer; returns (activity, gate, flyer)."""
    acts = services.activities
    activity = acts.plans.start(manager, acts.plans.create(manager, plan(services.branch.today())).id)
    gate = acts.channels.add(manager, activity.id, "集市入口海报", "poster", "集市东口", 2)
    flyer = acts.channels.add(manager, activity.id, "赶集折页", "flyer", "摊位派发", 500)
    return activity, gate, flyer


def desk(services, actor, qtbot):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("signin")
    settle(qtbot)
    return window, page


def scan(page, qtbot, text: str, wait: bool = True) -> None:
    """What a keyboard-wedge scanner does: types the characters into the focused field, then Enter."""
    qtbot.keyClicks(page.field, text)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    if wait:
        settle(qtbot)


def signins(services) -> list[ActivitySignIn]:
    with services.db.reading() as s:
        rows = list(s.scalars(select(ActivitySignIn).order_by(ActivitySignIn.at)))
        s.expunge_all()
    return rows


def test_a_poster_then_a_phone_signs_a_new_customer_in_with_the_poster(services, clerk, running, qtbot,
                                                                        monkeypatch):
    activity, gate, _flyer = running
    calls = record_threads(monkeypatch, services.activities.signins, "sign_in")
    _, page = desk(services, clerk, qtbot)
    assert not page.field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)  # an IME would eat the scan
    assert page.chooser.currentData() == activity.id
    assert page.kiosk_button.isHidden()  # a clerk does not open the kiosk

    scan(page, qtbot, gate.code)
    assert off_gui(calls)
    assert page.answer.property("kind") == "channel" and signins(services) == []
    assert gate.name in page.channel_line.text()

    scan(page, qtbot, "138 1234 5678")
    assert page.answer.property("kind") == "new"
    assert page.answer.text() == answer_label("new")
    assert "138****5678" in page.detail.text() and gate.name in page.detail.text()
    advice = [page.advice.item(i).text() for i in range(page.advice.count())]
    assert advice == [f"• {step_label(s)}" for s in ("experience", "consultation", "gift")] + \
        [f"▲ {step_label('consent')}"]  # asking for consent stands out
    [row] = signins(services)
    assert row.channel_id == gate.id and row.source == "scan" and row.new_customer
    assert page.channel is None  # the poster counts once: the next customer starts afresh
    assert page.recent.rowCount() == 1 and page.recent.item(0, 1).text() == "138****5678"
    assert page.totals.text() == ui("SignInPage", "Sign-ins: {total}, new customers: {new}", total=1, new=1)

    # Asked at the desk, the customer agrees to be called: recorded, audited, and the call planned.
    page.agree_button.click()
    settle(qtbot)
    assert page.agree_button.isHidden()
    with services.db.reading() as s:
        assert s.scalar(select(Customer.consent).where(Customer.phone == "13812345678"))
        assert s.scalar(select(func.count()).select_from(ActivityFollowUp)) == 1
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "customer.consent"))


def test_two_quick_scans_of_the_same_customer_sign_in_once(services, clerk, running, qtbot):
    _activity, _gate, flyer = running
    _, page = desk(services, clerk, qtbot)
    scan(page, qtbot, flyer.code)
    scan(page, qtbot, "13900001111", wait=False)
    scan(page, qtbot, "13900001111", wait=False)  # the second arrives while the first is on its way
    settle(qtbot)
    assert len(signins(services)) == 1
    assert page.answer.property("kind") == "already" and page.answer.text() == answer_label("already")
    assert [page.advice.item(i).text() for i in range(page.advice.count())] == [  # no second arrival gift
        "• " + ui("SignInPage", "Signed in already today: no second arrival gift; they may go on to the "
                                "experience zone or the consultation desk.")]

    # Full-width digits from an input method and a returning customer on another day.
    services.clock.advance(days=1)
    page.field.insert("１３９００００１１１１")  # as the IME commits it (QTest types Latin-1 only)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.answer.property("kind") == "returning" and len(signins(services)) == 2
    assert ui("SignInPage", "visits so far: {n}", n=2) in page.detail.text()


def test_bad_input_says_why_and_records_nothing(services, clerk, manager, running, qtbot):
    activity, gate, _flyer = running
    acts = services.activities
    other = acts.plans.start(manager, acts.plans.create(manager, plan(services.branch.today(), name="储蓄宣传周")).id)
    other_poster = acts.channels.add(manager, other.id, "银行门口", "poster", "", 1)
    old = acts.plans.start(manager, acts.plans.create(manager, plan(services.branch.today(), name="去年集邮展")).id)
    old_poster = acts.channels.add(manager, old.id, "旧海报", "poster", "", 1)
    today = services.branch.today()
    acts.plans.write_review(manager, old.id, "人手不足", "提前排班",
                            [ActionInput(f"措施{i}", manager.staff_id, today) for i in range(3)])
    acts.plans.close(manager, old.id)
    _, page = desk(services, clerk, qtbot)
    page.chooser.setCurrentIndex(page.chooser.findData(activity.id))
    page._chose(page.chooser.currentIndex())
    settle(qtbot)
    mistyped = gate.code[:-1] + str((int(gate.code[-1]) + 1) % 10)
    cases = [
        ("hello world", error("signin.unreadable")),
        (other_poster.code, error("signin.other_activity", name="储蓄宣传周")),
        (gate.code[:6], error("signin.truncated", n=6)),
        (old_poster.code, error("signin.closed_code", name="去年集邮展")),
        ("12345678901", error("signin.unreadable")),
        (mistyped, error("signin.mistyped", code=mistyped)),
        (new_code(), None),  # a well-formed code on no poster of this branch
    ]
    for text, message in cases:
        scan(page, qtbot, text)
        assert page.answer.property("kind") == "refused", text
        if message is not None:
            assert page.answer.text() == message, text
        assert page.field.text() == ""
    assert signins(services) == []
    with services.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_without_a_running_activity_the_desk_says_where_to_start_one(services, clerk, qtbot):
    _, page = desk(services, clerk, qtbot)
    assert not page.field.isEnabled()
    assert page.answer.text() == ui("SignInPage", "No activity is running: start one on the activities page.")


def test_the_field_takes_the_focus_back_after_a_click(services, clerk, running, qtbot):
    window, page = desk(services, clerk, qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: page.field.hasFocus())
    page.recent.setFocus()  # a click elsewhere on the page
    scan(page, qtbot, "13700002222")
    assert page.field.hasFocus()  # the next scan lands in the field
