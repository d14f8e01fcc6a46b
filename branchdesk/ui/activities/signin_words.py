"""Words the sign-in screen and the sign-in kiosk share: the answer (new, returning, already signed in
today) with its colour, and what the customer can do now (the "smart recommendation" of seed 003)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from branchdesk.services.activities.signin import ALREADY, NEW, RETURNING, DueFollowUp

CONTEXT = "SignInWords"

# (background, text) of the big answer: green welcomes a new customer, blue a returning one, amber says
# "already today" (nothing recorded), red a refusal.
COLOURS = {NEW: ("#1b7a43", "white"), RETURNING: ("#1f5fa8", "white"), ALREADY: ("#e0a100", "#2b2100"),
           "refused": ("#b71c1c", "white"), "channel": ("#eef3f0", "#0b5d3b"), "idle": ("#eef3f0", "#4a4a4a")}


def answer_label(status: str) -> str:
    return {
        NEW: QCoreApplication.translate("SignInWords", "New customer: signed in"),
        RETURNING: QCoreApplication.translate("SignInWords", "Returning customer: signed in"),
        ALREADY: QCoreApplication.translate("SignInWords", "Already signed in today: nothing recorded"),
    }.get(status, status)


def step_label(code: str) -> str:
    """A step of the customer's path on site (branch practice: sign-in, take part, collect gift, leave)."""
    return {
        "experience": QCoreApplication.translate("SignInWords", "Experience zone: try the services on show"),
        "consultation": QCoreApplication.translate("SignInWords", "Consultation desk: ask about savings, mail and stamps"),
        "gift": QCoreApplication.translate("SignInWords", "Gift desk: collect the arrival gift"),
        "consent": QCoreApplication.translate("SignInWords", "Not yet agreed to a follow-up call: ask whether we may call"),
    }.get(code, code)


def follow_up_label(f: DueFollowUp, zone: dt.tzinfo) -> str:
    """An open follow-up of the customer's, which the staff can do now while they are here."""
    when = f.due_at.astimezone(zone).strftime("%m-%d %H:%M")
    if f.reason == "no_show":
        text = QCoreApplication.translate("SignInWords", "Missed “{name}”: offer the recap or the compensation (due {when})")
    else:
        text = QCoreApplication.translate("SignInWords", "Satisfaction call for “{name}” due {when}: ask now, face to face")
    text = text.format(name=f.activity_name, when=when)
    if f.overdue:
        text += QCoreApplication.translate("SignInWords", " (overdue)")
    return text
