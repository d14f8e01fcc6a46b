"""Words for the complaint register's codes and its countdown, in the user's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def channel_label(code: str) -> str:
    return {
        "letter": QCoreApplication.translate("Complaints", "Letter"), "visit": QCoreApplication.translate("Complaints", "Visit"), "phone": QCoreApplication.translate("Complaints", "Phone"),
        "hotline_12305": QCoreApplication.translate("Complaints", "12305 hotline"), "online": QCoreApplication.translate("Complaints", "Online"),
    }.get(code, code)


def category_label(code: str) -> str:
    return {
        "delay": QCoreApplication.translate("Complaints", "Delay"), "loss": QCoreApplication.translate("Complaints", "Loss"), "damage": QCoreApplication.translate("Complaints", "Damage"), "attitude": QCoreApplication.translate("Complaints", "Staff attitude"),
        "tariff": QCoreApplication.translate("Complaints", "Tariff"), "other": QCoreApplication.translate("Complaints", "Other"),
    }.get(code, code)


def satisfaction_label(code: str | None) -> str:
    if code is None:
        return "—"
    return {
        "satisfied": QCoreApplication.translate("Complaints", "Satisfied"), "basically_satisfied": QCoreApplication.translate("Complaints", "Basically satisfied"),
        "dissatisfied": QCoreApplication.translate("Complaints", "Dissatisfied"), "unreachable": QCoreApplication.translate("Complaints", "Customer not reached"),
    }.get(code, code)


def step_label(kind: str) -> str:
    return {
        "register": QCoreApplication.translate("Complaints", "Registered"), "note": QCoreApplication.translate("Complaints", "Step"), "assign": QCoreApplication.translate("Complaints", "Assigned"),
        "correction": QCoreApplication.translate("Complaints", "Correction"), "reply": QCoreApplication.translate("Complaints", "Reply"), "satisfaction": QCoreApplication.translate("Complaints", "Satisfaction"),
    }.get(kind, kind)


def countdown(remaining: dt.timedelta) -> str:
    """剩余 2 天 5 小时 / 剩余 3 小时 / 超期 1 天 2 小时: days and hours, minutes only in the last hour."""
    seconds = int(remaining.total_seconds())
    late = seconds < 0
    seconds = abs(seconds)
    days, hours, minutes = seconds // 86400, seconds % 86400 // 3600, seconds % 3600 // 60
    if days:
        span = QCoreApplication.translate("Complaints", "{days} d {hours} h").format(days=days, hours=hours)
    elif hours:
        span = QCoreApplication.translate("Complaints", "{hours} h").format(hours=hours)
    else:
        span = QCoreApplication.translate("Complaints", "{minutes} min").format(minutes=minutes)
    return (QCoreApplication.translate("Complaints", "Overdue by {span}") if late else QCoreApplication.translate("Complaints", "{span} left")).format(span=span)
