"""Queue settings: who may change them, what is refused, and that the policy takes effect."""

from __future__ import annotations

import dataclasses

import pytest

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services import Services
from branchdesk.services.queue.norms import Norm
from branchdesk.services.queue.policy import AGING, INTERLEAVE, Policy
from branchdesk.services.queue.settings import BusinessEdit
from branchdesk.services.queue.stats import AdviceTarget
from branchdesk.services.roles import Permission, Role
from branchdesk.services.staff import NewStaff


def _edit(services, code="mail", **changes) -> BusinessEdit:
    info = next(s for s in services.queue_settings.businesses() if s.code == code)
    edit = BusinessEdit(info.code, info.name_zh, info.name_en, info.prefix, info.number_from, info.number_to,
                       info.norm)
    return dataclasses.replace(edit, **changes)


def test_manage_queue_is_for_duty_manager_and_above():
    granted = {role for role in Role if role in __import__("branchdesk.services.roles", fromlist=["GRANTS"])
               .GRANTS[Permission.MANAGE_QUEUE]}
    assert granted == {Role.DUTY_MANAGER, Role.BRANCH_HEAD, Role.ADMIN}


def test_a_clerk_may_not_change_queue_settings(services, clerk):
    with pytest.raises(PermissionDenied):
        services.queue_settings.save_business(clerk, _edit(services, name_zh="邮件"))
    with pytest.raises(PermissionDenied):
        services.queue_settings.set_policy(clerk, Policy(AGING))
    with pytest.raises(PermissionDenied):
        services.queue_settings.save_window(clerk, 4, "4号窗口", ["mail"])


def test_duty_manager_edits_a_business_and_tickets_follow(services, admin):
    services.staff.create(admin, NewStaff("liu", "刘洋", Role.DUTY_MANAGER, "4680"))
    manager = services.staff.sign_in("liu", "4680")
    saved = services.queue_settings.save_business(manager, _edit(
        services, prefix="m", number_from=101, number_to=199, norm=Norm(2.5, per_unit_minutes=2, unit="item")))
    assert (saved.prefix, saved.number_from, saved.norm.base_minutes) == ("M", 101, 2.5)
    assert services.queue.issue("mail").code == "M101"


def test_a_new_business_is_added(services, admin):
    edit = BusinessEdit("insurance", "保险", "Insurance", "G", 1, 500, Norm(8))
    services.queue_settings.save_business(admin, edit)
    assert services.queue.issue("insurance").code == "G001"


@pytest.mark.parametrize("changes, code", [
    ({"prefix": "B"}, "queue.prefix_taken"),
    ({"prefix": "A1"}, "queue.bad_prefix"),
    ({"number_from": 10, "number_to": 5}, "queue.bad_range"),
    ({"number_to": 1000}, "queue.bad_range"),
    ({"name_zh": " "}, "queue.business_names"),
    ({"norm": Norm(0)}, "queue.bad_norm"),
    ({"norm": Norm(3, unit="kg")}, "queue.bad_norm_unit"),
])
def test_bad_business_settings_are_refused(services, admin, changes, code):
    with pytest.raises(UserError) as caught:
        services.queue_settings.save_business(admin, _edit(services, **changes))
    assert caught.value.code == code
    assert _edit(services).prefix == "A"


def test_windows_are_added_and_serve_what_they_are_given(services, admin):
    window = services.queue_settings.save_window(admin, 4, "4号窗口（储蓄）", ["savings", "remittance"])
    savings = {s.code: s.id for s in services.queue.businesses()}
    assert window.business_ids == {savings["savings"], savings["remittance"]}
    services.queue.issue("mail")
    services.queue.issue("savings")
    services.queue.open_window(admin, 4)
    assert services.queue.call_next(admin, 4).code == "B001"  # window 4 does not serve mail
    renamed = services.queue_settings.save_window(admin, 5, "5号窗口", ["mail"], old_number=4)
    assert renamed.number == 5 and renamed.business_ids == {savings["mail"]}
    assert [w.number for w in services.queue.windows()] == [1, 2, 3, 5]


@pytest.mark.parametrize("args, code", [
    ((0, "x", ["mail"]), "queue.bad_window_number"),
    ((4, " ", ["mail"]), "queue.window_name"),
    ((4, "4号", []), "queue.window_businesses"),
    ((2, "2号", ["mail"]), "queue.window_taken"),
    ((4, "4号", ["nothing"]), "queue.unknown_business"),
])
def test_bad_windows_are_refused(services, admin, args, code):
    with pytest.raises(UserError) as caught:
        services.queue_settings.save_window(admin, *args)
    assert caught.value.code == code


