"""PDFs to disk (atomically) and to the system printer.

Linux and macOS: the CUPS command `lp` (or BSD `lpr`), fed the PDF on stdin.
Windows: the shell's "print" verb on a spooled file, which hands the PDF to the
default PDF application. Any failure is a UserError "print.failed" so the caller
can tell the user and offer to print again; nothing is swallowed.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from branchdesk.errors import UserError, tr_noop

IS_WINDOWS = sys.platform == "win32"
PRINT_TIMEOUT = 60.0  # seconds for lp/lpr to accept the job
SPOOL_KEEP_SECONDS = 24 * 3600  # Windows: spooled copies are removed after a day


def save_pdf(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write `data` to `path` atomically: the file is either the whole new PDF or untouched.

    Raises UserError "print.save_failed" if the folder cannot be written.
    """
    target = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise UserError(
            "print.save_failed",
            tr_noop("The PDF could not be saved as {path}: {reason}."),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target


def save_file(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write an exported file atomically (the whole new file, or the old one untouched).

    The reasons the OS gives are in English: each becomes a UserError that says, translated, what to do."""
    target = Path(path)
    try:
        return save_pdf(data, target)
    except UserError as err:
        cause = err.__cause__
        if isinstance(cause, PermissionError):
            raise UserError("export.no_permission", tr_noop(
                "{path} could not be written: the file is open in another program, or this folder may not be "
                "written to. Close the file, or choose another folder."), path=str(target)) from cause
        if isinstance(cause, OSError) and cause.errno == errno.ENOSPC:
            raise UserError("export.disk_full", tr_noop(
                "{path} could not be written: the disk is full. Free some space or choose another disk."),
                path=str(target)) from cause
        if isinstance(cause, (FileNotFoundError, NotADirectoryError)):
            raise UserError("export.no_folder", tr_noop(
                "The folder of {path} does not exist. Choose another folder."), path=str(target)) from cause
        raise UserError("export.save_failed", tr_noop(
            "{path} could not be written. Choose another folder and try again."), path=str(target)) from cause


def _failed(reason: str, printer: str | None) -> UserError:
    return UserError(
        "print.failed",
        tr_noop("Printing on {printer} failed: {reason}. Check the printer, then print again."),
        printer=printer or "the default printer",
        reason=reason,
    )


def print_command(printer: str | None = None, copies: int = 1, title: str = "BranchDesk") -> list[str] | None:
    """The `lp` or `lpr` command line that prints a PDF read from stdin, or None if neither exists."""
    lp = shutil.which("lp")
    if lp:
        cmd = [lp, "-n", str(copies), "-t", title]
        return cmd + (["-d", printer] if printer else [])
    lpr = shutil.which("lpr")
    if lpr:
        cmd = [lpr, "-#", str(copies), "-T", title]
        return cmd + (["-P", printer] if printer else [])
    return None


def print_pdf(
    data: bytes,
    printer: str | None = None,
    *,
    copies: int = 1,
    title: str = "BranchDesk",
    timeout: float = PRINT_TIMEOUT,
) -> None:
    """Send a PDF to the system printer (`printer`, or the default one).

    Returns once the print system has accepted the job. Raises UserError
    "print.failed" when there is no printer or print command, or it fails.
    """
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    if IS_WINDOWS:
        _print_windows(data, printer, copies)
        return
    cmd = print_command(printer, copies, title)
    if cmd is None:
        raise _failed("no print command (lp or lpr) is installed", printer)
    try:
        result = subprocess.run(cmd, input=data, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise _failed(f"the print system did not answer within {timeout:g} s", printer) from exc
    except OSError as exc:
        raise _failed(exc.strerror or str(exc), printer) from exc
    if result.returncode != 0:
        message = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
        raise _failed(message or f"{Path(cmd[0]).name} exited with status {result.returncode}", printer)


def spool_dir() -> Path:
    return Path(tempfile.gettempdir()) / "branchdesk-print"


def _print_windows(data: bytes, printer: str | None, copies: int) -> None:
    # The "print" verb always uses the default printer and returns before the PDF
    # application has read the file, so the spooled copy is kept and swept later.
    if printer:
        raise _failed("only the default printer can print PDFs on Windows", printer)
    folder = spool_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _sweep(folder)
        for _ in range(copies):
            fd, name = tempfile.mkstemp(prefix="print-", suffix=".pdf", dir=folder)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.startfile(name, "print")  # type: ignore[attr-defined, unused-ignore]  # Windows only
    except OSError as exc:
        # WinError 1155: no application is associated with PDF files.
        raise _failed(exc.strerror or str(exc), printer) from exc


def _sweep(folder: Path) -> None:
    cutoff = time.time() - SPOOL_KEEP_SECONDS
    for old in folder.glob("print-*.pdf"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass  # still open in the PDF application: next time
