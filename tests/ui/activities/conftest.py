"""The activity fixtures of the service tests, for the activities screens."""

from tests.activities.conftest import manager, running, today  # noqa: F401 (fixtures)
