"""Erlang C against known values."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from branchdesk.services.queue import erlang


def test_textbook_case_thirty_an_hour_four_minutes_three_windows():
    load = erlang.offered_load(30, 4)
    assert load == pytest.approx(2.0)
    assert erlang.probability_of_waiting(3, load) == pytest.approx(0.4444, abs=5e-4)
    assert erlang.service_level(3, load, 4, 5) == pytest.approx(0.873, abs=5e-4)
    assert erlang.mean_wait_minutes(3, load, 4) == pytest.approx(4 / 9 * 4, rel=1e-9)


def test_single_window_is_m_m_1():
    # For N = 1, Erlang C is the utilisation ρ.
    assert erlang.probability_of_waiting(1, 0.6) == pytest.approx(0.6)


def test_windows_that_cannot_keep_up():
    assert erlang.probability_of_waiting(2, 2.0) == 1.0
    assert erlang.service_level(2, 2.5, 4, 10) == 0.0
    assert math.isinf(erlang.mean_wait_minutes(2, 3.0, 4))


def test_windows_needed_for_the_target():
    # 80 % within 5 minutes at 30 an hour of 4 minutes: 3 windows give 87 %, 2 give far less.
    assert erlang.service_level(2, 2.0, 4, 5) < 0.8
    assert erlang.windows_needed(30, 4, 0.8, 5) == 3
    assert erlang.windows_needed(0, 4, 0.8, 5) == 0
    assert erlang.windows_needed(3, 4, 0.8, 10) == 1


@given(arrivals=st.floats(1, 200), minutes=st.floats(0.5, 15), windows=st.integers(1, 15))
def test_more_windows_never_serve_worse(arrivals, minutes, windows):
    load = erlang.offered_load(arrivals, minutes)
    assert erlang.service_level(windows + 1, load, minutes, 5) >= erlang.service_level(windows, load, minutes, 5) - 1e-12
    assert 0.0 <= erlang.probability_of_waiting(windows, load) <= 1.0
