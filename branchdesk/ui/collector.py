"""Python's cycle collector, run on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate; when that is
a background task (statistics, printing) and the garbage holds Qt widgets, the
widgets are destroyed off the GUI thread and Qt crashes. So automatic
collection is switched off and this timer collects, generation by generation
as Python would, on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 200


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Take over from automatic collection. What exists now (the modules, the services, the Qt
        application: start-up's objects, nearly all of them kept for the whole session) is frozen, so
        the passes that follow never walk it again (gc.freeze; the little garbage start-up made stays)."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        gc.freeze()
        self.timer.start(CHECK_MS)

    def stop(self) -> None:
        self.timer.stop()
        if self._was_enabled:
            gc.enable()

    def check(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold; returns it, or None."""
        counts = gc.get_count()
        due = [generation for generation in range(3) if counts[generation] > self.thresholds[generation]]
        if not due:
            return None
        gc.collect(due[-1])
        return due[-1]
