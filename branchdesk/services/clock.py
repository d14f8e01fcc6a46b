"""The time services see; tests and the demo move it by hand."""

from __future__ import annotations

import datetime as dt


class Clock:
    def now(self) -> dt.datetime:
        """Aware UTC now."""
        return dt.datetime.now(dt.timezone.utc)


class FixedClock(Clock):
    """A clock that stands still until told to move."""

    def __init__(self, at: dt.datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self.at = at

    def now(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += dt.timedelta(**delta)
