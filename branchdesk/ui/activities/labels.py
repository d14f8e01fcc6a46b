"""Words for the activities' codes (statuses, goals, milestones, phases, budget categories, channels,
segments, follow-up states), in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(code: str) -> str:
    return {
        "draft": QCoreApplication.translate("Activities", "Draft"),
        "running": QCoreApplication.translate("Activities", "Running"),
        "closed": QCoreApplication.translate("Activities", "Closed"),
    }.get(code, code)


def goal_label(code: str) -> str:
    return {
        "participants": QCoreApplication.translate("Activities", "Participants"),
        "new_customers": QCoreApplication.translate("Activities", "New customers"),
        "business": QCoreApplication.translate("Activities", "Business done"),
        "satisfaction": QCoreApplication.translate("Activities", "Satisfaction (1-5)"),
    }.get(code, code)


def milestone_label(code: str) -> str:
    return {
        "publicity_start": QCoreApplication.translate("Activities", "Publicity starts"),
        "materials_arrival": QCoreApplication.translate("Activities", "Materials arrive"),
        "rehearsal": QCoreApplication.translate("Activities", "Rehearsal"),
        "event_day": QCoreApplication.translate("Activities", "Event day"),
        "review": QCoreApplication.translate("Activities", "Review meeting"),
        "other": QCoreApplication.translate("Activities", "Other"),
    }.get(code, code)


def phase_label(code: str) -> str:
    return {
        "warmup": QCoreApplication.translate("Activities", "Warm-up"),
        "execution": QCoreApplication.translate("Activities", "Execution"),
        "review": QCoreApplication.translate("Activities", "Review"),
    }.get(code, code)


def category_label(code: str) -> str:
    return {
        "publicity": QCoreApplication.translate("Activities", "Publicity"),
        "staff": QCoreApplication.translate("Activities", "Staff"),
        "materials": QCoreApplication.translate("Activities", "Materials"),
        "gifts": QCoreApplication.translate("Activities", "Gifts"),
        "venue": QCoreApplication.translate("Activities", "Venue"),
        "catering": QCoreApplication.translate("Activities", "Catering"),
    }.get(code, code)


def channel_kind_label(code: str) -> str:
    return {
        "poster": QCoreApplication.translate("Activities", "Poster"),
        "flyer": QCoreApplication.translate("Activities", "Flyer"),
        "stand": QCoreApplication.translate("Activities", "Stand"),
        "banner": QCoreApplication.translate("Activities", "Banner"),
        "other": QCoreApplication.translate("Activities", "Other"),
    }.get(code, code)


def segment_label(code: str) -> str:
    return {
        "elderly": QCoreApplication.translate("Activities", "Elderly"),
        "farmers": QCoreApplication.translate("Activities", "Farmers"),
        "merchants": QCoreApplication.translate("Activities", "Merchants"),
        "students": QCoreApplication.translate("Activities", "Students"),
        "young_families": QCoreApplication.translate("Activities", "Young families"),
        "other": QCoreApplication.translate("Activities", "Others"),
    }.get(code, code)


def followup_state_label(code: str) -> str:
    return {
        "due": QCoreApplication.translate("Activities", "Due"),
        "overdue": QCoreApplication.translate("Activities", "Overdue"),
        "done": QCoreApplication.translate("Activities", "Done"),
    }.get(code, code)


def outcome_label(code: str | None) -> str:
    if code is None:
        return ""
    return {
        "reached": QCoreApplication.translate("Activities", "Reached"),
        "unreachable": QCoreApplication.translate("Activities", "Not reached"),
        "declined": QCoreApplication.translate("Activities", "Declined"),
    }.get(code, code)
