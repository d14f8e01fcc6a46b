"""Photos attached to checks and to corrective actions' evidence: kept in the data folder under their SHA-256."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from branchdesk.errors import UserError, tr_noop

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
MAX_PHOTO_BYTES = 20 * 1024 * 1024


def keep_photo(photo_dir: Path, source: Path) -> tuple[str, str]:
    """Copy the photo into `photo_dir` as <sha256><suffix> (one copy however often attached);
    returns the file name and the digest."""
    if source.suffix.lower() not in PHOTO_SUFFIXES:
        raise UserError("checks.photo_type", tr_noop("A photo is a JPEG or PNG file."))
    try:
        size = source.stat().st_size
        if size > MAX_PHOTO_BYTES:
            raise UserError("checks.photo_too_big", tr_noop("The photo is larger than 20 MB."))
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        name = digest + source.suffix.lower()
        photo_dir.mkdir(parents=True, exist_ok=True)
        target = photo_dir / name
        if not target.exists():
            shutil.copyfile(source, target)
    except OSError as error:
        raise UserError("checks.photo_unreadable",
                        tr_noop("The photo could not be read or kept: check that the file exists and the "
                                "data folder has room.")) from error
    return name, digest
