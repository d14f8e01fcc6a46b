"""Erlang C: how many windows keep the wait within the branch's target.

With arrivals at rate λ and mean service time S, the offered load is A = λ·S
erlangs. With N windows (N > A), the chance that a customer waits at all is
Erlang C, and the share served within t minutes is 1 − C·e^(−(N−A)·t/S).
"""

from __future__ import annotations

import math


def offered_load(arrivals_per_hour: float, service_minutes: float) -> float:
    return arrivals_per_hour * service_minutes / 60.0


def probability_of_waiting(windows: int, load: float) -> float:
    """Erlang C. 1.0 when the windows cannot keep up (N ≤ A)."""
    if load <= 0:
        return 0.0
    if windows <= load:
        return 1.0
    # Sum A^k/k! iteratively (stable for the small N of a branch).
    term = 1.0
    below = 0.0
    for k in range(windows):
        below += term
        term *= load / (k + 1)
    top = term * windows / (windows - load)  # term is now A^N/N!
    return top / (below + top)


def service_level(windows: int, load: float, service_minutes: float, within_minutes: float) -> float:
    """Share of customers whose wait is at most `within_minutes`."""
    if load <= 0:
        return 1.0
    if windows <= load:
        return 0.0
    waiting = probability_of_waiting(windows, load)
    return 1.0 - waiting * math.exp(-(windows - load) * within_minutes / service_minutes)


def mean_wait_minutes(windows: int, load: float, service_minutes: float) -> float:
    if load <= 0:
        return 0.0
    if windows <= load:
        return math.inf
    return probability_of_waiting(windows, load) * service_minutes / (windows - load)


def windows_needed(
    arrivals_per_hour: float, service_minutes: float, target_share: float, within_minutes: float,
    max_windows: int = 20,
) -> int:
    """The fewest windows that serve `target_share` of customers within `within_minutes`."""
    if arrivals_per_hour <= 0 or service_minutes <= 0:
        return 0
    load = offered_load(arrivals_per_hour, service_minutes)
    windows = max(1, math.floor(load) + 1)
    while windows < max_windows and service_level(windows, load, service_minutes, within_minutes) < target_share:
        windows += 1
    return windows
