"""The PDF report of a signed check (issue 11, item 3)."""

import os
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from branchdesk.errors import UserError
from branchdesk.services.checks.inspections import AnswerInput
from tests.checks.conftest import template_id
from tests.checks.test_inspections import FAIL, NA, _answer_all, _line
from tests.printing.pdfcheck import page_text


def _all_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def test_the_report_of_a_signed_check_says_what_failed_and_who_answers_for_it(checks, manager, clerk, tmp_path):
    inspection = checks.inspections.start(manager, template_id(checks, "weekly_full"))
    temperature = _line(inspection, "温度").item.id
    checks.inspections.answer(manager, inspection.id, temperature, AnswerInput(number=31))
    checks.inspections.name_responsible(manager, inspection.id, temperature, clerk.staff_id)
    checks.inspections.answer(manager, inspection.id, _line(inspection, "监督、投诉电话").item.id, FAIL)
    photo = tmp_path / "hall.png"
    photo.write_bytes(b"\x89PNG a hall")
    checks.inspections.answer(manager, inspection.id, _line(inspection, "现场照片").item.id, AnswerInput(photo=photo))
    inspection = checks.inspections.answer(manager, inspection.id, _line(inspection, "集邮").item.id, NA)
    inspection = _answer_all(checks, manager, inspection)
    with pytest.raises(UserError, match="once it is signed"):
        checks.inspections.report_pdf(manager, inspection.id)
    checks.inspections.sign(manager, inspection.id)
    pdf = checks.inspections.report_pdf(manager, inspection.id)
    if os.environ.get("CHECKS_REPORT_OUT"):  # to look at it: CHECKS_REPORT_OUT=/tmp/x.pdf pytest ...
        Path(os.environ["CHECKS_REPORT_OUT"]).write_bytes(pdf)
    first = page_text(pdf)
    assert "每周全面检查" in first and "青山镇邮政支局" in first and "不合格" in first
    assert "关键项不合格" in first and "王芳" in first
    text = _all_text(pdf)
    for expected in ("31 °C（18–28）", "张敏", "不适用", "已附照片", "第 1 版"):
        assert expected in text, expected
