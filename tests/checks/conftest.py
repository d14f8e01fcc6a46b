import pytest

from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff


@pytest.fixture
def manager(services, admin):
    """The duty manager, who runs the daily checks."""
    services.staff.create(admin, NewStaff("wangfang", "王芳", Role.DUTY_MANAGER, "2468"))
    return services.staff.sign_in("wangfang", "2468")


@pytest.fixture
def checks(services, admin):
    services.checks.templates.install_defaults()
    return services.checks


def template_id(checks, key: str) -> str:
    return next(t.id for t in checks.templates.templates() if t.key == key)
