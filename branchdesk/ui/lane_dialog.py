"""A dialog that reads and writes on the database lane (ui/ops.py), never on the GUI thread.

A subclass gives `ok_button()` and `write()`: `write` reads the form on the GUI thread and returns the
call to run on the lane (it touches no widget), or None when the form itself is refused (its message
already on the error line). `load(read, show)` reads what the form offers; OK waits meanwhile. While the
write runs OK is disabled and a second `save` does nothing, so a double press writes once; on success the
dialog is accepted, a UserError shows on the error line and the dialog stays open, unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from branchdesk.errors import UserError
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op

T = TypeVar("T")


class LaneDialog(QDialog):
    """A dialog whose reads and write run on the database lane: OK waits while either runs, a UserError
    shows on the error line (above the buttons, always in sight) and leaves the dialog open."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.saving: Op | None = None
        self._loads = 0

    def ok_button(self) -> Any:
        """The dialog's OK (or Save) button; set by the subclass's button box."""
        raise NotImplementedError  # pragma: no cover

    def load(self, read: Callable[[], T], show: Callable[[T], None]) -> Op:
        """Read what the form offers on the lane, then `show` it; OK waits until it has landed."""
        self._loads += 1
        self._enable()
        return Op(self, read).success(show).failure(self._refused).done(self._loaded).run()

    def _loaded(self) -> None:
        self._loads -= 1
        self._enable()

    def busy(self) -> bool:
        return self.saving is not None or self._loads > 0

    def _enable(self) -> None:
        ok = self.ok_button()
        ok.setEnabled(not self.busy())
        if not self.busy():
            self._enter_confirms(ok)

    def _enter_confirms(self, ok: QPushButton) -> None:
        """Enter presses OK once the form is ready. OK was disabled while the form's read ran, so Qt made
        Cancel the default and may have put the focus on a button, where Enter would cancel: OK becomes
        the default, and the focus goes to the form's first field."""
        ok.setDefault(True)
        focus = self.focusWidget()
        if focus is not None and not isinstance(focus, QPushButton):
            return
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None:
            if (not isinstance(widget, QPushButton) and widget.isVisibleTo(self) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()

    def write(self) -> Callable[[], Any] | None:  # pragma: no cover - every dialog overrides it
        """Read the form on the GUI thread and return the write to run on the lane, which touches no
        widget; None when the form itself is refused (its message already shown)."""
        raise NotImplementedError

    def save(self) -> Op | None:
        """Run the write on the lane; None if one is already running or the form is not read yet, or the
        form was refused before any write."""
        if self.busy():
            return None
        write = self.write()
        if write is None:
            return None
        self.error.clear()
        self.saving = Op(self, write).success(self._saved).failure(self._refused).done(self._settled).run()
        self._enable()
        return self.saving

    def _saved(self, result: Any) -> None:
        self.accept()

    def _refused(self, err: UserError) -> None:
        self.error.setText(tr_error(err))

    def _settled(self) -> None:
        self.saving = None
        self._enable()
