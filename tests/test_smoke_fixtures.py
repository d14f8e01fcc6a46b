from branchdesk.services.roles import Role


def test_admin_fixture_sets_up_branch(services, admin):
    assert admin.role is Role.ADMIN
    assert services.branch.settings().code == "QS-001"


def test_demo_fixture_has_staff(demo_services):
    names = {s.username for s in demo_services.staff.list_staff()}
    assert {"admin", "wangfang", "zhangmin"} <= names
