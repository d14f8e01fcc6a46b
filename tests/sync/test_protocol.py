"""The pure half of sync protocol v1 (docs/sync-protocol.md): wire rows, batches, signatures, codes."""

from __future__ import annotations

import dataclasses
import json
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from branchdesk.sync import protocol
from branchdesk.sync.protocol import EnrolmentTicket, KeyPair, ProtocolError, WireRow


def logged_rows(db) -> list[dict]:
    with db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text("SELECT * FROM change_log ORDER BY seq"))]


def a_row(seq: int = 1, txid: str = "t1", **changes) -> WireRow:
    row = WireRow(seq=seq, txid=txid, origin="local", schema_rev="0005", payload_format=2, entity="ticket",
                  entity_id=f"id{seq}", op="insert", payload={"code": "A001", "名": "值"},
                  changed_at="2026-11-30T01:02:03.000004Z")
    return dataclasses.replace(row, **changes)


def test_canonical_json_is_one_byte_form():
    assert protocol.canonical({"b": 1, "a": "邮"}) == '{"a":"邮","b":1}'.encode()


def test_a_logged_change_row_goes_on_the_wire_and_comes_back_the_same(services, admin):
    services.queue.issue("mail")
    rows = logged_rows(services.db)
    assert rows
    for logged in rows:
        wire = WireRow.from_log(logged)
        assert wire.payload == json.loads(logged["payload"])
        assert wire.changed_at.endswith("Z") and "T" in wire.changed_at
        received = WireRow.from_json(json.loads(protocol.canonical(wire.to_json())))
        assert received == wire and received.digest() == wire.digest()


def test_a_row_from_hq_travels_as_a_stub():
    logged = {"seq": 7, "txid": "t", "origin": "hq", "schema_rev": "0005", "payload_format": 2,
              "entity": "announcement", "entity_id": "x", "op": "insert", "payload": '{"secret": 1}',
              "changed_at": "2026-11-30 01:02:03.000004"}
    wire = WireRow.from_log(logged)
    assert wire.payload is None
    assert WireRow.from_json(wire.to_json()) == wire


@given(st.sampled_from(sorted(protocol._FIELDS)))
def test_changing_any_field_changes_the_row_hash(field):
    row = a_row()
    other = {"seq": 2, "txid": "t2", "origin": "hq", "schema_rev": "0004", "payload_format": 1,
             "entity": "staff", "entity_id": "id9", "op": "delete", "payload": {"code": "A002"},
             "changed_at": "2026-11-30T01:02:03.000005Z"}[field]
    assert dataclasses.replace(row, **{field: other}).digest() != row.digest()


@pytest.mark.parametrize("change", [
    {"seq": 0}, {"seq": True}, {"seq": "3"}, {"origin": "elsewhere"}, {"op": "upsert"},
    {"payload_format": 3}, {"payload": None}, {"changed_at": "2026-11-30 01:02:03"}, {"entity": None},
    {"origin": "hq"},  # a row from HQ with its payload
])
def test_a_malformed_row_is_a_bad_request(change):
    value = {**a_row().to_json(), **change}
    with pytest.raises(ProtocolError) as caught:
        WireRow.from_json(value)
    assert caught.value.code == "bad_request" and caught.value.status == 400


def test_a_row_with_a_missing_or_extra_field_is_a_bad_request():
    value = a_row().to_json()
    for broken in ({k: v for k, v in value.items() if k != "txid"}, {**value, "extra": 1}, [value]):
        with pytest.raises(ProtocolError):
            WireRow.from_json(broken)


transactions = st.lists(st.tuples(st.integers(1, 7), st.booleans()), min_size=1, max_size=30)


@given(transactions, st.integers(1, 12))
def test_batches_hold_whole_transactions_in_order_and_keep_to_the_limit(shape, max_rows):
    rows, seq = [], 1
    for number, (size, legacy) in enumerate(shape):
        for _ in range(size):
            rows.append(a_row(seq, txid="" if legacy else f"tx{number}"))
            seq += 1
    batches = list(protocol.cut_batches(rows, max_rows=max_rows))
    assert [r for batch in batches for r in batch] == rows
    starts = {rows[0].seq} | {b.seq for a, b in pairwise(rows) if not b.txid or b.txid != a.txid}
    for batch in batches:
        assert batch[0].seq in starts  # never begins inside a transaction
        whole_transaction = all(r.txid and r.txid == batch[0].txid for r in batch)
        assert len(batch) <= max_rows or whole_transaction


def test_a_batch_closes_before_a_transaction_that_would_pass_the_byte_limit():
    rows = [a_row(1, "a"), a_row(2, "a"), a_row(3, "b")]
    limit = rows[0].size() * 2 + 10
    assert [[r.seq for r in b] for b in protocol.cut_batches(rows, max_bytes=limit)] == [[1, 2], [3]]


def test_rows_that_are_not_consecutive_cannot_be_batched():
    with pytest.raises(ValueError):
        list(protocol.cut_batches([a_row(1, "a"), a_row(3, "a")]))


def test_a_received_batch_must_hold_exactly_what_it_says():
    rows = [a_row(5, "a"), a_row(6, "a"), a_row(7, "b")]
    protocol.check_batch(rows, 5, 7)
    for bad in ((rows, 4, 7), (rows, 5, 8), ([rows[0], rows[2]], 5, 7), ([], 1, 1)):
        with pytest.raises(ProtocolError):
            protocol.check_batch(*bad)


