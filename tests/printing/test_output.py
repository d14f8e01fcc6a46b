"""Saving PDFs atomically and handing them to the system printer (lp/lpr); why a print failed, as a code."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from branchdesk.errors import UserError
from branchdesk.printing import output
from branchdesk.printing.faults import PrintFailed
from branchdesk.printing.output import print_pdf, save_pdf

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def test_save_pdf_writes_the_whole_file(tmp_path):
    target = save_pdf(PDF, tmp_path / "ticket.pdf")
    assert target.read_bytes() == PDF
    assert os.listdir(tmp_path) == ["ticket.pdf"]


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failed_save_leaves_the_old_file_and_no_partial_one(tmp_path, monkeypatch, step):
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old poster")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, step, broken)
    with pytest.raises(UserError) as caught:
        save_pdf(PDF, target)
    assert caught.value.code == "print.save_failed"
    assert "the disk is full" in str(caught.value) and "No space left" not in str(caught.value)
    assert target.read_bytes() == b"old poster"
    assert os.listdir(tmp_path) == ["poster.pdf"]  # the temporary file is gone


def test_save_into_a_missing_folder_is_a_user_error(tmp_path):
    with pytest.raises(UserError) as caught:
        save_pdf(PDF, tmp_path / "no-such-folder" / "a.pdf")
    assert caught.value.code == "print.save_failed"
    assert "the folder does not exist" in str(caught.value) and "No such file" not in str(caught.value)
    assert os.listdir(tmp_path) == []


def fake_command(folder: Path, name: str, exit_code: int = 0, message: str = "") -> Path:
    """A stand-in for lp/lpr that records its arguments and the PDF it was fed."""
    script = folder / name
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys, pathlib\n"
        "here = pathlib.Path(__file__).parent\n"
        "(here / 'args.txt').write_text('\\n'.join(sys.argv[1:]))\n"
        "(here / 'job.pdf').write_bytes(sys.stdin.buffer.read())\n"
        f"sys.stderr.write({message!r})\n"
        f"sys.exit({exit_code})\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


posix_only = pytest.mark.skipif(sys.platform == "win32", reason="lp/lpr are POSIX commands")


@posix_only
def test_print_pdf_feeds_lp_the_pdf(tmp_path, monkeypatch):
    fake_command(tmp_path, "lp")
    monkeypatch.setenv("PATH", str(tmp_path))
    print_pdf(PDF, "XP-80", copies=2, title="A012")
    assert (tmp_path / "job.pdf").read_bytes() == PDF
    assert (tmp_path / "args.txt").read_text().split("\n") == ["-n", "2", "-t", "A012", "-d", "XP-80"]


@posix_only
def test_print_pdf_falls_back_to_lpr(tmp_path, monkeypatch):
    fake_command(tmp_path, "lpr")
    monkeypatch.setenv("PATH", str(tmp_path))
    print_pdf(PDF)
    assert (tmp_path / "job.pdf").read_bytes() == PDF
    assert (tmp_path / "args.txt").read_text().split("\n") == ["-#", "1", "-T", "BranchDesk"]


@posix_only
@pytest.mark.parametrize("said,code", [
    ("lp: Error - no default destination available.\n", "print.no_default"),
    ("lp: The printer or class does not exist.\n", "print.no_printer"),
    ("lpr: error - scheduler not responding!\n", "print.no_scheduler"),
    ("lp: Error - something nobody expected\n", "print.rejected"),
])
def test_what_the_print_system_said_becomes_a_reason_code(tmp_path, said, code):
    fake_command(tmp_path, "lp", exit_code=1, message=said)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PATH", str(tmp_path))
        with pytest.raises(PrintFailed) as caught:
            print_pdf(PDF, "XP-80")
    assert caught.value.code == code
    assert caught.value.fault.code == code
    assert "Error" not in str(caught.value)  # CUPS's English stays in the log


def test_no_print_command_at_all_is_a_print_failure(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: neither lp nor lpr
    with pytest.raises(PrintFailed) as caught:
        print_pdf(PDF)
    assert caught.value.code == "print.no_command"
    assert "lp or lpr" in str(caught.value) and "Printer…" in str(caught.value)


@posix_only
def test_a_print_command_that_cannot_start_is_no_print_command(tmp_path, monkeypatch):
    """lp is there but cannot run (its interpreter is gone): the OS says ENOENT, "No such file or directory"."""
    script = tmp_path / "lp"
    script.write_text(f"#!{tmp_path / 'gone' / 'python'}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrintFailed) as caught:
        print_pdf(PDF)
    assert caught.value.code == "print.no_command"
    assert "No such file" not in str(caught.value)


def test_copies_must_be_positive():
    with pytest.raises(ValueError):
        print_pdf(PDF, copies=0)
