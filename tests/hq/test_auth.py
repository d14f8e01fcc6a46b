"""Enrolment and who may call (docs/sync-protocol.md §4, §5.2): refused, and logged at HQ."""

from __future__ import annotations

import dataclasses
import datetime as dt

import httpx
import pytest
from sqlalchemy import select

from branchdesk.hq import registry
from branchdesk.hq.models import Refusal
from branchdesk.sync import protocol
from branchdesk.sync.http import HQClient, ReplyLost
from branchdesk.sync.protocol import KeyPair, ProtocolError

from tests.hq.test_push import rows


def refusals(hq_db) -> list[tuple[str, str | None]]:
    with hq_db.transaction() as s:
        return [(r.code, r.branch) for r in s.scalars(select(Refusal).order_by(Refusal.id))]


def test_a_code_enrols_once(hq, hq_db, hq_clock):
    made = registry.add_branch(hq_db, "c01", "城关邮政所", hq_clock())
    assert made.branch == "C01"
    keys = KeyPair.generate()
    typed = made.code.lower()[:10] + "-" + made.code[10:]  # as a person might type it
    enrolment = hq.enrol("c01", typed, keys, None)
    assert (enrolment.branch, enrolment.branch_name) == ("C01", "城关邮政所")
    with pytest.raises(ProtocolError) as used:
        hq.enrol("C01", made.code, KeyPair.generate(), None)
    assert used.value.code == "enrolment_code_used"
    assert refusals(hq_db) == [("enrolment_code_used", None)]


def test_an_expired_or_unknown_code_or_bad_key_enrols_nothing(hq, hq_db, hq_clock):
    made = registry.add_branch(hq_db, "C01", "城关邮政所", hq_clock())
    other = registry.add_branch(hq_db, "C02", "河口邮政所", hq_clock())
    with pytest.raises(ProtocolError) as wrong_branch:
        hq.enrol("C01", other.code, KeyPair.generate(), None)
    assert wrong_branch.value.code == "unknown_credential"
    hq_clock.now += registry.ENROLMENT_VALID + dt.timedelta(seconds=1)
    with pytest.raises(ProtocolError) as expired:
        hq.enrol("C01", made.code, KeyPair.generate(), None)
    assert expired.value.code == "enrolment_code_expired"
    assert not any(b.enrolled for b in registry.branches(hq_db))


def test_the_branch_refuses_an_enrolment_reply_from_another_hq(hq, hq_db, hq_clock):
    made = registry.add_branch(hq_db, "C01", "城关邮政所", hq_clock())
    with pytest.raises(ReplyLost):
        hq.enrol("C01", made.code, KeyPair.generate(), expected_key_id="0123456789abcdef")


def test_requests_without_the_right_credential_are_refused_and_logged(branch_a, branch_b, hq, hq_db):
    naked = httpx.post(hq.url + "/v1/push", content=b"{}")
    assert naked.status_code == 426  # no protocol header at all
    anonymous = httpx.post(hq.url + "/v1/push", content=b"{}", headers={"BD-Protocol": "1"})
    assert anonymous.json()["error"]["code"] == "unknown_credential"

    as_b = dataclasses.replace(branch_a.me, branch=branch_b.me.branch)  # A's credential, claiming to be B
    with pytest.raises(ProtocolError) as wrong:
        hq.push(as_b, 1, rows(1, 1), 1)
    assert wrong.value.code == "wrong_branch"

    forged = dataclasses.replace(branch_a.me, keys=KeyPair.generate())  # A's credential, someone else's key
    with pytest.raises(ProtocolError) as bad:
        hq.push(forged, 2, rows(1, 1), 1)
    assert bad.value.code == "bad_signature"
    assert refusals(hq_db)[-4:] == [("protocol_unsupported", None), ("unknown_credential", None),
                                     ("wrong_branch", "B02"), ("bad_signature", "A01")]
    assert [b.held_through for b in registry.branches(hq_db)] == [0, 0]


def test_a_replayed_request_is_refused_even_when_first_sent_unchanged(branch_a, hq, hq_db):
    captured: list[httpx.Request] = []

    def record(request: httpx.Request) -> None:
        captured.append(request)

    spy = HQClient(hq.url, client=httpx.Client(event_hooks={"request": [record]}))
    spy.push(branch_a.me, 5, rows(1, 2), 2)
    original = captured[0]
    replay = httpx.post(str(original.url), content=original.content, headers=dict(original.headers))
    assert replay.status_code == 409 and replay.json()["error"] == {
        "code": "replayed", "message": "this request number was used before", "last_request": 5}
    with pytest.raises(ProtocolError) as lower:
        spy.push(branch_a.me, 4, rows(1, 2), 2)  # a number below the last one used
    assert lower.value.details["last_request"] == 5
    assert [code for code, _ in refusals(hq_db)] == ["replayed", "replayed"]
    spy.close()


def test_an_altered_body_does_not_pass_for_the_signed_one(branch_a, hq, hq_db):
    captured: list[httpx.Request] = []
    spy = HQClient(hq.url, client=httpx.Client(event_hooks={"request": [captured.append]}))
    with pytest.raises(ProtocolError):
        spy.push(dataclasses.replace(branch_a.me, keys=KeyPair.generate()), 1, rows(1, 1), 1)
    headers = dict(captured[0].headers)
    body = protocol.canonical({"rows": [r.to_json() for r in rows(1, 3)], "first_seq": 1, "last_seq": 3,
                               "log_end": 3})
    signed = protocol.request_signing_bytes("POST", "/v1/push", "A01", branch_a.me.credential, 9,
                                            headers["bd-sent-at"], b"{}")
    headers.update({"bd-request": "9", "bd-signature": branch_a.me.keys.sign(signed), "content-length": str(len(body))})
    altered = httpx.post(hq.url + "/v1/push", content=body, headers=headers)
    assert altered.json()["error"]["code"] == "bad_signature"
    spy.close()


def test_a_revoked_credential_is_refused(branch_a, hq, hq_db, hq_clock):
    assert registry.revoke(hq_db, "a01", hq_clock()) == 1
    with pytest.raises(ProtocolError) as revoked:
        branch_a.push(rows(1, 1))
    assert revoked.value.code == "revoked"
    assert refusals(hq_db)[-1] == ("revoked", "A01")


def test_a_reply_altered_on_the_way_is_treated_as_lost(branch_a, hq):
    def tamper(response: httpx.Response) -> None:
        response.read()
        response._content = response.content.replace(b'"held_through":1', b'"held_through":9')

    tampering = HQClient(hq.url, client=httpx.Client(event_hooks={"response": [tamper]}))
    with pytest.raises(ReplyLost):
        tampering.push(branch_a.me, 50, rows(1, 1), 1)
    assert branch_a.hq.state(branch_a.me, 51)["held_through"] == 1  # it was applied; only the reply was spoilt
    tampering.close()


def test_health_tells_the_time_and_the_clock_offset(hq, hq_app, hq_clock):
    hq_clock.now = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=24)  # a branch clock a day behind
    health = hq.health(hq_app.state.keys.public())
    assert health.hq_key_id == hq_app.state.keys.key_id()
    assert abs(health.offset_s - 86400) < 60


def test_hq_keeps_the_clock_offset_it_saw(branch_a, hq_db, hq_clock):
    hq_clock.now = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=7)
    branch_a.push(rows(1, 1))
    summary = registry.branches(hq_db)[0]
    assert summary.last_contact == hq_clock.now and 400 < summary.clock_offset_s < 440
