"""Messages on a page: a label shown in a role's style, and the rich text of a link to a saved file."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel


def say(label: QLabel, role: str, text: str) -> None:
    """`text` on `label` in the style of `role` ("", "error", "warning"): the style sheet reads the property,
    so the label is polished again."""
    label.setProperty("role", role)
    label.setText(text)
    label.style().unpolish(label)
    label.style().polish(label)


def escaped(text: str) -> str:
    """`text` inside rich text: &, < and > as entities."""
    return html.escape(text, quote=False)


def file_url(path: Path) -> str:
    """A file: URL, percent-encoded (a Chinese name or a space would not survive a link otherwise)."""
    return bytes(QUrl.fromLocalFile(str(path)).toEncoded().data()).decode("ascii")
