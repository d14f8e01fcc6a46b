"""Window advice as a week heat map, and the one-line hint for the home page."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QWidget

from branchdesk.services import Services
from branchdesk.services.queue.reports import share_all_open
from branchdesk.services.queue.stats import AdviceTarget, HourAdvice
from branchdesk.ui.i18n import weekday_name
from branchdesk.ui.ops import Op
from branchdesk.ui.tables import make_table

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
        text += "\n" + shortfall_text(advice, target, windows)
    if advice.from_norms:
        text += QCoreApplication.translate("WindowAdvice", " (from the norms: little history yet)")
    return text


def shortfall_text(advice: HourAdvice, target: AdviceTarget, windows: int) -> str:
    """建议 5 个窗口，本所只有 3 个：全部开放时，预计 42% 的顾客在 10 分钟内办理（目标 80%）。"""
    share = share_all_open(advice, windows, target)
    if share <= 0:
        return QCoreApplication.translate(
            "WindowAdvice", "{windows} windows advised, the branch has only {count}: even with all of them open "
            "the queue keeps growing.").format(windows=advice.windows, count=windows)
    return QCoreApplication.translate(
        "WindowAdvice", "{windows} windows advised, the branch has only {count}: with all of them open, about "
        "{share}% of customers are served within {within} min (target {target}%).").format(
        windows=advice.windows, count=windows, share=round(share * 100), within=f"{target.within_minutes:g}",
        target=round(target.share * 100))


SHORTFALL_LINES = 3  # the worst hours in words; the rest are counted (and marked + on the map)


def shortfall_notes(advice: list[HourAdvice], target: AdviceTarget, windows: int) -> list[str]:
    """The hours of the week that need more windows than the branch has, worst first, in words."""
    short = sorted((a for a in advice if a.windows > windows),
                   key=lambda a: (-a.windows, share_all_open(a, windows, target), a.weekday, a.hour))
    lines = [QCoreApplication.translate("WindowAdvice", "{weekday} {start}–{end}: {shortfall}").format(
        weekday=weekday_name(a.weekday), start=a.hour, end=a.hour + 1, shortfall=shortfall_text(a, target, windows))
        for a in short[:SHORTFALL_LINES]]
    if len(short) > SHORTFALL_LINES:
        lines.append(QCoreApplication.translate(
            "WindowAdvice", "Another {count} hour(s), marked + on the map, also need more windows than the branch "
            "has.").format(count=len(short) - SHORTFALL_LINES))
    return lines


def read_advice(services: Services) -> tuple[list[HourAdvice], AdviceTarget, int, range]:
    """On the database lane: the advice for the week, its target, the branch's windows and opening hours."""
    target = services.queue_settings.target()
    return services.queue_reports.window_advice(target), target, len(services.queue.windows()), \
        opening_hours(services)


def opening_hours(services: Services) -> range:
    """The hours the branch opens on some day of the week (reads: call it on the database lane)."""
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
        self.reading: Op | None = None
        self._hour: tuple | None = None
        self.hide()

    def refresh(self) -> None:
        """On the database lane: the advice for the hour, computed only when the hour has turned."""
        if self.reading is not None:
            return
        services, last = self.services, self._hour

        def read() -> tuple | None:
            settings = services.branch.settings()
            if settings is None:
                return None
            local = services.clock.now().astimezone(settings.zone)
            key = (local.date(), local.hour)
            if key == last:
                return None
            target = services.queue_settings.target()
            return key, target, len(services.queue.windows()), services.queue_reports.advice_now(target)
        self.reading = Op(self, read).success(self._show).done(self._read).run()

    def _read(self) -> None:
        self.reading = None

    def _show(self, read: tuple | None) -> None:
        if read is None:
            return
        self._hour, target, windows, advice = read
        text = advice_now_text(advice, target, windows)
        self.setText(text)
        self.setVisible(bool(text))

