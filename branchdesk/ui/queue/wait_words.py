"""The wait an issued ticket says, in the words of the kiosk and the issue panel (as the printed ticket).

A range, never a false minute; "you are next" when a window will call the
ticket now; no number at all when no open window serves the business.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from branchdesk.services.queue.estimate import NO_WINDOW, RIGHT_AWAY, WaitEstimate

CONTEXT = "WaitWords"
AHEAD = QT_TRANSLATE_NOOP("WaitWords", "About {ahead} ahead of you, about {low} to {high} min")
NEXT = QT_TRANSLATE_NOOP("WaitWords", "You are next, about {low} to {high} min")
AHEAD_OVER_AN_HOUR = QT_TRANSLATE_NOOP("WaitWords", "About {ahead} ahead of you, over an hour")
NEXT_RIGHT_AWAY = QT_TRANSLATE_NOOP("WaitWords", "You are next")
NO_WINDOW_OPEN = QT_TRANSLATE_NOOP("WaitWords", "No window serves this right now; please listen for your number")
NOT_ESTIMATED = QT_TRANSLATE_NOOP("WaitWords", "Please listen for your number")


def wait_source(wait: WaitEstimate | None) -> tuple[str, dict[str, int]]:
    """The English source of the words (to translate in CONTEXT) and what to fill into them."""
    if wait is None:
        return str(NOT_ESTIMATED), {}
    if wait.state == NO_WINDOW:
        return str(NO_WINDOW_OPEN), {}
    if wait.state == RIGHT_AWAY:
        return str(NEXT_RIGHT_AWAY), {}
    if wait.over_an_hour:
        return str(AHEAD_OVER_AN_HOUR), dict(ahead=wait.ahead)
    if wait.ahead == 0:
        return str(NEXT), dict(low=wait.low, high=wait.high)
    return str(AHEAD), dict(ahead=wait.ahead, low=wait.low, high=wait.high)


def wait_words(wait: WaitEstimate | None) -> str:
    """In the language of the user interface."""
    source, values = wait_source(wait)
    return QCoreApplication.translate(CONTEXT, source).format(**values)
