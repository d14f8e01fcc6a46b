"""Service-standard checks (issue 11): templates in versions, and the inspections run from them.

A published version and a signed inspection never change: the services refuse it, and
triggers of migration 0007 refuse an UPDATE or DELETE of such rows (and of their items
and answers) whatever path tries it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, Synced, UTCDateTime


class ChecklistTemplate(Synced, Base):
    """A kind of check (daily opening, closing, weekly, mystery shopper); its content lives in versions."""

    __tablename__ = "checklist_template"

    key: Mapped[str] = mapped_column(String(40), unique=True)  # "daily_opening", ... or "custom-<id>"
    kind: Mapped[str] = mapped_column(String(20))  # opening, closing, weekly, mystery
    title: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class TemplateVersion(Synced, Base):
    """Version `number` of a template: a draft until published, then frozen."""

    __tablename__ = "template_version"
    __table_args__ = (UniqueConstraint("template_id", "number"),)

    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_template.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(100))
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    published_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class TemplateItem(Synced, Base):
    __tablename__ = "template_item"
    __table_args__ = (UniqueConstraint("version_id", "position"),)

    version_id: Mapped[str] = mapped_column(ForeignKey("template_version.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(String(200))
    guidance: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    answer_type: Mapped[str] = mapped_column(String(12))  # pass_fail, score, number, text, photo
    max_score: Mapped[int | None] = mapped_column(Integer)  # score: 0..max_score
    min_value: Mapped[float | None] = mapped_column(Float)  # number: the limits it must lie within
    max_value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(20))
    source: Mapped[str | None] = mapped_column(String(30))  # "attendance_early": answered from attendance


class Inspection(Synced, Base):
    """One check run on one published version; signed, it is final."""

    __tablename__ = "inspection"

    version_id: Mapped[str] = mapped_column(ForeignKey("template_version.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    started_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    signed_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    result: Mapped[str | None] = mapped_column(String(10))  # pass or fail, set when signed
    earned: Mapped[float | None] = mapped_column(Float)
    possible: Mapped[float | None] = mapped_column(Float)


class InspectionAnswer(Synced, Base):
    """The answer to one item; answered again while unsigned, it is updated in place."""

    __tablename__ = "inspection_answer"
    __table_args__ = (UniqueConstraint("inspection_id", "item_id"),)

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("template_item.id"))
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str | None] = mapped_column(String(4))  # pass_fail: pass or fail
    score: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str | None] = mapped_column(Text)
    photo_file: Mapped[str | None] = mapped_column(String(100))  # under the data folder's photos/
    photo_sha256: Mapped[str | None] = mapped_column(String(64))
    failed: Mapped[bool] = mapped_column(Boolean, default=False)
    responsible_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    answered_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))  # None: read from attendance
    answered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class MysteryVisit(Synced, Base):
    """A covert mystery-shopper visit (issue 11, item 5): what the inspector observed, on its inspection.

    Its results stay hidden from the branch until `released_at` (services/checks/visibility.py). Once the
    inspection is signed only the release may be set, once; migration 0010's triggers refuse anything else.
    """

    __tablename__ = "mystery_visit"

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), unique=True)
    visited_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)  # when the inspector was at the counter
    window_label: Mapped[str] = mapped_column(String(40), default="")  # the window observed, as the inspector saw it
    observed_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))  # who served, if known
    source: Mapped[str] = mapped_column(String(6), default="branch")  # branch: recorded here; hq: sent down
    released_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    released_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))  # None with released_at: by HQ
