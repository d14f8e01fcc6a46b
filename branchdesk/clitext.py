"""The command line's own words in the user's language (Chinese by default, like the app).

Strings are marked with `tr_noop` and live in the "UserError" context of the
app's catalogue (`scripts/i18n.py` collects them). This module imports no Qt:
the catalogue is loaded through `branchdesk.app` the first time a string
actually needs translating, so an English run never loads Qt at all.
"""

from __future__ import annotations

from typing import Callable

from branchdesk.errors import UserError

DEFAULT_LANG = "zh_CN"


class Catalogue:
    def __init__(self, lang: str | None) -> None:
        self.lang = lang or DEFAULT_LANG
        self._translate: Callable[[str], str] | None = None

    def __call__(self, text: str) -> str:
        if self.lang == "en" or not text:
            return text
        if self._translate is None:
            self._translate = _load(self.lang)
        return self._translate(text)


def _load(lang: str) -> Callable[[str], str]:
    try:
        from branchdesk.app import catalogue_translator

        return catalogue_translator(lang) or (lambda text: text)
    except Exception:  # no Qt or no catalogue: English rather than no message at all
        return lambda text: text


_current = [Catalogue("en")]


def use(lang: str | None) -> Catalogue:
    _current[0] = Catalogue(lang)
    return _current[0]


def tr(text: str) -> str:
    return _current[0](text)


def say(template: str, /, **params: object) -> str:
    """`template` (a tr_noop string) translated, with its parameters filled in."""
    return UserError("cli.text", template, **params).render(tr)


def error_text(err: UserError) -> str:
    return err.render(tr)
