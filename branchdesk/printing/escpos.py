"""Raw ESC/POS for 80 mm receipt printers, and sending raw bytes to a printer.

Hand-written command sequences (the common Epson subset that Chinese receipt
printers — Xprinter, GPrinter, Sunmi, Epson TM-T8x — understand), named below.
Chinese text is sent GB18030-encoded with Chinese character mode on (FS &).
"""

from __future__ import annotations

import os
import re
import socket
import threading

from branchdesk.printing.faults import PrintFailed, device_fault, network_fault
from branchdesk.printing.ticket import QueueTicket, ticket_text

ESC, GS, FS = b"\x1b", b"\x1d", b"\x1c"
LF = b"\n"

INIT = ESC + b"@"  # reset the printer to its defaults
CHINESE_ON = FS + b"&"  # Chinese character mode: two-byte GB codes print as hanzi
CHINESE_OFF = FS + b"."
ALIGN_LEFT, ALIGN_CENTRE = ESC + b"a\x00", ESC + b"a\x01"
BOLD_ON, BOLD_OFF = ESC + b"E\x01", ESC + b"E\x00"
SIZE_NORMAL = GS + b"!\x00"
SIZE_DOUBLE = GS + b"!\x11"  # double width and double height (bits 4-6 width, 0-2 height)
SIZE_TALL = GS + b"!\x01"  # double height only
CUT_PARTIAL = GS + b"V\x01"
TEXT_ENCODING = "gb18030"
LINE_CHARS = 48  # font A columns on 80 mm paper (576 dots); a hanzi takes two

# GS ( k: QR code, function 1xx of symbol type cn = 49.
QR_LEVEL_BYTES = {"L": 48, "M": 49, "Q": 50, "H": 51}
QR_MAX_BYTES = {"L": 2953, "M": 2331, "Q": 1663, "H": 1273}  # version 40, byte mode

DEFAULT_PORT = 9100  # raw TCP (JetDirect) on network receipt printers
DEFAULT_TIMEOUT = 5.0


def char_size(width: int, height: int) -> bytes:
    """GS ! n: characters `width` × `height` times their normal size (1 to 8 each)."""
    if not (1 <= width <= 8 and 1 <= height <= 8):
        raise ValueError(f"character size is 1 to 8 times, not {width} × {height}")
    return GS + b"!" + bytes([(width - 1) << 4 | (height - 1)])


def feed(lines: int) -> bytes:
    """ESC d n: print the buffer and feed `lines` lines."""
    return ESC + b"d" + bytes([max(0, min(255, lines))])


def text(line: str) -> bytes:
    """One line of text, GB18030, ending with LF."""
    return line.encode(TEXT_ENCODING) + LF


def rule(char: str = "-") -> bytes:
    # Two columns short of the paper: a full 48-column line would wrap its LF into a blank line
    # on some printers.
    return text(char * (LINE_CHARS - 2))


def _gs_k(function: int, params: bytes) -> bytes:
    body = bytes([49, function]) + params  # cn = 49: QR code
    return GS + b"(k" + len(body).to_bytes(2, "little") + body


def qr_code(payload: str | bytes, *, module_size: int = 6, level: str = "M") -> bytes:
    """The printer's own QR code: select model 2, module size, error level, store, print."""
    if level not in QR_LEVEL_BYTES:
        raise ValueError(f"unknown QR error-correction level {level!r}; use one of L, M, Q, H")
    if not 1 <= module_size <= 16:
        raise ValueError(f"QR module size is 1 to 16 dots, not {module_size}")
    data = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    if not data or len(data) > QR_MAX_BYTES[level]:
        raise ValueError(f"{len(data)} bytes do not fit in a QR code at level {level}")
    return b"".join(
        (
            _gs_k(65, b"\x32\x00"),  # fn 165: model 2
            _gs_k(67, bytes([module_size])),  # fn 167: module size in dots
            _gs_k(69, bytes([QR_LEVEL_BYTES[level]])),  # fn 169: error correction
            _gs_k(80, b"\x30" + data),  # fn 180: store the data (m = 48)
            _gs_k(81, b"\x30"),  # fn 181: print the stored symbol
        )
    )


