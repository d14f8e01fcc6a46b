"""The shipped CJK font, registered with reportlab once, on first use.

WenQuanYi Micro Hei covers Chinese and Latin text, so one face prints both lines
of a bilingual page; reportlab embeds the glyphs it uses (a subset) in each PDF,
so Chinese prints on any PC without the font installed there.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from branchdesk.errors import UserError, tr_noop
from branchdesk.paths import fonts_dir

CJK_FONT_NAME = "BranchDeskCJK"
CJK_FONT_FILE = "wqy-microhei.ttc"

_lock = threading.Lock()
_registered: str | None = None


def cjk_font_path() -> Path:
    return fonts_dir() / CJK_FONT_FILE


def cjk_font() -> str:
    """The reportlab font name of the embedded CJK font, registering it on first call.

    Raises UserError "print.font_missing" if the shipped font file is absent or
    unreadable (a broken installation the user can repair by reinstalling).
    """
    global _registered
    if _registered:
        return _registered
    with _lock:
        if _registered:
            return _registered
        path = cjk_font_path()
        if not path.is_file():
            raise UserError(
                "print.font_missing",
                tr_noop("The Chinese printing font is missing ({path}). Reinstall BranchDesk."),
                path=str(path),
            )
        try:
            font = TTFont(CJK_FONT_NAME, str(path), subfontIndex=0)
        except Exception as exc:  # reportlab raises TTFError or OSError for unreadable files
            raise UserError(
                "print.font_missing",
                tr_noop("The Chinese printing font cannot be read ({path}). Reinstall BranchDesk."),
                path=str(path),
            ) from exc
        pdfmetrics.registerFont(font)
        _registered = CJK_FONT_NAME
        return _registered
