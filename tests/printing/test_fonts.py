"""The shipped CJK font: registered once, and a clear error when it is missing."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

import pytest

from branchdesk.errors import UserError
from branchdesk.printing import fonts


def test_font_is_registered_once_under_one_name():
    name = fonts.cjk_font()
    assert name == fonts.cjk_font()
    font = pdfmetrics.getFont(name)
    assert font.face.name == b"WenQuanYiMicroHei"
    assert pdfmetrics.stringWidth("邮政", name, 10) == pytest.approx(20, abs=0.5)  # full-width glyphs


def test_missing_font_file_is_a_clear_user_error(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path)
    with pytest.raises(UserError) as caught:
        fonts.cjk_font()
    assert caught.value.code == "print.font_missing"
    assert str(tmp_path / fonts.CJK_FONT_FILE) in str(caught.value)


def test_unreadable_font_file_is_a_clear_user_error(monkeypatch, tmp_path):
    (tmp_path / fonts.CJK_FONT_FILE).write_bytes(b"not a font")
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path)
    with pytest.raises(UserError) as caught:
        fonts.cjk_font()
    assert caught.value.code == "print.font_missing"