def test_signed_requests_verify_and_any_change_or_other_key_fails():
    keys, other = KeyPair.generate(), KeyPair.generate()
    signed = protocol.request_signing_bytes("post", "/v1/push", "B01", "c1", 7, "2026-11-30T00:00:00.000000Z", b"{}")
    signature = keys.sign(signed)
    protocol.verify(keys.public(), signed, signature)
    altered = protocol.request_signing_bytes("post", "/v1/push", "B01", "c1", 7, "2026-11-30T00:00:00.000000Z",
                                             b'{"rows":[]}')
    for public, data, sig in ((keys.public(), altered, signature), (other.public(), signed, signature),
                              (keys.public(), signed, "not base64!"), (keys.public(), signed, other.sign(signed)),
                              ("AAAA", signed, signature)):
        with pytest.raises(ProtocolError) as caught:
            protocol.verify(public, data, sig)
        assert caught.value.code == "bad_signature"


def test_responses_are_bound_to_the_request_and_status():
    keys = KeyPair.generate()
    signature = keys.sign(protocol.response_signing_bytes("request-signature-A", 200, b"{}"))
    protocol.verify(keys.public(), protocol.response_signing_bytes("request-signature-A", 200, b"{}"), signature)
    for request, status in (("request-signature-B", 200), ("request-signature-A", 409), (None, 200)):
        with pytest.raises(ProtocolError):
            protocol.verify(keys.public(), protocol.response_signing_bytes(request, status, b"{}"), signature)


def test_a_key_pair_survives_its_file_form():
    keys = KeyPair.generate()
    again = KeyPair.from_secret(keys.secret() + "\n")
    assert again.public() == keys.public() and again.key_id() == keys.key_id()
    assert len(keys.key_id()) == 16


def test_enrolment_codes_read_the_same_however_they_are_typed():
    code = protocol.new_enrolment_code()
    assert len(code) == 20 and protocol.normalise_enrolment_code(code) == code
    assert "O" not in protocol.ENROLMENT_ALPHABET and "I" not in protocol.ENROLMENT_ALPHABET
    typed = "-".join([code[:5].lower(), code[5:10], code[10:15], code[15:]])
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in code)
    assert protocol.normalise_enrolment_code(typed) == code
    assert protocol.normalise_enrolment_code(full_width) == code
    assert protocol.normalise_enrolment_code("O" + code[1:]) is None
    assert protocol.normalise_enrolment_code(code[:-1]) is None


def test_the_enrolment_qr_text_survives_a_scanner_with_caps_lock_on():
    ticket = EnrolmentTicket(branch="DJZ01", code=protocol.new_enrolment_code(), hq_key_id=KeyPair.generate().key_id(),
                             url="http://hq.county.example:8800")
    assert EnrolmentTicket.parse(ticket.qr_text()) == ticket
    assert EnrolmentTicket.parse(ticket.qr_text().swapcase()) == ticket
    for bad in ("bdenrol:1:DJZ01", "hello", ticket.qr_text().replace(ticket.code, "short"),
                ticket.qr_text().replace("http://", "ftp://")):
        assert EnrolmentTicket.parse(bad) is None


def test_every_error_code_has_its_status_and_an_unknown_code_is_a_bug():
    error = ProtocolError("gap", "continue from 12", expected_seq=12)
    assert error.status == 409 and error.body() == {"error": {"code": "gap", "message": "continue from 12",
                                                              "expected_seq": 12}}
    with pytest.raises(ValueError):
        ProtocolError("no_such_code", "x")


plain = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1) | st.text(st.characters(exclude_categories=("Cs",))),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(st.characters(exclude_categories=("Cs",)),
                                                                        max_size=6), inner, max_size=4),
    max_leaves=12)


@given(st.text(), st.text(), st.sampled_from(["local", "hq"]), st.dictionaries(st.text(max_size=8), plain,
                                                                               max_size=5), st.integers(1, 2**40))
def test_the_fast_canonical_form_of_a_row_is_the_canonical_form(text, txid, origin, payload, seq):
    row = a_row(seq, txid=txid, entity=text, entity_id=text[::-1], origin=origin,
                payload=None if origin == "hq" else payload)
    assert row.canonical_bytes == protocol.canonical(row.to_json())
    assert row.digest() == protocol.sha256_hex(protocol.canonical(row.to_json()))


@given(plain)
def test_canonical_json_is_the_compact_sorted_utf8_form(value):
    """Without floats, canonical JSON is exactly json.dumps(sort_keys, compact, ensure_ascii=False)."""
    documented = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert protocol.canonical(value) == documented


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_a_float_reads_back_to_the_same_canonical_form(number):
    once = protocol.canonical({"x": number})
    assert protocol.canonical(protocol.parse_json(once)) == once and protocol.parse_json(once)["x"] == number


def test_what_canonical_json_cannot_carry_is_refused():
    with pytest.raises(ValueError):
        protocol.canonical({"x": "\ud800"})  # a lone surrogate
    with pytest.raises(ValueError):
        protocol.parse_json(b'{"x": NaN}')
    row = a_row().to_json()
    for payload in ({"n": 2**64}, {"s": "\ud800"}):  # as Python's json module would read them off the wire
        with pytest.raises(ProtocolError) as refused:
            WireRow.from_json({**row, "payload": payload})
        assert refused.value.code == "bad_request"


@given(st.dictionaries(st.sampled_from(["payload", "payload_format", "a", "z", "名"]) | st.text(max_size=6), plain,
                       max_size=5), st.sampled_from(["local", "hq"]))
def test_a_bundle_line_reads_back_as_the_row_it_was(payload, origin):
    """Read from its canonical line, a row is the same row with the same hash and stored payload, even when its
    payload holds keys named like the row's own."""
    row = a_row(7, payload=None if origin == "hq" else payload, origin=origin)
    again = WireRow.from_line(row.canonical_bytes)
    assert again == row and again.digest() == row.digest()
    assert again.payload_bytes == row.payload_bytes == (None if origin == "hq" else protocol.canonical(payload))
