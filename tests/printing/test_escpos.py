"""ESC/POS ticket bytes, and send_raw to a real loopback printer, a closed port and missing devices."""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading

import pytest

from branchdesk.errors import UserError
from branchdesk.printing import escpos
from branchdesk.printing.escpos import parse_target, qr_code, send_raw, ticket_escpos
from branchdesk.printing.ticket import QueueTicket

GB = "gb18030"


def ticket(**changes) -> QueueTicket:
    fields = dict(
        branch_name="青山镇邮政支局", business_zh="储蓄", business_en="Savings", number="B007",
        issued_at=dt.datetime(2026, 11, 24, 10, 5), people_ahead=4, wait_range=(15, 25),
    )
    fields.update(changes)
    return QueueTicket(**fields)


def qr_store_commands(data: bytes) -> list[bytes]:
    """Every payload stored by GS ( k cn=49 fn=80 m=48, read with its own pL pH length."""
    found, i = [], 0
    while (i := data.find(b"\x1d(k", i)) >= 0:
        length = data[i + 3] + 256 * data[i + 4]
        body = data[i + 5 : i + 5 + length]
        assert len(body) == length
        if body[:3] == b"\x31\x50\x30":
            found.append(body[3:])
        i += 5 + length
    return found


def test_ticket_bytes_initialise_use_chinese_mode_and_end_with_a_cut():
    data = ticket_escpos(ticket())
    assert data.startswith(b"\x1b@")
    assert data.index(b"\x1c&") < data.index("青山镇邮政支局".encode(GB))
    assert data.endswith(b"\x1dV\x01")
    assert b"\x1bd" in data[-8:]  # fed past the cutter before cutting
    assert data.count(b"\x1b@") == 1


def test_chinese_lines_are_gb18030_in_order_and_english_follows():
    data = ticket_escpos(ticket())
    lines = [
        "青山镇邮政支局", "B007", "储蓄", "Savings", "前面约 4 人", "About 4 ahead of you",
        "预计等候 15～25 分钟", "About 15 to 25 min", "请耐心等候，听到叫号请到窗口办理",
        "Please wait for your number to be called", "取号时间 Issued  2026-11-24 10:05",
    ]
    positions = [data.index(line.encode(GB) + b"\n") for line in lines]
    assert positions == sorted(positions)
    assert "储蓄".encode(GB) == b"\xb4\xa2\xd0\xee"  # really GB, not UTF-8
    assert "储蓄".encode("utf-8") not in data


def test_number_is_large_and_bold_then_back_to_normal():
    assert escpos.BOLD_ON + b"\x1d!\x33" + b"B007\n" + escpos.SIZE_NORMAL in ticket_escpos(ticket())
    assert escpos.BOLD_ON + escpos.SIZE_DOUBLE + b"B007\n" + escpos.SIZE_NORMAL in ticket_escpos(
        ticket(), number_scale=2
    )
    with pytest.raises(ValueError):
        ticket_escpos(ticket(), number_scale=9)


def test_qr_store_command_carries_the_exact_payload_with_its_length():
    payload = "https://branchdesk.example.cn/q/QS-001/B007?" + "中" * 100  # > 255 bytes: pH is used
    data = ticket_escpos(ticket(qr_payload=payload))
    stored = qr_store_commands(data)
    assert stored == [payload.encode("utf-8")]
    i = data.index(b"\x1d(k" + (len(payload.encode()) + 3).to_bytes(2, "little") + b"\x31\x50\x30")
    assert data[i + 4] == (len(payload.encode()) + 3) >> 8 > 0
    # model 2, size, level M, store, print — in that order
    order = [b"\x1d(k\x04\x00\x31\x41\x32\x00", b"\x1d(k\x03\x00\x31\x43\x06",
             b"\x1d(k\x03\x00\x31\x45\x31", b"\x31\x50\x30", b"\x1d(k\x03\x00\x31\x51\x30"]
    assert [data.index(part) for part in order] == sorted(data.index(part) for part in order)
    assert "扫码查看排队进度".encode(GB) in data


def test_no_qr_without_payload_and_priority_is_marked():
    data = ticket_escpos(ticket(priority=True))
    assert b"\x1d(k" not in data
    assert "【优先 Priority】".encode(GB) in data


@pytest.mark.parametrize("level,byte", [("L", 48), ("M", 49), ("Q", 50), ("H", 51)])
def test_qr_error_levels(level, byte):
    assert b"\x1d(k\x03\x00\x31\x45" + bytes([byte]) in qr_code("x", level=level)


