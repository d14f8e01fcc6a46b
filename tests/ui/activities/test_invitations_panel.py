"""The invitations panel (issue 10, item 6): the filter, marking the chosen as invited, and the call sheet
saved as a file on the printing lane, masked for a clerk."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from branchdesk.ui.activities.invitations import InvitationsPanel
from tests.ui.lanes import off_gui, record_threads, settle
from tests.ui.texts import ui


def signed_in(services, clerk, activity, phones) -> None:
    for phone in phones:
        services.activities.signins.sign_in(clerk, activity.id, phone, consent=phone.endswith("1"))


def open_panel(services, actor, activity, qtbot) -> InvitationsPanel:
    panel = InvitationsPanel(services, actor)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_activity(activity.id)
    settle(qtbot)
    return panel


def test_a_caller_marks_the_chosen_as_invited(services, clerk, manager, running, qtbot):
    activity, _ = running
    signed_in(services, clerk, activity, ["13800000001", "13800000002", "13800000011"])
    panel = open_panel(services, manager, activity, qtbot)
    assert panel.table.rowCount() == 2  # the one who did not agree to be contacted is left out
    panel.consent.setCurrentIndex(panel.consent.findData("any"))
    panel.refresh()
    settle(qtbot)
    assert panel.table.rowCount() == 3
    panel.consent.setCurrentIndex(panel.consent.findData("given"))
    panel.refresh()
    settle(qtbot)
    panel.table.selectAll()
    panel.how.setCurrentIndex(panel.how.findData("sms"))
    panel.invite_button.click()
    settle(qtbot)
    assert panel.message.text() == ui("InvitationsPanel", "{n} invitations recorded.", n=2)
    assert {panel.table.item(r, 6).text() for r in range(2)} == {ui("Invitations", "SMS")}


def test_a_clerks_call_sheet_is_written_off_the_gui_thread_and_masked(services, clerk, running, qtbot, tmp_path,
                                                                      monkeypatch):
    activity, _ = running
    signed_in(services, clerk, activity, ["13800000001", "13800000021"])
    threads = record_threads(monkeypatch, services.activities.invitations, "call_sheet")
    panel = open_panel(services, clerk, activity, qtbot)
    assert panel.inviting.isHidden() and not panel.masked_note.isHidden()
    target = tmp_path / "名单.pdf"
    panel.export_to(target)
    settle(qtbot)
    settle(qtbot)
    text = "".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(target.read_bytes()))
    assert "138****0001" in text and "138****0021" in text
    assert not re.search(r"1[3-9]\d{9}", text)
    assert off_gui(threads)
