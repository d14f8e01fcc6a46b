"""Where this PC prints tickets: the receipt printer's address is checked before it is saved, and the
demo branch starts with no ticket printer."""

from __future__ import annotations

import pytest

from branchdesk.errors import UserError
from branchdesk.services import audit
from branchdesk.services.queue.printer import ESCPOS_KEY, MODE_KEY, NO_PRINTER, RECEIPT, SYSTEM, PrinterSetup


def test_a_receipt_printer_address_is_saved_and_read_back(services, admin):
    saved = services.printer.save(admin, PrinterSetup(RECEIPT, " 192.168.1.50:9100 ", "XP-80"))
    assert saved == PrinterSetup(RECEIPT, "192.168.1.50:9100", "XP-80")
    assert services.printer.setup() == saved
    with services.db.reading() as s:
        (entry,) = [e for e in audit.recent(s) if e.action == "printer.changed"]
    assert entry.actor_staff_id == admin.staff_id
    assert entry.detail == {"mode": RECEIPT, "escpos": "192.168.1.50:9100", "system": "XP-80"}


@pytest.mark.parametrize("address", ["abc:99999999", "printer:0", "999.1.1.1:9100", "two words:9100", "printer"])
def test_an_address_that_is_no_printer_is_refused_and_nothing_changes(services, admin, address):
    services.printer.save(admin, PrinterSetup(RECEIPT, "10.0.0.7:9100"))
    with pytest.raises(UserError) as caught:
        services.printer.save(admin, PrinterSetup(RECEIPT, address))
    assert caught.value.code == "print.bad_address"
    assert services.printer.setup() == PrinterSetup(RECEIPT, "10.0.0.7:9100")


def test_the_mode_follows_the_older_settings_when_none_was_saved(services, admin):
    assert services.printer.setup().mode == SYSTEM
    services.local.set(ESCPOS_KEY, "10.0.0.7:9100")  # saved by a version without the mode
    assert services.printer.setup().mode == RECEIPT


def test_no_ticket_printer_keeps_the_other_settings(services, admin):
    services.printer.save(admin, PrinterSetup(RECEIPT, "10.0.0.7:9100"))
    services.printer.save(admin, PrinterSetup(NO_PRINTER, "10.0.0.7:9100"))
    setup = services.printer.setup()
    assert (setup.mode, setup.escpos, setup.prints) == (NO_PRINTER, "10.0.0.7:9100", False)


def test_the_demo_branch_starts_without_a_ticket_printer(demo_services):
    assert demo_services.local.get(MODE_KEY) == NO_PRINTER
    assert not demo_services.printer.setup().prints
