"""PDFs to disk (atomically) and to the system printer.

Linux and macOS: the CUPS command `lp` (or BSD `lpr`), fed the PDF on stdin.
Windows prints through Qt (ui/queue/qt_print.py), not here. Any failure is a
`PrintFailed` carrying a reason code (printing/faults.py), so the caller can tell
the user in their language and offer to print again; nothing is swallowed.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from branchdesk.errors import UserError, tr_noop
from branchdesk.printing.faults import PrintFailed, print_system_fault

log = logging.getLogger(__name__)
PRINT_TIMEOUT = 60.0  # seconds for lp/lpr to accept the job


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
        log.info("saving %s failed: %s", target, exc)  # the CLI shows warnings on stderr: one line is wanted there
        raise UserError("print.save_failed", _save_reason(exc), path=str(target)) from exc
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


def _save_reason(exc: OSError) -> str:
    """What to do when a PDF cannot be saved, by the OS's error number (its English goes to the log)."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return tr_noop("The PDF could not be saved as {path}: the disk is full. Free some space or save it "
                       "somewhere else.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr_noop("The PDF could not be saved as {path}: BranchDesk may not write there. Save it in "
                       "another folder.")
    if exc.errno == errno.ENOENT:
        return tr_noop("The PDF could not be saved as {path}: the folder does not exist. Choose another "
                       "folder.")
    return tr_noop("The PDF could not be saved as {path}. Check the folder or the USB stick, then save it "
                   "again or somewhere else.")


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

    Returns once the print system has accepted the job. Raises PrintFailed when
    there is no print command or printer, or the print system refuses the job.
    """
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    cmd = print_command(printer, copies, title)
    if cmd is None:
        raise PrintFailed("print.no_command")
    try:
        result = subprocess.run(cmd, input=data, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise PrintFailed("print.system_timeout", seconds=f"{timeout:g}") from exc
    except FileNotFoundError as exc:  # removed between the look-up and the start
        raise PrintFailed("print.no_command") from exc
    except OSError as exc:
        log.warning("could not run %s: %s", cmd[0], exc)
        raise PrintFailed("print.no_command") from exc
    if result.returncode != 0:
        message = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
        raise print_system_fault(message or f"{Path(cmd[0]).name} exited with status {result.returncode}", printer)
