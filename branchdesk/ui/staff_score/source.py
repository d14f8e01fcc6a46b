"""The source of a score line, opened from the line (Enter or double-click): the evaluation with its
corrections, the target with its entries (and the tickets it counted), the day's checks and tickets, or
the signed check with its failed item marked. Read-only: a correction is made as a new entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from branchdesk.services import Services
from branchdesk.services.checks.inspections import InspectionView
from branchdesk.services.roles import Actor
from branchdesk.services.staff_score.rules import CRITERIA
from branchdesk.services.staff_score.views import DayDetail, EvaluationEntry, Source, TargetDetail
from branchdesk.ui.i18n import format_date, format_time, tr_text
from branchdesk.ui.ops import Op
from branchdesk.ui.staff_score.labels import target_label, week_span
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, fill_row, make_table


def _stamp(value: Any) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


class SourceDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, summary: str, headers: list[str],
                 rows: list[tuple[list[str], bool]], stretch: int = -1) -> None:
        """`stretch`: the column that takes the room left (the others fit their contents); -1 the last."""
        super().__init__(parent)
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.table = make_table(headers)
        self.table.setRowCount(len(rows))
        for row, (texts, marked) in enumerate(rows):
            if marked:
                fill_row(self.table, row, texts, LATE_BACKGROUND, LATE_FOREGROUND)
            else:
                fill_row(self.table, row, texts)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch % len(headers), QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)
        first_marked = next((row for row, (_texts, mark) in enumerate(rows) if mark), 0)
        if rows:
            self.table.selectRow(first_marked)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _evaluation(parent: QWidget | None, entries: list[EvaluationEntry]) -> SourceDialog:
    """The form's criteria down the side, one column per entry for the week, the latest first."""
    latest = entries[-1]
    title = QCoreApplication.translate("StaffScore", "Weekly evaluation of {name}, week {span}").format(
        name=latest.staff_name, span=week_span(latest.week_start))
    summary = QCoreApplication.translate(
        "StaffScore", "Entered by {who} at {when}. A correction is a new evaluation of the same week; the latest "
        "counts and the earlier ones stay listed.").format(who=latest.evaluated_by, when=_stamp(latest.evaluated_at))
    newest_first = list(reversed(entries))
    headers = [QCoreApplication.translate("StaffScore", "Criterion"),
               QCoreApplication.translate("StaffScore", "Maximum")]
    for entry in newest_first:
        state = "" if entry.latest else QCoreApplication.translate("StaffScore", " (replaced)")
        headers.append(f"{entry.evaluated_at:%m-%d %H:%M} {entry.evaluated_by}{state}")
    rows: list[tuple[list[str], bool]] = []
    for number, criterion in enumerate(CRITERIA, start=1):
        rows.append(([f"{number}. {tr_text(criterion.title)}", str(criterion.maximum)]
                     + [str(e.scores.get(criterion.code, "")) for e in newest_first], False))
    rows.append(([QCoreApplication.translate("StaffScore", "Total"), "50"] + [str(e.total) for e in newest_first],
                 False))
    rows.append(([QCoreApplication.translate("StaffScore", "Note"), ""] + [e.note for e in newest_first], False))
    return SourceDialog(parent, title, summary, headers, rows, stretch=0)


def _target(parent: QWidget | None, detail: TargetDetail) -> SourceDialog:
    title = QCoreApplication.translate("StaffScore", "{target} of {name}, {month}").format(target=target_label(detail.kind), name=detail.staff_name,
                                                     month=detail.month)
    rows: list[tuple[list[str], bool]] = []
    for entry in reversed(detail.entries):
        state = "" if entry.latest else QCoreApplication.translate("StaffScore", " (replaced)")
        rows.append(([QCoreApplication.translate("StaffScore", "Target set") + state, _stamp(entry.set_at), entry.set_by,
                      QCoreApplication.translate("StaffScore", "goal {goal}, worth {points}").format(goal=entry.goal, points=entry.points)
                      + (f" · {entry.note}" if entry.note else "")], False))
    for figure in reversed(detail.figures):
        state = "" if figure.latest else QCoreApplication.translate("StaffScore", " (replaced)")
        rows.append(([QCoreApplication.translate("StaffScore", "Figure entered") + state, _stamp(figure.entered_at), figure.entered_by,
                      str(figure.value) + (f" · {figure.note}" if figure.note else "")], False))
    for ticket in detail.tickets:
        rows.append(([QCoreApplication.translate("StaffScore", "Ticket {code}").format(code=ticket.code), f"{ticket.day:%Y-%m-%d}", "",
                      QCoreApplication.translate("StaffScore", "{served} min served, norm {norm} min").format(served=ticket.service_minutes,
                                                                       norm=f"{ticket.norm_minutes:g}")],
                     not ticket.within))
    if detail.computed:
        within = sum(1 for t in detail.tickets if t.within)
        summary = QCoreApplication.translate("StaffScore", "Counted from the tickets this person served at the window: {within} of {count} within "
                     "the norm (over the norm marked).").format(within=within, count=len(detail.tickets))
    else:
        summary = QCoreApplication.translate("StaffScore", "Entered by the branch head; a correction is a new entry and the latest counts.")
    return SourceDialog(parent, title, summary, [QCoreApplication.translate("StaffScore", "Entry"), QCoreApplication.translate("StaffScore", "When"), QCoreApplication.translate("StaffScore", "By"), QCoreApplication.translate("StaffScore", "What")], rows)


