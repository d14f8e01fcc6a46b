"""Window advice as a week heat map, and the one-line hint for the home page."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QWidget

from branchdesk.services import Services
from branchdesk.services.queue.stats import AdviceTarget, HourAdvice
from branchdesk.ui.i18n import weekday_name
from branchdesk.ui.tables import make_table
from branchdesk.ui.tasks import TaskRunner

# Light to dark by the number of windows advised; grey where nobody came.
COLOURS = ("#eeeeee", "#d8f0dc", "#fff1b8", "#ffd39a", "#ffb0a0", "#f08080")


def advice_text(advice: HourAdvice, target: AdviceTarget, windows: int) -> str:
    """周一 9–10 点：约 32 人/小时，平均 4.5 分钟，建议开 3 个窗口，预计 81% 在 10 分钟内办理."""
    text = QCoreApplication.translate("WindowAdvice", "{weekday} {start}–{end}: about {rate} customers an hour, {minutes} min each, open {windows} "
               "windows; {share}% served within {within} min").format(
        weekday=weekday_name(advice.weekday), start=advice.hour, end=advice.hour + 1,
        rate=round(advice.arrivals_per_hour), minutes=f"{advice.service_minutes:.1f}",
        windows=advice.windows, share=round(advice.expected_share * 100), within=f"{target.within_minutes:g}")
    if advice.windows > windows:
        text += QCoreApplication.translate("WindowAdvice", " (the branch has only {count})").format(count=windows)
    if advice.from_norms:
        text += QCoreApplication.translate("WindowAdvice", " (from the norms: little history yet)")
    return text


def opening_hours(services: Services) -> range:
    settings = services.branch.settings()
    open_days = [(h.opens, h.closes) for h in settings.hours if h.opens is not None and h.closes is not None] \
        if settings else []
    if not open_days:
        return range(8, 18)
    first = min(opens.hour for opens, _ in open_days)
    last = max(closes.hour + (1 if closes.minute else 0) for _, closes in open_days)
    return range(first, last)


class AdviceMap(QWidget):
    """7 weekdays × opening hours, each cell the number of windows to open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: QTableWidget = make_table([])

    def fill(self, advice: list[HourAdvice], hours: range, target: AdviceTarget, windows: int) -> bool:
        """Returns whether some hour needs more windows than the branch has."""
        table = self.table
        table.clear()
        table.setRowCount(7)
        table.setColumnCount(len(hours))
        table.setHorizontalHeaderLabels([f"{h}–{h + 1}" for h in hours])
        table.setVerticalHeaderLabels([weekday_name(d) for d in range(7)])
        table.verticalHeader().show()
        by_cell = {(a.weekday, a.hour): a for a in advice}
        short = False
        for day in range(7):
            for column, hour in enumerate(hours):
                item = QTableWidgetItem()
                cell = by_cell.get((day, hour))
                if cell is None or cell.windows == 0:
                    item.setText("")
                    item.setBackground(QBrush(QColor(COLOURS[0])))
                else:
                    shown = min(cell.windows, windows)
                    item.setText(f"{shown}+" if cell.windows > windows else str(shown))
                    item.setBackground(QBrush(QColor(COLOURS[min(cell.windows, len(COLOURS) - 1)])))
                    item.setToolTip(advice_text(cell, target, windows))
                    short |= cell.windows > windows
                table.setItem(day, column, item)
        return short


def advice_now_text(advice: HourAdvice | None, target: AdviceTarget, windows: int) -> str:
    if advice is None:
        return ""
    shown = min(advice.windows, windows)
    text = QCoreApplication.translate("WindowAdvice", "Queue this hour: about {rate} customers; open {windows} window(s) "
               "to serve {share}% within {within} min.").format(
        rate=round(advice.arrivals_per_hour), windows=shown, share=math.floor(target.share * 100),
        within=f"{target.within_minutes:g}")
    if advice.windows > windows:
        text += QCoreApplication.translate("WindowAdvice", " More would be needed than the branch has ({count}).").format(count=windows)
    return text


class QueueHint(QLabel):
    """The home page's line for the current hour; computed off the GUI thread, once an hour."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWordWrap(True)
        self.setStyleSheet("font-size: 14pt; color: #0b4f8a;")
        self.tasks = TaskRunner(self)
        self._hour: tuple | None = None
        self.hide()

    def refresh(self) -> None:
        if not self.services.branch.is_set_up():
            return
        local = self.services.clock.now().astimezone(self.services.branch.require_settings().zone)
        key = (local.date(), local.hour)
        if key == self._hour or self.tasks.busy():
            return
        self._hour = key
        target = self.services.queue_settings.target()
        windows = len(self.services.queue.windows())
        self._for = (target, windows)
        # A bound method, not a lambda: Qt drops the call if the label is gone when the task ends.
        self.tasks.run(lambda: self.services.queue_reports.advice_now(target), self._show)

    def _show(self, advice: HourAdvice | None) -> None:
        text = advice_now_text(advice, *self._for)
        self.setText(text)
        self.setVisible(bool(text))

