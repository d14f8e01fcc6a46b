"""SyncService: who may enrol and move bundles, what is audited, announcements per person, the bundle day."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.hq import registry
from branchdesk.hq.bundles import import_bundle
from branchdesk.store.models import AuditEntry

from tests.hq.test_branch_sync import some_work


@pytest.fixture
def enrolled(services, admin, hq_db, hq_clock, hq_server):
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    services.sync.enrol(admin, hq_server.url, made.code)
    return services


def actions(services) -> list[str]:
    with services.db.reading() as s:
        return [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.position))]


def test_only_the_head_or_an_administrator_enrols_and_it_is_audited(services, admin, clerk, hq_db, hq_clock,
                                                                    hq_server):
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    with pytest.raises(PermissionDenied):
        services.sync.enrol(clerk, hq_server.url, made.code)
    assert not services.sync.enrolled()
    seen: list[frozenset[str]] = []
    services.events.subscribe(seen.append)
    services.sync.enrol(admin, hq_server.url, made.code)
    assert services.sync.enrolled() and "sync.enrolled" in actions(services)
    assert any("sync" in areas for areas in seen)


def test_the_weekly_bundle_goes_out_with_its_report_and_comes_back_acknowledged(enrolled, admin, clerk, hq_db,
                                                                               hq_clock, tmp_path):
    services = enrolled
    services.sync.week_report_files = lambda first, last: {"report.pdf": f"{first}..{last}".encode()}
    some_work(services)
    with pytest.raises(PermissionDenied):
        services.sync.export_week(clerk, tmp_path)
    made = services.sync.export_week(admin, tmp_path)
    first, last = services.sync.week()
    assert (last - first).days == 6 and first.weekday() == 0 and last < services.branch.today()
    done = import_bundle(hq_db, made.path, None, hq_clock())
    assert services.sync.import_ack(admin, done.ack) == made.last_seq
    assert actions(services)[-2:] == ["sync.bundle_exported", "sync.ack_imported"]
    status = services.sync.status()  # what waits now is only those two audit lines, for the next bundle
    assert (status.acknowledged, status.waiting) == (made.last_seq, 2)


def test_announcements_show_to_each_person_until_they_read_them(enrolled, admin, clerk, hq_db, hq_clock):
    services = enrolled
    registry.announce(hq_db, "春节营业安排", "除夕 14:00 闭所。", None, hq_clock())
    services.sync.sync_now()
    assert [a.title for a in services.sync.announcements(clerk)] == ["春节营业安排"]
    notice = services.sync.announcements(clerk)[0]
    services.sync.mark_read(clerk, notice.id)
    services.sync.mark_read(clerk, notice.id)  # twice: still one mark
    assert services.sync.announcements(clerk) == []
    assert [a.id for a in services.sync.announcements(admin)] == [notice.id]
    with pytest.raises(UserError):
        services.sync.mark_read(clerk, "no-such-id")


def test_the_bundle_is_due_on_the_branch_day_when_changes_wait(enrolled, admin, clerk, clock, tmp_path):
    services = enrolled
    today = services.branch.today().weekday()
    with pytest.raises(PermissionDenied):
        services.sync.set_reminder_weekday(clerk, today)
    with pytest.raises(UserError):
        services.sync.set_reminder_weekday(admin, 7)
    services.sync.set_reminder_weekday(admin, (today + 1) % 7)
    some_work(services)
    assert not services.sync.bundle_due()
    services.sync.set_reminder_weekday(admin, today)
    assert services.sync.bundle_due()
    services.sync.export_week(admin, tmp_path)
    assert not services.sync.bundle_due()  # made today
    clock.advance(days=7)
    some_work(services)
    assert services.sync.bundle_due()  # the same day next week
