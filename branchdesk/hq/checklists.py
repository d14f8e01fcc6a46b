"""Checklists the county publishes for its branches (issue 11, item 1): read from a JSON file, checked,
and sent down like an announcement. The branch applies each as a new published version of the
template with the same key, so its inspections record which county version they ran on.

The file:
    {"key": "county-weekly", "kind": "weekly", "title": "县局每周检查",
     "items": [{"section": "营业厅内", "text": "四净四无", "guidance": "...", "weight": 2,
                "critical": false, "answer_type": "pass_fail"}, ...]}
answer_type is pass_fail, score (with max_score), number (with min_value and/or max_value, unit), text
or photo. The rules are the branch's own (services/checks/templates.check_item); HQ checks them
before sending, since a branch cannot refuse what HQ signed without stopping its sync.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from branchdesk.hq.database import HQDatabase
from branchdesk.hq.registry import HQError, send_down
from branchdesk.sync import protocol

KINDS = ("opening", "closing", "weekly", "monthly", "mystery")  # as the branch's services/checks/templates.py
ANSWER_TYPES = ("pass_fail", "score", "number", "text", "photo")
MAX_ITEMS = 200
# Template ids from the key, so every send of "county-weekly" is a version of one template everywhere.
TEMPLATE_NAMESPACE = uuid.UUID("6f0c1d55-0b8e-4a52-9d1e-6a3c2f8a41b7")


def template_id(key: str) -> str:
    return str(uuid.uuid5(TEMPLATE_NAMESPACE, key))


def read_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise HQError("checklist_unreadable", path=path) from None
    except UnicodeDecodeError:
        raise HQError("checklist_not_json", path=path, line=1) from None
    except json.JSONDecodeError as error:
        raise HQError("checklist_not_json", path=path, line=error.lineno) from None
    return checked(data)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _item(n: int, raw: object) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise HQError("checklist_item_text", n=n)
    section, text = str(raw.get("section", "")).strip(), str(raw.get("text", "")).strip()
    kind = raw.get("answer_type", "pass_fail")
    weight = raw.get("weight", 1)
    item = {"section": section, "text": text, "guidance": str(raw.get("guidance", "")).strip(),
            "weight": weight, "critical": bool(raw.get("critical", False)), "answer_type": kind,
            "max_score": raw.get("max_score"), "min_value": raw.get("min_value"),
            "max_value": raw.get("max_value"), "unit": raw.get("unit")}
    problems = [
        (not section or not text or len(section) > 60 or len(text) > 200, "checklist_item_text"),
        (kind not in ANSWER_TYPES, "checklist_item_type"),
        (not _number(weight) or not 0 < weight <= 100, "checklist_item_weight"),
        (kind == "score" and not (isinstance(item["max_score"], int) and 0 < item["max_score"] <= 100),
         "checklist_item_score"),
        (kind == "number" and item["min_value"] is None and item["max_value"] is None, "checklist_item_limits"),
        (any(item[k] is not None and not _number(item[k]) for k in ("min_value", "max_value")),
         "checklist_item_limits"),
        (kind == "number" and _number(item["min_value"]) and _number(item["max_value"])
         and item["min_value"] > item["max_value"], "checklist_item_limits_order"),
    ]
    for wrong, key in problems:
        if wrong:
            raise HQError(key, n=n)
    return item


def checked(data: object) -> dict[str, Any]:
    """The checklist as it goes down, or HQError naming what is wrong."""
    if not isinstance(data, dict):
        raise HQError("checklist_shape")
    key, kind, title = str(data.get("key", "")).strip(), data.get("kind"), str(data.get("title", "")).strip()
    items = data.get("items")
    if not key or len(key) > 36 or kind not in KINDS or not title or len(title) > 100:
        raise HQError("checklist_shape")
    if not isinstance(items, list) or not 0 < len(items) <= MAX_ITEMS:
        raise HQError("checklist_items", count=MAX_ITEMS)
    return {"key": f"hq-{key}", "kind": kind, "title": title,
            "items": [_item(n, raw) for n, raw in enumerate(items, start=1)]}


def send(db: HQDatabase, checklist: dict[str, Any], branch_code: str | None, now: dt.datetime) -> str:
    """A checked checklist for one branch or all: the branch applies it as a new published version. The ids
    are made here, so HQ and the branch name the template, the version and its items alike."""
    version_id = str(uuid.uuid4())
    payload = {**checklist, "template_id": template_id(checklist["key"]), "version_id": version_id,
               "published_at": protocol.wire_time(now),
               "items": [{**item, "id": str(uuid.uuid4())} for item in checklist["items"]]}
    send_down(db, "checklist", version_id, payload, branch_code, now)
    return version_id
