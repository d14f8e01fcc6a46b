"""Why a print failed, as a reason code plus parameters: never an English string from the OS.

A print back-end raises `PrintFailed(code, **params)`. The code and its parameters are stored
with the ticket's print record (`PrintFault`), and the message is looked up by code and
translated when it is shown, so the reason survives a restart, a sign-out and a language
switch. Every message says what to do. What the OS or the library said goes to the log.
"""

from __future__ import annotations

import errno
import logging
import socket
from dataclasses import dataclass, field

from branchdesk.errors import UserError, tr_noop

log = logging.getLogger(__name__)

# code -> message; {printer} is a named printer, {target} a receipt printer's address or device.
REASONS: dict[str, str] = {
    "print.failed": tr_noop("Printing failed. Check the printer, then reprint."),
    "print.no_command": tr_noop(
        "This PC has no print system (the lp or lpr command is missing). Ask IT to install CUPS, or set up a "
        "receipt printer or “No ticket printer” under Printer…"),
    "print.no_scheduler": tr_noop(
        "The print service of this PC is not running. Restart the PC or ask IT, then reprint."),
    "print.no_default": tr_noop(
        "This PC has no default printer. Choose a printer under Printer…, then reprint."),
    "print.no_printer": tr_noop(
        "There is no printer called “{printer}” on this PC. Choose an installed printer under Printer…, "
        "then reprint."),
    "print.rejected": tr_noop(
        "The print system refused the job. Check the printer in the system's printer settings, "
        "then reprint."),
    "print.system_timeout": tr_noop(
        "The print system did not take the job within {seconds} s. Check the printer, then reprint."),
    "print.qt_failed": tr_noop(
        "The printer could not start the job. Check that it is on and has paper, then reprint."),
    "print.refused": tr_noop(
        "The receipt printer at {target} refused the connection. Check that it is switched on and that the "
        "address is right, then reprint."),
    "print.timeout": tr_noop(
        "The receipt printer at {target} did not answer within {seconds} s. Check that it is switched on and "
        "its cable is in, then reprint."),
    "print.unknown_host": tr_noop(
        "The printer address {host} is not known on the network. Correct it under Printer…, then reprint."),
    "print.unreachable": tr_noop(
        "The network cannot reach the receipt printer at {target}. Check the network cable and the address, "
        "then reprint."),
    "print.no_device": tr_noop(
        "The receipt printer {target} is not connected. Plug it in and switch it on, or correct the device "
        "under Printer…, then reprint."),
    "print.device_denied": tr_noop(
        "BranchDesk may not write to the printer {target}. Ask IT to give it access, then reprint."),
    "print.paper_out": tr_noop("The printer is out of paper. Load a new roll, then reprint."),
    "print.bad_address": tr_noop(
        "“{target}” is not a printer address. Enter host:port, such as 192.168.1.50:9100 (the port is 1 to "
        "65535), or a device such as /dev/usb/lp0 or COM3."),
    "print.bug": tr_noop("The ticket could not be printed because of a program error. Reprint; if it fails "
                         "again, tell IT."),
}


@dataclass(frozen=True)
class PrintFault:
    """A stored reason: its code and the values its message is filled with."""

    code: str
    params: dict[str, str] = field(default_factory=dict)

    def error(self) -> UserError:
        """The reason as a UserError, to be translated where it is shown (an unknown code reads generic)."""
        message = REASONS.get(self.code)
        if message is None:
            return UserError("print.failed", REASONS["print.failed"])
        return UserError(self.code, message, **self.params)


class PrintFailed(UserError):
    """A print that did not reach the printer; `fault` is what is stored with the ticket."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code, REASONS[code], **params)
        self.fault = PrintFault(code, {key: str(value) for key, value in params.items()})


def network_fault(exc: OSError, target: str, host: str, timeout: float) -> PrintFailed:
    """A failed connection to, or write to, a network receipt printer, by what the OS said."""
    log.warning("receipt printer %s: %s", target, exc)
    if isinstance(exc, socket.gaierror):
        return PrintFailed("print.unknown_host", host=host)
    if isinstance(exc, TimeoutError | socket.timeout):
        return PrintFailed("print.timeout", target=target, seconds=f"{timeout:g}")
    if isinstance(exc, ConnectionRefusedError):
        return PrintFailed("print.refused", target=target)
    if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN):
        return PrintFailed("print.unreachable", target=target)
    return PrintFailed("print.refused", target=target)


def device_fault(exc: OSError, target: str, timeout: float) -> PrintFailed:
    """A failed write to a receipt printer's device (/dev/usb/lp0, COM3, a share)."""
    log.warning("receipt printer %s: %s", target, exc)
    if isinstance(exc, TimeoutError):
        return PrintFailed("print.timeout", target=target, seconds=f"{timeout:g}")
    if isinstance(exc, PermissionError):
        return PrintFailed("print.device_denied", target=target)
    if exc.errno == errno.ENOSPC:
        return PrintFailed("print.paper_out")
    return PrintFailed("print.no_device", target=target)


def print_system_fault(message: str, printer: str | None) -> PrintFailed:
    """What lp or lpr wrote when it refused a job (CUPS's and BSD's words), as a reason."""
    log.warning("print system refused the job for %s: %s", printer or "the default printer", message)
    text = message.lower()
    if "no default destination" in text or "no default printer" in text:
        return PrintFailed("print.no_default")
    if "does not exist" in text or "unknown printer" in text or "no such" in text:
        return PrintFailed("print.no_printer", printer=printer or "")
    if "scheduler not responding" in text or "unable to connect to server" in text or "connection refused" in text:
        return PrintFailed("print.no_scheduler")
    if "paper" in text:
        return PrintFailed("print.paper_out")
    return PrintFailed("print.rejected")