def ticket_escpos(ticket: QueueTicket, *, number_scale: int = 4, qr_module_size: int = 6) -> bytes:
    """The queue ticket as ESC/POS bytes: centred, Chinese first, big number, QR, cut.

    The number is printed `number_scale` times its normal size (4: "A012" is
    about 24 mm wide and 12 mm tall on an 80 mm printer; 2 is the classic double size).
    """
    words = ticket_text(ticket)
    out = [INIT, CHINESE_ON, ALIGN_CENTRE]
    out += [BOLD_ON, SIZE_TALL, text(ticket.branch_name), SIZE_NORMAL, BOLD_OFF]
    out += [text(f"{words.title[0]}  {words.title[1]}"), rule()]
    if words.priority:
        out += [BOLD_ON, SIZE_DOUBLE, text(f"【{words.priority}】"), SIZE_NORMAL, BOLD_OFF]
    number_size = char_size(number_scale, number_scale)
    out += [feed(1), BOLD_ON, number_size, text(ticket.number), SIZE_NORMAL, BOLD_OFF, feed(1)]
    out += [BOLD_ON, SIZE_TALL, text(ticket.business_zh), SIZE_NORMAL, BOLD_OFF, text(ticket.business_en), rule()]
    if words.ahead:
        out += [BOLD_ON, text(words.ahead[0]), BOLD_OFF, text(words.ahead[1])]
    if words.wait:
        out += [text(words.wait[0]), text(words.wait[1])]
    out += [rule()]
    if ticket.qr_payload:
        out += [qr_code(ticket.qr_payload, module_size=qr_module_size), LF]
        out += [text(ticket.qr_note_zh), text(ticket.qr_note_en)]
    out += [text(words.please_wait[0]), text(words.please_wait[1]), text(words.issued)]
    out += [ALIGN_LEFT, CHINESE_OFF, feed(4), CUT_PARTIAL]
    return b"".join(out)


# -- sending -------------------------------------------------------------------

_TCP = re.compile(r"(?:tcp://)?(?P<host>\[[0-9A-Fa-f:.]+\]|[^:/\\\s]+):(?P<port>[^:/]*)")
_TCP_NO_PORT = re.compile(r"tcp://(?P<host>\[[0-9A-Fa-f:.]+\]|[^:/\\\s]+)")
# Device paths: /dev/usb/lp0, \\counter-pc\XP-80, C:\spool\x.bin, COM3, LPT1, PRN.
_DEVICE = re.compile(r"(?:/|\\\\|[A-Za-z]:[\\/]).+|(?i:COM[1-9][0-9]?|LPT[1-9]|PRN)")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def _valid_host(host: str) -> bool:
    """An IPv4 address, an IPv6 one (bracketed in the target) or a host name (RFC 1123)."""
    if ":" in host:
        try:
            socket.inet_pton(socket.AF_INET6, host)
        except OSError:
            return False
        return True
    if _IPV4.fullmatch(host):
        return all(int(part) <= 255 for part in host.split("."))
    if host.replace(".", "").isdigit():  # 192.168.1 and the like: not a name, not an address
        return False
    labels = host.rstrip(".").split(".")
    return len(host) <= 253 and all(_LABEL.fullmatch(label) for label in labels)


def parse_target(target: str) -> tuple[str, int] | str:
    """"host:port" or "tcp://host[:port]" → (host, port); a device path (/dev/..., COM3, \\\\pc\\share) as is.

    Raises PrintFailed "print.bad_address" for anything else: a port outside 1-65535, a host that is no
    host name or IPv4/IPv6 address, a bare word.
    """
    target = target.strip()
    if _DEVICE.fullmatch(target):
        return target
    match = _TCP.fullmatch(target) or _TCP_NO_PORT.fullmatch(target)
    if not match:
        raise PrintFailed("print.bad_address", target=target)
    host = match["host"].strip("[]")
    port_text = match.groupdict().get("port")
    port = DEFAULT_PORT if port_text is None else (int(port_text) if port_text.isdigit() and len(port_text) <= 5 else 0)
    if not 0 < port < 65536 or not _valid_host(host):
        raise PrintFailed("print.bad_address", target=target)
    return host, port


def send_raw(data: bytes, target: str, *, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Write `data` to a receipt printer: "host:port" (TCP, raw port 9100) or a device path.

    Raises PrintFailed (printing/faults.py) with the reason if the address is not one, or the printer
    cannot be reached or written within `timeout` seconds; nothing is retried, so the caller decides to
    reprint.
    """
    where = parse_target(target)
    if isinstance(where, tuple):
        try:
            _send_tcp(data, where, timeout)
        except OSError as exc:  # refused, timed out, unknown host, no route
            raise network_fault(exc, target, where[0], timeout) from exc
    else:
        try:
            _send_device(data, where, timeout)
        except OSError as exc:
            raise device_fault(exc, target, timeout) from exc


def _send_tcp(data: bytes, address: tuple[str, int], timeout: float) -> None:
    with socket.create_connection(address, timeout=timeout) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)  # the printer sees the end of the job


def _send_device(data: bytes, path: str, timeout: float) -> None:
    # A device (/dev/usb/lp0, LPT1, \\host\share) can block on open or write while
    # the printer is offline; write from a helper thread and stop waiting at the timeout.
    outcome: list[BaseException | None] = []

    def write() -> None:
        try:
            # No O_CREAT: a printer that is not there must fail, not become a new file.
            fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
            finally:
                os.close(fd)
            outcome.append(None)
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)

    worker = threading.Thread(target=write, name="escpos-device-write", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise TimeoutError(f"writing to {path} did not finish")
    if outcome[0] is not None:
        raise outcome[0]
