"""Where this PC prints queue tickets: a receipt printer, the system printer, or none at all.

Settings of this PC (local settings). "No ticket printer" is for a demo or a branch without
one: the kiosk shows the number big on screen instead, and nothing is reported as a failure.
"""

from __future__ import annotations

from dataclasses import dataclass

from branchdesk.services import audit
from branchdesk.services.clock import Clock
from branchdesk.services.events import SETTINGS, Publisher, publishes
from branchdesk.services.local_settings import LocalSettingsService, put
from branchdesk.services.roles import Actor
from branchdesk.store import Database

MODE_KEY = "printer.mode"  # RECEIPT, SYSTEM or NO_PRINTER; absent: RECEIPT if an address is set, else SYSTEM
ESCPOS_KEY = "printer.escpos"  # "host:port" or a device path
SYSTEM_PRINTER_KEY = "printer.system"  # a printer name for lp/lpr or Qt; empty: the default one
RECEIPT, SYSTEM, NO_PRINTER = "escpos", "system", "none"
MODES = (RECEIPT, SYSTEM, NO_PRINTER)


@dataclass(frozen=True)
class PrinterSetup:
    mode: str
    escpos: str = ""
    system: str = ""

    @property
    def prints(self) -> bool:
        return self.mode != NO_PRINTER


class PrinterSettingsService(Publisher):
    def __init__(self, db: Database, clock: Clock, local: LocalSettingsService) -> None:
        self.db = db
        self.clock = clock
        self.local = local

    def setup(self) -> PrinterSetup:
        escpos = (self.local.get(ESCPOS_KEY, "") or "").strip()
        system = (self.local.get(SYSTEM_PRINTER_KEY, "") or "").strip()
        mode = self.local.get(MODE_KEY, "") or ""
        if mode not in MODES:
            mode = RECEIPT if escpos else SYSTEM
        return PrinterSetup(mode, escpos, system)

    @publishes(SETTINGS)
    def save(self, actor: Actor, setup: PrinterSetup) -> PrinterSetup:
        """Save and audit the setup. Raises PrintFailed "print.bad_address" (a UserError) for a receipt
        printer address that is not one; nothing is saved then."""
        if setup.mode not in MODES:
            raise ValueError(setup.mode)
        escpos, system = setup.escpos.strip(), setup.system.strip()
        if setup.mode == RECEIPT:
            from branchdesk.printing.escpos import parse_target  # here: escpos brings reportlab, kept off start-up

            parse_target(escpos)
        setup = PrinterSetup(setup.mode, escpos, system)
        with self.db.transaction() as s:
            for key, value in ((MODE_KEY, setup.mode), (ESCPOS_KEY, escpos), (SYSTEM_PRINTER_KEY, system)):
                put(s, key, value)
            audit.append(s, self.clock.now(), "printer.changed", actor.staff_id, mode=setup.mode,
                         escpos=escpos, system=system)
        return setup

    def use_no_printer(self) -> None:
        """The demo branch starts without a ticket printer, so a newcomer is not met by failures."""
        self.local.set(MODE_KEY, NO_PRINTER)
