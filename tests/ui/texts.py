"""What a view should show, by key rather than by wording: UI tests compare against these, so that a
translator rewording a sentence breaks no test, while a wrong message, a missing parameter or an
untranslated string still does.

- `ui(context, source, **params)`: a string of the UI (`self.tr(source)` in class `context`), translated
  into the installed language, with its fields filled in.
- `error(code, **params)`: the message of the `UserError` (or hours warning) with that code, as the UI
  shows it.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import branchdesk
from branchdesk.errors import UserError
from branchdesk.ui.i18n import current_language, tr_error

PACKAGE = Path(branchdesk.__file__).parent


def _translated(context: str, source: str, disambiguation: str | None = None) -> str:
    text = QCoreApplication.translate(context, source, disambiguation)
    if current_language() != "en":
        assert text != source, f"no {current_language()} translation of {source!r} in context {context!r}"
    return text


def ui(context: str, source: str, disambiguation: str | None = None, /, **params: object) -> str:
    text = _translated(context, source, disambiguation)
    return text.format(**params) if params else text


def _literal(node: ast.expr) -> str | None:
    """A string literal, or tr_noop("literal")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr_noop" and node.args:
        return _literal(node.args[0])
    return None


@cache
def error_messages() -> dict[str, set[str]]:
    """Every `SomeError("code", tr_noop("message"), ...)` (or SomeWarning) in the package: code -> its
    message sources."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None) or ""
            if not (name.endswith(("Error", "Warning")) or name == "PermissionDenied"):
                continue
            code, message = _literal(node.args[0]), _literal(node.args[1])
            if code and message and "." in code:
                found.setdefault(code, set()).add(message)
    return found


def error(code: str, /, **params: object) -> str:
    """The translated message of UserError `code`, fields filled in (the code must have one message)."""
    messages = error_messages().get(code)
    assert messages, f"no UserError with code {code!r} in branchdesk/"
    assert len(messages) == 1, f"UserError {code!r} has several messages: {sorted(messages)}"
    (message,) = messages
    _translated("UserError", message)
    return tr_error(UserError(code, message, **params))
