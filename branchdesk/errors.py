"""Errors the user can fix, carried as a code plus a translatable message.

Services raise `UserError`; the UI and the CLI translate `message` through Qt's
translation system (context "UserError") and fill in `params`. Anything that is
not a `UserError` is a bug and reaches the crash dialog or the log.
"""

from __future__ import annotations

from typing import Callable

# The languages the messages are translated into (the app's, the CLI's and argparse's own), and the
# default. Here, not in services: the CLI's Qt-free translation path must not import the services.
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def tr_noop(text: str) -> str:
    """Mark `text` for the translation catalogue without translating it here.

    `scripts/i18n.py` collects every `tr_noop("...")` into the "UserError"
    context of the .ts files, so services stay free of Qt.
    """
    return text


class UserError(Exception):
    """Something the user did or must do: shown translated, never a traceback."""

    def __init__(self, code: str, message: str, /, **params: object) -> None:
        self.code = code
        self.message = message
        self.params = params
        super().__init__(code)

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        """The message in the user's language, with its parameters filled in."""
        text = translate(self.message) if translate else self.message
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**self.params)

    def __str__(self) -> str:
        return self.render()


class PermissionDenied(UserError):
    """The signed-in role may not do this; raised by services, not only hidden in the UI."""
