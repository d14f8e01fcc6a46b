"""Saving PDFs atomically and handing them to the system printer (lp/lpr, or Windows' print verb)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from branchdesk.errors import UserError
from branchdesk.printing import output
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
    assert "No space left on device" in str(caught.value)
    assert target.read_bytes() == b"old poster"
    assert os.listdir(tmp_path) == ["poster.pdf"]  # the temporary file is gone


def test_save_into_a_missing_folder_is_a_user_error(tmp_path):
    with pytest.raises(UserError) as caught:
        save_pdf(PDF, tmp_path / "no-such-folder" / "a.pdf")
    assert caught.value.code == "print.save_failed"
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
    monkeypatch.setattr(output, "IS_WINDOWS", False)
    fake_command(tmp_path, "lp")
    monkeypatch.setenv("PATH", str(tmp_path))
    print_pdf(PDF, "XP-80", copies=2, title="A012")
    assert (tmp_path / "job.pdf").read_bytes() == PDF
    assert (tmp_path / "args.txt").read_text().split("\n") == ["-n", "2", "-t", "A012", "-d", "XP-80"]


@posix_only
def test_print_pdf_falls_back_to_lpr(tmp_path, monkeypatch):
    monkeypatch.setattr(output, "IS_WINDOWS", False)
    fake_command(tmp_path, "lpr")
    monkeypatch.setenv("PATH", str(tmp_path))
    print_pdf(PDF)
    assert (tmp_path / "job.pdf").read_bytes() == PDF
    assert (tmp_path / "args.txt").read_text().split("\n") == ["-#", "1", "-T", "BranchDesk"]


@posix_only
def test_no_default_printer_is_reported_with_the_systems_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(output, "IS_WINDOWS", False)
    fake_command(tmp_path, "lp", exit_code=1, message="lp: Error - no default destination available.\n")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(UserError) as caught:
        print_pdf(PDF)
    assert caught.value.code == "print.failed"
    assert caught.value.params["reason"] == "lp: Error - no default destination available."


def test_no_print_command_at_all_is_a_print_failure(tmp_path, monkeypatch):
    monkeypatch.setattr(output, "IS_WINDOWS", False)
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: neither lp nor lpr
    with pytest.raises(UserError) as caught:
        print_pdf(PDF)
    assert caught.value.code == "print.failed"
    assert "lp or lpr" in str(caught.value)


def test_windows_uses_the_print_verb_on_a_spooled_copy(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(output, "IS_WINDOWS", True)
    monkeypatch.setattr(output, "spool_dir", lambda: tmp_path / "spool")
    monkeypatch.setattr(output.os, "startfile", lambda path, verb: calls.append((path, verb)), raising=False)
    print_pdf(PDF)
    assert len(calls) == 1 and calls[0][1] == "print"
    assert Path(calls[0][0]).read_bytes() == PDF


def test_windows_without_a_pdf_application_is_a_print_failure(tmp_path, monkeypatch):
    def no_association(path, verb):
        raise OSError(1155, "No application is associated with the specified file for this operation")

    monkeypatch.setattr(output, "IS_WINDOWS", True)
    monkeypatch.setattr(output, "spool_dir", lambda: tmp_path / "spool")
    monkeypatch.setattr(output.os, "startfile", no_association, raising=False)
    with pytest.raises(UserError) as caught:
        print_pdf(PDF)
    assert caught.value.code == "print.failed"
    assert "No application is associated" in str(caught.value)


def test_copies_must_be_positive():
    with pytest.raises(ValueError):
        print_pdf(PDF, copies=0)
