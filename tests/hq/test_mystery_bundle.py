"""The weekly bundle and unreleased mystery-shopper visits (issue 11, item 5; docs/sync-protocol.md §8.1).

Branch staff carry the bundle and can unzip it: a visit not released yet travels sealed to HQ's key, so
nothing of it can be read from the file, while HQ opens it and holds exactly the rows a push would carry."""

from __future__ import annotations

import io
import json
import zipfile

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from branchdesk.hq import registry
from branchdesk.hq.bundles import import_bundle
from branchdesk.hq.models import Credential
from branchdesk.services.roles import Role
from branchdesk.sync.bundle import BundleError, read_bundle
from branchdesk.sync.protocol import KeyPair
from tests.checks.test_mystery import SECRET_NOTE, WINDOW, _recorded, make_people
from tests.hq.test_branch_sync import branch_rows, hq_holds
from tests.hq.test_bundles import branch, usb  # noqa: F401 - fixtures

VISIT_ENTITIES = {"inspection", "inspection_answer", "mystery_visit"}


@pytest.fixture
def people(services, admin):
    services.checks.templates.install_defaults()
    return make_people(services, admin)


def _readable(path) -> str:
    """Everything a person can read in the bundle: its rows, the manifest, the text of the reports."""
    parts = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith(".pdf"):
                doc = pdfium.PdfDocument(data)
                parts += [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
            elif name.endswith(".xlsx"):
                with zipfile.ZipFile(io.BytesIO(data)) as sheet:
                    parts += [sheet.read(n).decode("utf-8", "replace") for n in sheet.namelist()]
            else:
                parts.append(data.decode("utf-8", "replace"))
    return "\n".join(parts)


def _plain_rows(path):
    with zipfile.ZipFile(path) as archive:
        return [json.loads(line) for line in archive.read("changes.jsonl").splitlines()]


def test_an_unreleased_visit_travels_sealed_and_hq_holds_it_as_pushed(branch, services, people, clock, hq_db, hq_clock,  # noqa: F811
                                                                      usb):  # noqa: F811
    visit = _recorded(services.checks, people, clock)
    head = people[Role.BRANCH_HEAD]
    made = services.sync.export_week(head, usb)
    text = _readable(made.path)
    # Not its words, window, score or entities; only the audit log's "the inspector recorded and signed a visit".
    assert SECRET_NOTE not in text and WINDOW not in text and "mystery_visit" not in text
    rows = _plain_rows(made.path)
    sealed = [r for r in rows if "sealed" in r]
    assert sealed and not any(r.get("entity") in VISIT_ENTITIES for r in rows)
    with zipfile.ZipFile(made.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == 2 and manifest["counts"]["sealed"] == len(sealed)
    # HQ opens them: it holds every row exactly as the branch logged it (the same hashes as a push).
    done = import_bundle(hq_db, made.path, None, hq_clock())
    assert done.held_through == made.last_seq
    held_as_logged(services, hq_db, made.last_seq)
    # Released, the visit's release row goes plain in the next bundle.
    branch.import_ack(done.ack)
    services.checks.visits.release(people[Role.INSPECTOR], visit.id)
    again = services.sync.export_week(head, usb)
    assert [r["entity"] for r in _plain_rows(again.path) if "sealed" not in r and r["entity"] == "mystery_visit"]
    import_bundle(hq_db, again.path, None, hq_clock())
    held_as_logged(services, hq_db, again.last_seq)


def held_as_logged(services, hq_db, last_seq):
    """HQ holds rows 1..last_seq with the hashes of the rows as the branch logged them (as a push sends them)."""
    assert hq_holds(hq_db) == [(row.seq, row.digest()) for row in branch_rows(services) if row.seq <= last_seq]


def test_sealed_rows_open_only_with_hq_s_key(branch, services, people, clock, hq_db, hq_clock, usb):  # noqa: F811
    _recorded(services.checks, people, clock)
    made = services.sync.export_week(people[Role.ADMIN], usb)

    def enrolled_key(_branch, credential):
        with hq_db.transaction() as s:
            return s.scalar(select(Credential.public_key).where(Credential.id == credential))
    for keys in (None, KeyPair.generate()):  # without HQ's keys, or another HQ's: refused whole
        with pytest.raises(BundleError) as refused:
            read_bundle(made.path, enrolled_key, keys)
        assert refused.value.reason == "tampered"
    assert read_bundle(made.path, enrolled_key, registry.hq_keys(hq_db, hq_clock())).last_seq == made.last_seq


def test_export_week_from_the_command_line_seals_them_too(services, admin, people, clock, data_dir, hq_db, hq_clock,
                                                          hq_server, tmp_path, capsys):
    from branchdesk.cli import main

    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    assert main(["sync", "enrol", hq_server.url, made.code, "--data-dir", str(data_dir.root)]) == 0
    _recorded(services.checks, people, clock)
    stick = tmp_path / "usb"
    assert main(["export-week", "--out", str(stick), "--data-dir", str(data_dir.root)]) == 0
    bundle = next(stick.glob("*.bdbundle"))
    assert SECRET_NOTE not in _readable(bundle) and any("sealed" in r for r in _plain_rows(bundle))
    capsys.readouterr()
