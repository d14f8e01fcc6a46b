"""Patterns match the whole text: `re.match` with `$` let a trailing newline through."""

from __future__ import annotations

import pytest

from branchdesk.errors import UserError
from branchdesk.services.branch import validate
from tests.conftest import branch_settings


@pytest.mark.parametrize("code", ["QS-001\n", "QS-001\r\n", "\nQS-001", "QS 001", "Q"])
def test_a_branch_code_must_be_the_whole_text(code):
    with pytest.raises(UserError) as err:
        validate(branch_settings(code=code))
    assert err.value.code == "branch.bad_code"


def test_a_good_branch_code_passes():
    validate(branch_settings(code="QS-001"))