def test_qr_refuses_what_no_printer_can_print():
    with pytest.raises(ValueError):
        qr_code("x", level="Z")
    with pytest.raises(ValueError):
        qr_code("x", module_size=0)
    with pytest.raises(ValueError):
        qr_code("")
    with pytest.raises(ValueError):
        qr_code("x" * 2332, level="M")
    assert qr_store_commands(qr_code("x" * 2331, level="M")) == [b"x" * 2331]


@pytest.mark.parametrize(
    "target,expected",
    [
        ("192.168.1.50:9100", ("192.168.1.50", 9100)),
        ("tcp://printer.local", ("printer.local", 9100)),
        ("tcp://printer.local:9101", ("printer.local", 9101)),
        ("[::1]:9100", ("::1", 9100)),
        ("/dev/usb/lp0", "/dev/usb/lp0"),
        ("LPT1", "LPT1"),
        (r"C:\spool\ticket.bin", r"C:\spool\ticket.bin"),
        (r"\\counter-pc\XP-80", r"\\counter-pc\XP-80"),
    ],
)
def test_targets(target, expected):
    assert parse_target(target) == expected


# -- sending -------------------------------------------------------------------


class LoopbackPrinter:
    """A raw-port printer on 127.0.0.1: records everything one connection sends."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        conn, _ = self.server.accept()
        with conn:
            while chunk := conn.recv(65536):
                self.received += chunk

    def close(self):
        self.thread.join(5)
        self.server.close()


def test_send_raw_delivers_exactly_the_bytes_over_tcp():
    printer = LoopbackPrinter()
    data = ticket_escpos(ticket(qr_payload="https://branchdesk.example.cn/q/B007")) + os.urandom(300_000)
    send_raw(data, f"127.0.0.1:{printer.port}", timeout=5)
    printer.close()
    assert bytes(printer.received) == data


def test_send_raw_to_a_closed_port_is_a_print_failure():
    probe = socket.create_server(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there any more
    with pytest.raises(UserError) as caught:
        send_raw(b"\x1b@", f"127.0.0.1:{port}", timeout=2)
    assert caught.value.code == "print.refused"
    assert caught.value.params["target"] == f"127.0.0.1:{port}"
    assert "switched on" in str(caught.value) and "Errno" not in str(caught.value)


def test_send_raw_to_a_missing_device_fails_and_creates_nothing(tmp_path):
    device = tmp_path / "usb" / "lp0"
    for target in (device, tmp_path / "lp1"):
        with pytest.raises(UserError) as caught:
            send_raw(b"\x1b@", str(target))
        assert caught.value.code == "print.no_device"
        assert "No such file" not in str(caught.value)
        assert not target.exists()


@pytest.mark.parametrize("target", ["printer:70000", "abc:99999999", "printer:0", "300.1.2.3:9100",
                                    "192.168.1:9100", "bad host:9100", "-printer:9100", "printer:", "printer"])
def test_send_raw_refuses_what_is_no_printer_address(target):
    with pytest.raises(UserError) as caught:
        send_raw(b"\x1b@", target)
    assert caught.value.code == "print.bad_address"
    assert "65535" in str(caught.value)


def test_send_raw_to_a_host_that_does_not_resolve_says_so():
    # .invalid never resolves (RFC 6761); without DNS at all the look-up fails the same way
    with pytest.raises(UserError) as caught:
        send_raw(b"\x1b@", "ticket-printer.invalid:9100", timeout=5)
    assert caught.value.code == "print.unknown_host"
    assert caught.value.params["host"] == "ticket-printer.invalid"


def test_send_raw_writes_to_an_existing_device_file(tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    data = ticket_escpos(ticket())
    send_raw(data, str(device))
    assert device.read_bytes() == data


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO to stand for a stuck printer")
def test_send_raw_gives_up_on_a_device_that_never_accepts(tmp_path):
    fifo = tmp_path / "stuck"
    os.mkfifo(fifo)  # opening it for writing blocks until someone reads: an offline printer
    try:
        with pytest.raises(UserError) as caught:
            send_raw(b"\x1b@", str(fifo), timeout=0.3)
        assert caught.value.code == "print.timeout"
        assert caught.value.params["seconds"] == "0.3"
    finally:
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # release the abandoned writer thread
        os.close(reader)
