"""The county office's page: sign-in required, the branches with their sync, a day of queue figures
built at HQ from what the branch synced."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from argon2 import PasswordHasher

from branchdesk.hq import registry, users
from branchdesk.sync.engine import BranchSync

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def county_user(hq_db, hq_clock):
    users.add(hq_db, "wang", "王科长", "correct horse", hq_clock(), CHEAP)
    return "wang", "correct horse"


@pytest.fixture
def browsers():
    opened: list[httpx.Client] = []
    yield opened
    for browser in opened:
        browser.close()


def signed_in(hq_server, user, browsers) -> httpx.Client:
    browser = httpx.Client(base_url=hq_server.url, follow_redirects=True)
    browsers.append(browser)
    reply = browser.post("/login", data={"username": user[0], "password": user[1]})
    assert reply.status_code == 200 and "各网点同步情况" in reply.text
    return browser


def test_every_page_wants_a_signed_in_county_user(hq_server, county_user, hq_db, browsers):
    anonymous = httpx.Client(base_url=hq_server.url, follow_redirects=False)
    browsers.append(anonymous)
    for path in ("/", "/branch/QS-001"):
        reply = anonymous.get(path)
        assert reply.status_code == 303 and reply.headers["location"] == "/login"
    wrong = anonymous.post("/login", data={"username": "wang", "password": "wrong horse"})
    assert wrong.status_code == 401 and "用户名或密码不对" in wrong.text and "Wrong username" in wrong.text
    users.disable(hq_db, "wang")
    assert anonymous.post("/login", data={"username": "wang", "password": "correct horse"}).status_code == 401


def test_signing_out_ends_the_session(hq_server, county_user, browsers):
    browser = signed_in(hq_server, county_user, browsers)
    assert browser.post("/logout").url.path == "/login"
    assert browser.get("/").url.path == "/login"


def test_the_branch_list_shows_contact_pending_and_clock_offset(hq_server, county_user, hq_db, hq_clock, browsers):
    registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    from branchdesk.hq.models import BranchState

    with hq_db.transaction() as s:
        state = s.get(BranchState, 1)
        state.known_through, state.held_through, state.clock_offset_s = 120, 100, -420.0
        state.last_contact = dt.datetime(2026, 11, 30, 1, 0, tzinfo=dt.timezone.utc)
    page = signed_in(hq_server, county_user, browsers).get("/").text
    assert "青山镇邮政支局" in page and "2026-11-30 09:00" in page  # Beijing time
    assert '<span class="warn">20</span>' in page and '<span class="warn">-7 分钟 min</span>' in page


def test_a_branch_day_is_built_from_its_synced_tickets(hq_server, county_user, hq_db, hq_clock, services, admin,
                                                       clerk, browsers):
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    for _ in range(3):
        services.queue.issue("mail")
    services.queue.open_window(clerk, 1)
    services.queue.call_next(clerk, 1)
    services.queue.start(clerk, 1)
    services.queue.finish(clerk, 1)
    sync = BranchSync(services.db, lambda: dt.datetime.now(dt.timezone.utc))
    sync.enrol(hq_server.url, "QS-001", made.code)
    sync.run_once()
    day = services.branch.today().isoformat()
    page = signed_in(hq_server, county_user, browsers).get(f"/branch/QS-001?day={day}").text
    assert "青山镇邮政支局（QS-001）" in page
    total = page[page.index("合计 Total"):]
    cells = [c.split("</td>")[0] for c in total.split('<td class="num">')[1:5]]
    assert cells[:3] == ["3", "1", "0"]
    empty = signed_in(hq_server, county_user, browsers).get("/branch/QS-001?day=2020-01-01").text
    assert "这一天没有收到该网点的排队数据" in empty


def test_a_clock_offset_under_half_a_minute_reads_as_zero_not_minus_zero():
    from branchdesk.hq.pages import _minutes

    assert (_minutes(-10), _minutes(29), _minutes(-420), _minutes(600)) == (
        "0 分钟 min", "0 分钟 min", "-7 分钟 min", "+10 分钟 min")


def test_a_disabled_account_is_signed_out_at_once(hq_server, county_user, hq_db, browsers):
    browser = signed_in(hq_server, county_user, browsers)
    users.disable(hq_db, "wang")
    assert browser.get("/").url.path == "/login"
