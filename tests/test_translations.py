"""The committed Chinese catalogue is complete, keeps placeholders, and matches the code."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "i18n"
ZH = TS_DIR / "branchdesk_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


def _script():
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def test_every_chinese_translation_is_finished():
    unfinished = [
        (ctx, src) for ctx, src, tr in _messages(ZH)
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_match_the_source():
    wrong = [
        (ctx, src, tr.text) for ctx, src, tr in _messages(ZH)
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text or ""))
    ]
    assert wrong == []


def test_role_labels_and_service_messages_are_in_the_catalogue():
    from branchdesk.services.roles import ROLE_LABELS

    user_errors = {src: tr.text for ctx, src, tr in _messages(ZH) if ctx == "UserError"}
    assert {user_errors[label] for label in ROLE_LABELS.values()} == {"检查员", "营业员", "值班长", "支局长", "系统管理员"}
    assert user_errors["Wrong name or PIN/password."] == "登录名或PIN码/密码错误。"


def test_tr_noop_collection_finds_service_strings():
    strings = _script().tr_noop_strings()
    assert "You are already clocked in." in strings
    assert "Clerk" in strings
    assert "tr_noop" not in " ".join(strings)


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None and not (Path(__import__("sys").executable).parent
                    / "pyside6-lupdate").exists(), reason="pyside6-lupdate is not installed")
def test_catalogue_is_up_to_date(tmp_path):
    """Extract afresh into a temporary folder: the same strings as the committed file, no more, no less."""
    shutil.copy(ZH, tmp_path / ZH.name)
    _script().update(tmp_path, languages=("zh_CN",))
    fresh = {(ctx, src) for ctx, src, _tr in _messages(tmp_path / ZH.name)}
    committed = {(ctx, src) for ctx, src, _tr in _messages(ZH)}
    assert sorted(fresh - committed) == [], "strings in the code but not in the catalogue: run scripts/i18n.py update"
    assert sorted(committed - fresh) == [], "strings in the catalogue but no longer in the code"
