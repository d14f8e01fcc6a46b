"""Read an .xlsx back with the standard library only (zipfile and XML): no test dependency, and independent
of the library that wrote it."""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}

Cell = str | float | None


def _column(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref)
    assert letters
    index = 0
    for letter in letters.group():
        index = index * 26 + ord(letter) - 64
    return index - 1


def read_xlsx(data: bytes) -> dict[str, list[list[Cell]]]:
    """Sheet name → rows of cells, in the workbook's order: a string, a number (float; an int when whole), or
    None for a blank cell. A number stored as text comes back as a str."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = set(z.namelist())
        shared: list[str] = []
        if "xl/sharedStrings.xml" in names:
            for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
        result: dict[str, list[list[Cell]]] = {}
        for sheet in book.iter(f"{{{NS['m']}}}sheet"):
            target = targets[sheet.get(f"{{{NS['r']}}}id")]
            path = "xl/" + target.lstrip("/").removeprefix("xl/")
            rows: list[list[Cell]] = []
            for row in ElementTree.fromstring(z.read(path)).iter(f"{{{NS['m']}}}row"):
                index = int(row.get("r")) - 1
                while len(rows) <= index:
                    rows.append([])
                cells = rows[index]
                for c in row.findall("m:c", NS):
                    col = _column(c.get("r"))
                    while len(cells) <= col:
                        cells.append(None)
                    kind, value = c.get("t"), c.find("m:v", NS)
                    if kind == "s" and value is not None:
                        cells[col] = shared[int(value.text or 0)]
                    elif kind == "inlineStr":
                        cells[col] = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
                    elif kind == "str" and value is not None:
                        cells[col] = value.text or ""
                    elif value is not None:
                        number = float(value.text or 0)
                        cells[col] = int(number) if number.is_integer() else number
            result[sheet.get("name") or ""] = rows
        return result
