"""The 设置 page's activity settings (issue 10, items 2 and 5): what the posters print, where their QR codes
lead, and how long customers' details are kept; a bad address changes nothing."""

from branchdesk.services.activities import codes
from branchdesk.ui.main_window import MainWindow
from tests.ui.lanes import settle
from tests.ui.texts import error, ui


def _box(services, actor, qtbot):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("settings")
    settle(qtbot)
    return page.activity_settings


def test_the_branch_sets_what_its_posters_print_and_how_long_details_are_kept(services, admin, qtbot):
    box = _box(services, admin, qtbot)
    assert box.isEnabled() and box.retention.value() == services.activities.customers.retention_days()
    box.address.setText("青山镇新街 18 号（农贸市场对面）")
    box.phone.setText("0855-8123 4567")
    box.public_base.setText("https://hq.county.example.cn/")
    box.retention.setValue(365)
    box.save()
    settle(qtbot)
    contact = services.activities.printouts.contact()
    assert (contact.address, contact.phone, contact.public_base) == \
        ("青山镇新街 18 号（农贸市场对面）", "0855-8123 4567", "https://hq.county.example.cn")
    assert services.activities.customers.retention_days() == 365
    assert box.message.text() == ui("ActivitySettingsBox", "Saved.")
    assert codes.qr_payload("2345678901", contact.public_base) == "https://hq.county.example.cn/c/2345678901"


def test_a_bad_public_address_is_refused_and_nothing_changes(services, admin, qtbot):
    box = _box(services, admin, qtbot)
    before = services.activities.printouts.contact(), services.activities.customers.retention_days()
    box.address.setText("新地址")
    box.public_base.setText("县局网站")
    box.retention.setValue(90)
    box.save()
    settle(qtbot)
    assert box.message.text() == error("printouts.bad_base", text="县局网站")
    assert (services.activities.printouts.contact(), services.activities.customers.retention_days()) == before


def test_only_those_who_edit_the_branch_see_it(services, admin, clerk, qtbot):
    window = MainWindow(services, clerk)
    qtbot.addWidget(window)
    page = window.show_area("settings")
    assert page.activity_settings is None