def _day(parent: QWidget | None, detail: DayDetail) -> SourceDialog:
    title = QCoreApplication.translate("StaffScore", "{name} on {day}").format(name=detail.staff_name, day=format_date(detail.day))
    summary = QCoreApplication.translate("StaffScore", "Clocked in {first_in}, out {last_out}.").format(first_in=format_time(detail.first_in),
                                                                 last_out=format_time(detail.last_out))
    if detail.runs_checks:
        summary += " " + QCoreApplication.translate("StaffScore", "Daily checks signed: {count}.").format(count=len(detail.checks))
    rows: list[tuple[list[str], bool]] = []
    for check in detail.checks:
        rows.append(([QCoreApplication.translate("StaffScore", "Check signed"), format_time(check.signed_at), check.title], False))
    for ticket in detail.tickets:
        rows.append(([QCoreApplication.translate("StaffScore", "Ticket {code}").format(code=ticket.code), "",
                      QCoreApplication.translate("StaffScore", "{served} min served, norm {norm} min").format(served=ticket.service_minutes,
                                                                       norm=f"{ticket.norm_minutes:g}")],
                     not ticket.within))
    return SourceDialog(parent, title, summary, [QCoreApplication.translate("StaffScore", "What"), QCoreApplication.translate("StaffScore", "When"), QCoreApplication.translate("StaffScore", "Detail")], rows)


def _inspection(parent: QWidget | None, view: InspectionView, item_id: str | None) -> SourceDialog:
    title = QCoreApplication.translate("StaffScore", "{check}, signed {when} by {who}").format(
        check=view.title, when=_stamp(view.signed_at) if view.signed_at else "", who=view.signed_by or "")
    summary = QCoreApplication.translate("StaffScore", "The failed item naming the person is marked.")
    rows: list[tuple[list[str], bool]] = []
    for line in view.lines:
        answer = line.answer
        failed = bool(answer and answer.failed)
        if failed:
            state = QCoreApplication.translate("StaffScore", "Failed")
        elif answer and answer.not_applicable:
            state = QCoreApplication.translate("StaffScore", "Not applicable")
        elif answer and answer.text and line.item.spec.answer_type == "text":
            state = answer.text
        else:
            state = QCoreApplication.translate("StaffScore", "Passed")
        rows.append(([str(line.item.position), line.item.spec.text, state,
                      (answer.responsible_name or "") if answer else ""], line.item.id == item_id))
    headers = [QCoreApplication.translate("StaffScore", "No."), QCoreApplication.translate("StaffScore", "Item"),
               QCoreApplication.translate("StaffScore", "Result"),
               QCoreApplication.translate("StaffScore", "Responsible")]
    return SourceDialog(parent, title, summary, headers, rows, stretch=1)


def open_source(parent: QWidget, services: Services, actor: Actor, source: Source,
                failed: Any = None) -> Op:
    """Read the source on the database lane and show it; `failed(err)` gets a UserError."""
    score = services.staff_score

    def read() -> Any:
        if source.kind == "evaluation":
            return score.evaluation(actor, source.ref)
        if source.kind == "target":
            return score.target_detail(actor, source.staff_id, source.month, source.ref)
        if source.kind == "day":
            import datetime as dt
            return score.day_detail(actor, source.staff_id, dt.date.fromisoformat(source.ref))
        return score.inspection(actor, source.staff_id, source.ref)

    def show(data: Any) -> None:
        if source.kind == "evaluation":
            dialog = _evaluation(parent, data)
        elif source.kind == "target":
            dialog = _target(parent, data)
        elif source.kind == "day":
            dialog = _day(parent, data)
        else:
            dialog = _inspection(parent, data, source.item_id)
        dialog.setObjectName(f"source-{source.kind}")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
    op = Op(parent, read).success(show)
    if failed is not None:
        op = op.failure(failed)
    return op.run()
