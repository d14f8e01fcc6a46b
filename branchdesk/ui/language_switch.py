"""The language picker the sign-in screen and the first-run wizard show, before anyone is signed in
(the settings page has its own, for the signed-in user)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from branchdesk.services import Services
from branchdesk.ui.i18n import current_language
from branchdesk.ui.ops import Op

LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))  # each in its own language: readable in either


class LanguageSwitch(QWidget):
    """"Language: [简体中文 ▾]". Picking one stores it for this PC on the database lane, then emits
    `changed`; the shell rebuilds the window in it."""

    changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.choice = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex([c for c, _n in LANGUAGE_NAMES].index(current_language()))
        self.choice.activated.connect(lambda index: self.pick(self.choice.itemData(index)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Language")))
        layout.addWidget(self.choice)

    def pick(self, lang: str) -> Op:
        local = self.services.local

        def stored(_none: None) -> None:
            if lang != current_language():
                self.changed.emit(lang)
        return Op(self, lambda: local.set_language(lang)).success(stored).run()
