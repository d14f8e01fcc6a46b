"""Invitations (issue 10, item 6): the list by segment, last visit and consent; who was invited and how;
the call sheet as PDF and .xlsx with phones masked unless the viewer calls customers (then audited)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pypdfium2 as pdfium
import pytest
from sqlalchemy import func, select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.printing.call_sheet import call_sheet_pdf
from branchdesk.printing.call_sheet_xlsx import call_sheet_xlsx
from branchdesk.services.activities.invitations import CONSENT_ANY, InviteFilter
from branchdesk.services.activities.plans import EventDay
from branchdesk.store.models import ActivityInvitation, AuditEntry

from tests.activities.conftest import plan
from tests.conftest import MORNING, SHANGHAI

OLD_DAY = dt.date(2026, 9, 10)
PHONES = {"A": "13800000001", "B": "13800000002", "C": "13800000003", "D": "13800000004"}
FULL_NUMBER = re.compile(r"1[3-9]\d{9}")


@pytest.fixture
def crowd(services, manager, clerk, running, clock):
    """A, B, C came to an activity in September (C did not agree to be contacted); D came yesterday to the
    running one. Returns (running activity, {letter: customer id})."""
    acts = services.activities
    clock.at = dt.datetime.combine(OLD_DAY, dt.time(10), tzinfo=SHANGHAI)
    old = acts.plans.create(manager, plan(OLD_DAY, name="中秋寄福", days=(EventDay(OLD_DAY),)))
    acts.plans.start(manager, old.id)
    ids = {}
    for letter, segment, consent in (("A", "farmers", True), ("B", "elderly", True), ("C", "farmers", False)):
        done = acts.signins.sign_in(clerk, old.id, PHONES[letter], consent=consent)
        acts.customers.set_details(manager, done.customer.id, f"客户{letter}", segment)
        ids[letter] = done.customer.id
    clock.at = MORNING - dt.timedelta(hours=20)  # yesterday, an event day of the running activity
    activity, _ = running
    done = acts.signins.sign_in(clerk, activity.id, PHONES["D"], consent=True)
    acts.customers.set_details(manager, done.customer.id, "客户D", "farmers")
    ids["D"] = done.customer.id
    clock.at = MORNING
    return activity, ids


def names(found) -> list[str]:
    return [c.name for c in found]


def test_the_list_by_segment_last_visit_and_consent(services, crowd):
    activity, _ = crowd
    listed = services.activities.invitations.candidates
    assert names(listed(activity.id, InviteFilter(segments=("farmers",)))) == ["客户A", "客户D"]  # longest unseen first
    assert names(listed(activity.id, InviteFilter(segments=("farmers",), consent=CONSENT_ANY))) == \
        ["客户A", "客户C", "客户D"]
    assert names(listed(activity.id, InviteFilter(not_visited_since=dt.date(2026, 11, 1)))) == ["客户A", "客户B"]
    assert names(listed(activity.id, InviteFilter(visited_since=dt.date(2026, 11, 1)))) == ["客户D"]
    found = listed(activity.id, InviteFilter(segments=("elderly",)))
    assert [(c.phone_masked, c.visits, c.last_visit.astimezone(SHANGHAI).date()) for c in found] == \
        [("138****0002", 1, OLD_DAY)]
    with pytest.raises(UserError) as caught:
        listed(activity.id, InviteFilter(visited_since=dt.date(2026, 11, 1), not_visited_since=dt.date(2026, 10, 1)))
    assert caught.value.code == "invitation.bad_visits"


def test_who_was_invited_and_how_is_recorded_and_marked_on_the_list(services, crowd, clerk, manager):
    activity, ids = crowd
    invitations = services.activities.invitations
    with pytest.raises(PermissionDenied):
        invitations.record(clerk, activity.id, [ids["A"]], "phone")
    with pytest.raises(UserError) as caught:  # C did not agree to be contacted: not by phone
        invitations.record(manager, activity.id, [ids["A"], ids["C"]], "phone")
    assert caught.value.code == "invitation.no_consent" and caught.value.params == {"phone": "138****0003"}
    with services.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(ActivityInvitation)) == 0  # not even A's
    assert invitations.record(manager, activity.id, [ids["A"], ids["B"]], "phone", "问候后邀请") == 2
    assert invitations.record(manager, activity.id, [ids["C"]], "in_person") == 1
    found = {c.name: c for c in invitations.candidates(activity.id, InviteFilter(consent=CONSENT_ANY))}
    assert (found["客户A"].invited_how, found["客户C"].invited_how, found["客户D"].invited_how) == \
        (("phone",), ("in_person",), ())
    assert names(invitations.candidates(activity.id, InviteFilter(include_invited=False))) == ["客户D"]


def pdf_text(data: bytes) -> str:
    return "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(data))


def xlsx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def audits(services, action: str) -> list[AuditEntry]:
    with services.db.reading() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_a_clerks_call_sheet_is_masked_everywhere_and_reveals_nothing(services, crowd, clerk):
    activity, _ = crowd
    sheet = services.activities.invitations.call_sheet(clerk, activity.id, InviteFilter(consent=CONSENT_ANY), "全部")
    assert not sheet.full_numbers and [line.phone for line in sheet.lines] == \
        ["138****0001", "138****0002", "138****0003", "138****0004"]
    pdf, xlsx_zh, xlsx_en = call_sheet_pdf(sheet), call_sheet_xlsx(sheet), call_sheet_xlsx(sheet, "en")
    for text in (pdf_text(pdf), xlsx_text(xlsx_zh), xlsx_text(xlsx_en)):
        assert "138****0001" in text and not FULL_NUMBER.search(text)
    assert "活动邀约名单" in pdf_text(pdf) and "客户A" in pdf_text(pdf)
    assert audits(services, "customer.phone_revealed") == []


def test_a_callers_sheet_has_the_whole_numbers_of_consenting_customers_and_is_audited(services, crowd, manager):
    activity, ids = crowd
    sheet = services.activities.invitations.call_sheet(manager, activity.id, InviteFilter(consent=CONSENT_ANY), "全部")
    phones = {line.name: line.phone for line in sheet.lines}
    assert phones == {"客户A": PHONES["A"], "客户B": PHONES["B"], "客户C": "138****0003", "客户D": PHONES["D"]}
    assert sheet.full_numbers
    for text in (pdf_text(call_sheet_pdf(sheet)), xlsx_text(call_sheet_xlsx(sheet))):
        assert PHONES["A"] in text and PHONES["C"] not in text and "138****0003" in text
    (entry,) = audits(services, "customer.phone_revealed")
    assert entry.actor_staff_id == manager.staff_id
    assert f'"{ids["A"]}"' in entry.detail and f'"{ids["C"]}"' not in entry.detail


def test_an_empty_list_prints_a_sheet_that_says_so(services, crowd, clerk):
    activity, _ = crowd
    sheet = services.activities.invitations.call_sheet(clerk, activity.id, InviteFilter(segments=("students",)),
                                                       "学生")
    assert sheet.lines == ()
    assert "没有符合条件的客户" in pdf_text(call_sheet_pdf(sheet))
