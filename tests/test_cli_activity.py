"""`branchdesk activity poster|report|sheet` on the demo branch, driven as a user drives it (issue 10, items 2,
4 and 7): the files written decode and read back; every mistake is one translated line and writes nothing."""

from __future__ import annotations

import shutil
import sqlite3

import pypdfium2 as pdfium
import pytest
import zxingcpp

from branchdesk.services.activities.codes import ScanKind, read_scan
from tests.printing.pdfcheck import page_text, render
from tests.printing.xlsxread import read_xlsx
from tests.test_cli import one_clear_line, run

CODE = "{code}"  # the demo activity's code, filled in by the test


@pytest.fixture
def demo(tmp_path, demo_template):
    shutil.copyfile(demo_template, tmp_path / "branchdesk.sqlite3")
    with sqlite3.connect(tmp_path / "branchdesk.sqlite3") as con:
        code = con.execute("select code from activity where status = 'running'").fetchone()[0]
        channels = con.execute("select a.name, a.code from activity_channel a order by a.name").fetchall()
    return tmp_path, code, dict(channels)


def test_a_poster_of_a_channel_carries_its_code(demo):
    data, code, channels = demo
    name, channel = "赶集折页", channels["赶集折页"]
    for layout, count in (("a3", 1), ("tearoff", 8)):
        out = data / f"{layout}.pdf"
        result = run("activity", "poster", code.lower(), "--channel", name, "--layout", layout, "--out", str(out),
                     "--data-dir", str(data), "--lang", "en")
        assert result.returncode == 0, result.stderr
        assert str(out) in result.stdout and channel in result.stdout
        found = zxingcpp.read_barcodes(render(out.read_bytes(), 3.0 if count > 1 else 1.5, 0),
                                       formats=zxingcpp.BarcodeFormat.QRCode)
        assert [b.text for b in found] == [channel] * count
        assert read_scan(found[0].text.upper()).kind is ScanKind.CHANNEL


def test_the_report_as_pdf_and_xlsx(demo):
    data, code, _ = demo
    out, sheet = data / "r.pdf", data / "r.xlsx"
    result = run("activity", "report", code, "--out", str(out), "--xlsx", str(sheet), "--data-dir", str(data),
                 "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert "赶集日邮政惠民周" in result.stdout and "participants" not in result.stdout  # said in Chinese
    assert "赶集日邮政惠民周" in page_text(out.read_bytes()).replace("\n", "")
    assert read_xlsx(sheet.read_bytes())


def test_sheets_are_numbered_by_the_staff_who_print_them(demo):
    data, code, channels = demo
    out = data / "s.pdf"
    for expected in ("1–2", "3–5"):
        pages = 2 if expected == "1–2" else 3
        result = run("activity", "sheet", code, "--channel", channels["集市入口海报"], "--pages", str(pages),
                     "--staff", "liqiang", "--out", str(out), "--data-dir", str(data), "--lang", "en", stdin="2468\n")
        assert result.returncode == 0, result.stderr
        assert f"sheets {expected}" in result.stdout
    assert len(pdfium.PdfDocument(out.read_bytes())) == 3
    with sqlite3.connect(data / "branchdesk.sqlite3") as con:
        assert [n for (n,) in con.execute("select number from activity_sheet order by number")] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("args, message", [
    (["poster", "NOPE", "--channel", "x"], "No activity has the code NOPE"),
    (["poster", CODE, "--channel", "2345678900"], "This activity has no channel “2345678900”"),
    (["report", CODE, "--xlsx", "r.csv"], "Save it as a .xlsx file, not r.csv"),
])
def test_mistakes_give_one_line_and_write_nothing(demo, args, message):
    data, code, _ = demo
    out = data / "o.pdf"
    args = [arg.format(code=code) for arg in args]
    line = one_clear_line(run("activity", *args, "--out", str(out), "--data-dir", str(data), "--lang", "en"))
    assert message in line and not out.exists()


def test_a_sheet_with_a_wrong_pin_is_refused_and_nothing_recorded(demo):
    data, code, channels = demo
    out = data / "s.pdf"
    one_clear_line(run("activity", "sheet", code, "--channel", "赶集折页", "--staff", "liqiang", "--out", str(out),
                       "--data-dir", str(data), "--lang", "en", stdin="0000\n"))
    with sqlite3.connect(data / "branchdesk.sqlite3") as con:
        assert con.execute("select count(*) from activity_sheet").fetchone()[0] == 0
    assert not out.exists()


def test_the_branch_head_sets_the_public_address_and_the_poster_links_to_it(demo):
    data, code, channels = demo
    shown = run("activity", "contact", "--data-dir", str(data), "--lang", "en")
    assert shown.returncode == 0 and "0855-8123 4567" in shown.stdout and "HQ's public address: —" in shown.stdout
    refused = run("activity", "contact", "--public-base", "https://hq.example.cn", "--staff", "liqiang",
                  "--data-dir", str(data), "--lang", "en", stdin="2468\n")
    assert "may not" in one_clear_line(refused)
    changed = run("activity", "contact", "--public-base", "https://hq.example.cn", "--staff", "wangfang",
                  "--data-dir", str(data), "--lang", "en", stdin="1357\n")
    assert changed.returncode == 0, changed.stderr
    out = data / "p.pdf"
    assert run("activity", "poster", code, "--channel", "赶集折页", "--out", str(out), "--data-dir", str(data),
               "--lang", "en").returncode == 0
    found = zxingcpp.read_barcodes(render(out.read_bytes(), 2.0, 0), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in found] == [f"https://hq.example.cn/c/{channels['赶集折页']}"]
