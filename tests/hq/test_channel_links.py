"""The short link on a poster (issue 10, item 2): HQ's /c/CODE shows a customer's phone the activity the
branch pushed, and a plain page for a code it does not know."""

from __future__ import annotations

import httpx

from branchdesk.services.activities import codes
from tests.activities.conftest import plan


def test_a_posters_short_link_opens_the_activity_the_branch_pushed(services, admin, hq_db, hq_clock, hq_server):
    from branchdesk.hq import registry
    from branchdesk.services.roles import Role
    from branchdesk.services.staff import NewStaff

    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    services.sync.engine.enrol(hq_server.url, "QS-001", made.code)
    services.staff.create(admin, NewStaff("liqiang", "李强", Role.DUTY_MANAGER, "2468"))
    manager = services.staff.sign_in("liqiang", "2468")
    from zoneinfo import ZoneInfo

    today = hq_clock().astimezone(ZoneInfo("Asia/Shanghai")).date()  # HQ's day: the page says whether it ended
    acts = services.activities
    activity = acts.plans.start(manager, acts.plans.create(manager, plan(today)).id)
    gate = acts.channels.add(manager, activity.id, "集市入口海报", "poster", "集市东口", 2)
    link = codes.qr_payload(gate.code, hq_server.url)
    services.sync.sync_now()  # the channel, its activity and days reach HQ
    page = httpx.get(link, timeout=10)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "金秋集市日" in page.text and "邮政进集市" in page.text and "扫码签到领好礼" in page.text
    assert f"{today.month}月{today.day}日" in page.text and "已结束" not in page.text
    assert "青山镇邮政支局" in page.text  # the branch, as the county registered it
    # The same link upper-cased, as a scanner with Caps Lock types it, is still the channel at the branch.
    assert codes.read_scan(link.upper()).value == gate.code


def test_an_unknown_or_malformed_code_gets_a_plain_page(hq_server, hq_db):
    for code in ("2345678901", "12345", "abcdefghij", "2345678901%27%20OR%201=1"):
        page = httpx.get(f"{hq_server.url}/c/{code}", timeout=10)
        assert page.status_code == 404 and "找不到这个活动" in page.text