def test_the_policy_is_stored_applied_now_and_at_the_next_start(services, admin, db, clock, cheap_hasher):
    assert services.queue.policy == Policy()
    services.queue_settings.set_policy(admin, Policy(INTERLEAVE, every=2, bonus_minutes=5))
    assert services.queue.policy == Policy(INTERLEAVE, 2, 5.0)
    again = Services.build(db, clock, cheap_hasher)
    assert again.queue.policy == Policy(INTERLEAVE, 2, 5.0)


@pytest.mark.parametrize("policy, code", [
    (Policy("random"), "queue.bad_policy"), (Policy(INTERLEAVE, every=0), "queue.bad_policy_every"),
    (Policy(AGING, bonus_minutes=-1), "queue.bad_policy_bonus"),
])
def test_bad_policies_are_refused(services, admin, policy, code):
    with pytest.raises(UserError) as caught:
        services.queue_settings.set_policy(admin, policy)
    assert caught.value.code == code
    assert services.queue.policy == Policy()


def test_the_advice_target_is_stored_and_checked(services, admin):
    assert services.queue_settings.target() == AdviceTarget(0.8, 10.0)
    services.queue_settings.set_target(admin, AdviceTarget(0.9, 15))
    assert services.queue_settings.target() == AdviceTarget(0.9, 15.0)
    with pytest.raises(UserError) as caught:
        services.queue_settings.set_target(admin, AdviceTarget(1.5, 10))
    assert caught.value.code == "queue.bad_target_share"


def test_a_broken_stored_policy_falls_back_to_the_default(services, admin):
    services.local.set("queue.policy", '{"kind": "nonsense"}')
    assert services.queue_settings.policy() == Policy()
    services.local.set("queue.policy", "not json")
    assert services.queue_settings.policy() == Policy()


def test_a_business_taken_out_of_use_leaves_the_queue_but_keeps_its_history(services, admin, clock):
    settings, queue = services.queue_settings, services.queue
    queue.open_window(admin, 1)
    queue.issue("philately")
    with pytest.raises(UserError) as err:  # a customer still waits for it
        settings.set_business_active(admin, "philately", False)
    assert err.value.code == "queue.business_in_use"
    queue.call_next(admin, 1)
    queue.start(admin, 1)
    queue.finish(admin, 1)
    info = settings.set_business_active(admin, "philately", False)
    assert not info.active
    assert "philately" not in {s.code for s in queue.businesses()}  # gone from the kiosk and the windows
    assert {s.code: s.active for s in settings.businesses()}["philately"] is False  # still listed in settings
    with pytest.raises(UserError):
        queue.issue("philately")
    report = services.queue_reports.day(clock.now().astimezone(services.branch.settings().zone).date())
    assert [r.label for r in report.by_business] == ["集邮"]  # today's customer still counts
    assert settings.set_business_active(admin, "philately", True).active
    assert queue.issue("philately").code == "D002"


def test_the_last_business_or_a_window_left_serving_nothing_is_refused(services, admin):
    settings = services.queue_settings
    settings.save_window(admin, 4, "集邮专柜", ["philately"])
    with pytest.raises(UserError) as err:
        settings.set_business_active(admin, "philately", False)
    assert err.value.code == "queue.window_left_empty" and err.value.params["number"] == 4
    for code in ("mail", "savings", "remittance", "periodicals", "other"):
        settings.set_business_active(admin, code, False)
    settings.set_window_active(admin, 4, False)
    with pytest.raises(UserError) as err:
        settings.set_business_active(admin, "philately", False)
    assert err.value.code == "queue.last_business"


def test_a_window_must_be_closed_before_it_is_taken_out_of_use(services, admin, clerk):
    settings, queue = services.queue_settings, services.queue
    with pytest.raises(PermissionDenied):
        settings.set_window_active(clerk, 3, False)
    queue.open_window(admin, 3)
    with pytest.raises(UserError) as err:
        settings.set_window_active(admin, 3, False)
    assert err.value.code == "queue.close_window_first"
    queue.close_window(admin, 3)
    settings.set_window_active(admin, 3, False)
    assert [w.number for w in queue.windows()] == [1, 2]
    with pytest.raises(UserError):
        queue.open_window(admin, 3)
    settings.set_window_active(admin, 2, False)
    with pytest.raises(UserError) as err:
        settings.set_window_active(admin, 1, False)
    assert err.value.code == "queue.last_window"
    assert settings.set_window_active(admin, 3, True).active
