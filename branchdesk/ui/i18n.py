"""Loading translations (ours and Qt's own) and translating service strings.

Services mark their messages with `tr_noop`; they live in the "UserError"
context of the catalogue, as do the role labels.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from branchdesk.errors import DEFAULT_LANGUAGE, LANGUAGES, UserError
from branchdesk.paths import translations_dir

log = logging.getLogger(__name__)

ERROR_CONTEXT = "UserError"
# Kept alive here: a QTranslator that is garbage-collected silently stops working.
_installed: list[QTranslator] = []
_current = {"lang": DEFAULT_LANGUAGE}

# English source names; QT_TRANSLATE_NOOP lets lupdate find them.
_WEEKDAY_SOURCES = (
    QT_TRANSLATE_NOOP("Weekday", "Monday"),
    QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekday", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    QT_TRANSLATE_NOOP("Weekday", "Friday"),
    QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    QT_TRANSLATE_NOOP("Weekday", "Sunday"),
)


def catalogue_path(lang: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"branchdesk_{lang}.qm"


def normalise(lang: str | None) -> str:
    if not lang:
        return DEFAULT_LANGUAGE
    lang = lang.replace("-", "_")
    if lang in LANGUAGES:
        return lang
    if lang.lower().startswith("zh"):
        return "zh_CN"
    if lang.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def install_translators(lang: str | None) -> str:
    """Replace the installed translators with those of `lang`; returns the language used.

    With BRANCHDESK_PSEUDO set (e.g. 1.4) every string is the English one stretched by that factor
    instead (see PseudoTranslator), to find labels that clip in a longer language.
    """
    lang = normalise(lang)
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    scale = pseudo_scale()
    if scale is not None:
        lang = "en"
        _installed.append(PseudoTranslator(scale))
    elif lang != "en":
        ours = QTranslator()
        if ours.load(str(catalogue_path(lang))):
            _installed.append(ours)
        else:
            log.warning("no translation catalogue for %s at %s", lang, catalogue_path(lang))
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(locale_for(lang))
    _current["lang"] = lang
    return lang


def current_language() -> str:
    return _current["lang"]


def locale_for(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def tr_text(source: str) -> str:
    """A service string (context "UserError") in the current language."""
    return QCoreApplication.translate(ERROR_CONTEXT, source)


def tr_error(err: UserError) -> str:
    """A UserError's message, translated, with its parameters filled in."""
    return err.render(tr_text)


def role_label(role) -> str:
    from branchdesk.services.roles import ROLE_LABELS

    return tr_text(ROLE_LABELS[role])


def weekday_name(weekday: int) -> str:
    return QCoreApplication.translate("Weekday", str(_WEEKDAY_SOURCES[weekday]))  # NOOP's stub says object


def warning_text(warning) -> str:
    """An hours warning of services.branch, translated, weekdays by name."""
    params = dict(warning.params)
    if "weekday" in params:
        params["weekday"] = weekday_name(params["weekday"])
    return UserError(warning.code, warning.message, **params).render(tr_text)


def format_time(value: dt.datetime | dt.time | None) -> str:
    if value is None:
        return "—"
    return value.strftime("%H:%M")


def format_date(day: dt.date) -> str:
    if current_language() == "en":
        return f"{weekday_name(day.weekday())} {day.day} {day.strftime('%b %Y')}"
    return f"{day.year}年{day.month}月{day.day}日 {weekday_name(day.weekday())}"


def format_minutes(minutes: int) -> str:
    return QCoreApplication.translate("Format", "{h} h {m:02d} min").format(h=minutes // 60, m=minutes % 60)


# --- pseudo-locale (Vorta's TRANS_SCALE) ---------------------------------------------------------
PSEUDO_ENV = "BRANCHDESK_PSEUDO"
# Left as they are: format fields, Qt's %1/%n, HTML tags and entities, accelerator markers.
_KEEP = re.compile(r"(\{[^{}]*\}|%L?\d|%n|<[^>]*>|&[A-Za-z]+;|&&|&(?=\w))")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "áéíóúýÁÉÍÓÚÝçñÇÑ")


def pseudo_scale() -> float | None:
    """The stretch factor asked for by BRANCHDESK_PSEUDO (1.0 to 3.0), or None."""
    value = os.environ.get(PSEUDO_ENV, "").strip()
    if not value:
        return None
    try:
        scale = float(value)
    except ValueError:
        scale = 1.4
    return min(max(scale, 1.0), 3.0)


def stretch(text: str, scale: float) -> str:
    """`text` accented and padded to about `scale` times its length, fields and markup kept working."""
    if not text.strip():
        return text
    lines = []
    for line in text.split("\n"):
        parts = _KEEP.split(line)
        if not any(p.strip() for p in parts[::2]):
            lines.append(line)  # only fields or markup: nothing to stretch
            continue
        accented = "".join(p if i % 2 else p.translate(_ACCENTED) for i, p in enumerate(parts))
        lines.append(accented + "~" * max(1, round(len(line) * (scale - 1))))
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    """Translates every string into its English source stretched by `scale`: a longer language,
    to see (and test) that labels, buttons and columns make room for it."""

    def __init__(self, scale: float = 1.4) -> None:
        super().__init__()
        self.scale = scale

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        return stretch(source_text, self.scale) if source_text else source_text

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False
