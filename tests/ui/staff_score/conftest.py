from tests.staff_score.conftest import head, manager, november  # noqa: F401 - the same November on screen
