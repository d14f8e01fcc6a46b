"""同步: the sync with HQ, for the branch head and administrators (the service checks the role again).

Enrolment (HQ's address and the one-time code, or the scanned QR text in the address field: a USB scanner types
it and presses Enter), then HQ's key id to compare with what the county printed; the status in detail and
立即同步 (through the main window's worker: never two rounds at once); the weekly bundle for a USB stick and
HQ's acknowledgement of it; the bundle day. Network calls run on the network lane, the bundle's file on the
database lane (it reads the change log); each form's outcome shows on the line under its buttons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.events import SYNC
from branchdesk.services.roles import Actor
from branchdesk.services.sync import Bundled, Outcome, SyncStatus
from branchdesk.ui.i18n import tr_error, weekday_name
from branchdesk.ui.ops import NET, Op, on_change
from branchdesk.ui.queue_stats.export import documents_folder
from branchdesk.ui.sync_status import clock_text, state_text, sync_error_text, when_text
from branchdesk.ui.wheel import wheel_scrolls_page
from branchdesk.ui.messages import escaped, file_url


class ScanField(QLineEdit):
    """Takes what a USB scanner types: no input method in the way (it would swallow the keystrokes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhNoPredictiveText)


def _line() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def _say(label: QLabel, role: str, text: str, rich: bool = False) -> None:
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setProperty("role", role)
    label.setText(text)
    label.style().unpolish(label)
    label.style().polish(label)
    label.show()


class SyncPage(QWidget):
    last_folder: Path | None = None  # where the last bundle went, in this session

    def __init__(self, services: Services, actor: Actor, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.window_ = window  # the main window: its worker runs the rounds
        self.status: SyncStatus | None = None
        self.zone = None  # the branch's time zone, once read
        self.written: Path | None = None  # the last bundle written
        self.busy: Op | None = None  # enrolment, export or import under way

        title = QLabel(self.tr("Sync to HQ"))
        title.setProperty("role", "title")

        # --- enrolment ---
        self.enrol_group = QGroupBox(self.tr("Enrol this branch with HQ"))
        self.address = ScanField()
        self.address.setPlaceholderText(self.tr("http://hq.example:8811, or scan the QR code"))
        self.address.returnPressed.connect(self._address_entered)
        self.code = ScanField()
        self.code.setPlaceholderText(self.tr("20 letters and digits from the county's sheet"))
        self.code.returnPressed.connect(self.enrol)
        self.enrol_button = QPushButton(self.tr("Enrol"))
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_message = _line()
        hint = QLabel(self.tr("Scan the QR code on the sheet the county printed, or type HQ's address and the "
                              "enrolment code."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("HQ address or QR code"), self.address)
        form.addRow(self.tr("Enrolment code"), self.code)
        enrol_layout = QVBoxLayout(self.enrol_group)
        enrol_layout.addWidget(hint)
        enrol_layout.addLayout(form)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.enrol_button)
        enrol_row.addStretch(1)
        enrol_layout.addLayout(enrol_row)
        enrol_layout.addWidget(self.enrol_message)
        self.enrol_group.hide()
        self.key_message = _line()  # HQ's key id after enrolling: stays on the page

        # --- status ---
        self.status_group = QGroupBox(self.tr("Connection with HQ"))
        self.state_value, self.address_value, self.branch_value, self.waiting_value, self.oldest_value, \
            self.success_value, self.attempt_value, self.error_value = (QLabel() for _ in range(8))
        for label in (self.error_value, self.address_value):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clock_value = QLabel()
        self.clock_value.setWordWrap(True)
        self.clock_value.setProperty("role", "error")
        status_form = QFormLayout()
        for text, value in ((self.tr("State"), self.state_value), (self.tr("HQ address"), self.address_value),
                            (self.tr("Branch code"), self.branch_value),
                            (self.tr("Changes waiting"), self.waiting_value),
                            (self.tr("Oldest waiting since"), self.oldest_value),
                            (self.tr("Last synced"), self.success_value),
                            (self.tr("Last attempt"), self.attempt_value),
                            (self.tr("Last error"), self.error_value)):
            status_form.addRow(text, value)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_message = _line()
        status_layout = QVBoxLayout(self.status_group)
        status_layout.addWidget(self.clock_value)
        status_layout.addLayout(status_form)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addStretch(1)
        status_layout.addLayout(sync_row)
        status_layout.addWidget(self.sync_message)

        # --- the weekly bundle ---
        self.bundle_group = QGroupBox(self.tr("Weekly bundle by USB stick"))
        explain = QLabel(self.tr("Where the network to HQ is down, take the changes to the county on a USB stick "
                                 "once a week, and bring back HQ's acknowledgement."))
        explain.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export weekly bundle…"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Import acknowledgement…"))
        self.import_button.clicked.connect(self.import_ack)
        self.weekday = QComboBox()
        for day in range(7):
            self.weekday.addItem(weekday_name(day), day)
        self.weekday.setEnabled(False)
        self.weekday.activated.connect(self._weekday_chosen)
        self.bundle_message = _line()
        self.bundle_message.linkActivated.connect(self.open_link)
        bundle_row = QHBoxLayout()
        bundle_row.addWidget(self.export_button)
        bundle_row.addWidget(self.import_button)
        bundle_row.addStretch(1)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Bundle day")))
        day_row.addWidget(self.weekday)
        day_row.addStretch(1)
        bundle_layout = QVBoxLayout(self.bundle_group)
        bundle_layout.addWidget(explain)
        bundle_layout.addLayout(bundle_row)
        bundle_layout.addLayout(day_row)
        bundle_layout.addWidget(self.bundle_message)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addWidget(self.key_message)
        layout.addWidget(self.enrol_group)
        layout.addWidget(self.status_group)
        layout.addWidget(self.bundle_group)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        wheel_scrolls_page(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for button in (self.sync_button, self.export_button, self.import_button):
            button.setEnabled(False)
        self.status_group.hide()
        self.bundle_group.hide()
        window.sync_status_read.connect(self._show)
        window.sync_started.connect(self._round_started)
        window.sync_finished.connect(self._round_finished)
        on_change(self, services, {SYNC}, self.refresh)
        self.refresh()

    # --- reading ---
    def refresh(self) -> None:
        sync, branch = self.services.sync, self.services.branch
        Op(self, lambda: (sync.status(), sync.reminder_weekday(), branch.settings())).success(self._read).run()

    def _read(self, read: tuple) -> None:
        status, weekday, settings = read
        self.zone = settings.zone if settings else None
        self.weekday.setCurrentIndex(weekday)
        self.weekday.setEnabled(True)
        self._show(status)

    def _show(self, status: SyncStatus) -> None:
        self.status = status
        now = self.services.clock.now()
        busy = self.window_.sync_worker is not None and self.window_.sync_worker.busy()
        self.enrol_group.setVisible(not status.enrolled)
        self.status_group.setVisible(status.enrolled)  # nothing to say before enrolling
        self.bundle_group.setVisible(status.enrolled)
        self.state_value.setText(state_text(status, busy, now))
        self.address_value.setText(status.hq_url or "—")
        self.branch_value.setText(status.branch_code or "—")
        self.waiting_value.setText(str(status.waiting) if status.enrolled else "—")
        self.oldest_value.setText(self._moment(status.oldest_waiting_at))
        self.success_value.setText(self._moment(status.last_success_at))
        self.attempt_value.setText(self._moment(status.last_attempt_at))
        self.error_value.setText(sync_error_text(status.last_error) if status.last_error else "—")
        self.error_value.setProperty("role", "error" if status.last_error else "")
        self.error_value.style().unpolish(self.error_value)
        self.error_value.style().polish(self.error_value)
        warning = clock_text(status)
        self.clock_value.setText(warning)
        self.clock_value.setVisible(bool(warning))
        self.sync_button.setEnabled(status.enrolled and not busy)
        idle = self.busy is None
        self.export_button.setEnabled(status.enrolled and idle)
        self.import_button.setEnabled(status.enrolled and idle)
        self.enrol_button.setEnabled(idle)

    def _moment(self, at) -> str:
        if at is None:
            return "—"
        local = at.astimezone(self.zone) if self.zone else at.astimezone()
        return self.tr("{time} ({ago})").format(time=f"{local:%Y-%m-%d %H:%M}",
                                                ago=when_text(at, self.services.clock.now()))

    # --- enrolment ---
    def _address_entered(self) -> None:
        """Enter in the address field: the scanner finished the QR text (enrol now), or move to the code."""
        if self.address.text().strip().lower().startswith("bdenrol:"):
            self.enrol()
        else:
            self.code.setFocus()

    def enrol(self) -> Op | None:
        if self.busy is not None:
            return None
        sync, actor = self.services.sync, self.actor
        text, code = self.address.text().strip(), self.code.text().strip()
        qr = text.lower().startswith("bdenrol:")
        self.enrol_button.setEnabled(False)
        _say(self.enrol_message, "", self.tr("Asking HQ…"))
        self.busy = Op(self, lambda: sync.enrol(actor, text, None if qr else code), NET) \
            .success(self._enrolled).failure(self._enrol_refused).done(self._settled).run()
        return self.busy

    def _enrolled(self, key_id: str) -> None:
        self.enrol_message.hide()
        self.address.clear()
        self.code.clear()
        _say(self.key_message, "warning", self.tr(
            "Enrolled. HQ's key id is {key}. Compare it with the key id on the county's sheet: if they differ, "
            "call the county before going on.").format(key=key_id))

    def _enrol_refused(self, err: UserError) -> None:
        if err.code == "sync.unknown_credential":  # at enrolment HQ says this of a code it did not issue
            _say(self.enrol_message, "error", self.tr(
                "HQ did not issue this enrolment code for this branch. Check the code on the county's sheet, and "
                "that it is for this branch, or ask the county office for a new one."))
            return
        _say(self.enrol_message, "error", sync_error_text(err))

    def _settled(self) -> None:
        self.busy = None
        if self.status is not None:
            self._show(self.status)
        self.refresh()

    # --- 立即同步 ---
    def sync_now(self) -> None:
        if self.window_.sync_now():
            _say(self.sync_message, "", self.tr("Syncing with HQ…"))

    def _round_started(self) -> None:
        self.sync_button.setEnabled(False)
        if self.status is not None:
            self._show(self.status)

    def _round_finished(self, outcome: object) -> None:
        if isinstance(outcome, UserError):
            self.sync_message.hide()  # the error shows in red just above, as the last error
        elif isinstance(outcome, Outcome):
            _say(self.sync_message, "", self.tr("Synced: HQ took {pushed} changes, {pulled} came from HQ.").format(
                pushed=outcome.pushed, pulled=outcome.pulled))

    # --- the weekly bundle ---
    def _file_dialog(self, title: str, directory: bool) -> QFileDialog:
        """Qt's own dialog where there is no system one; it leaves its labels in English in Chinese: set them."""
        dialog = QFileDialog(self, title, str(SyncPage.last_folder or documents_folder()))
        dialog.resize(860, 540)
        if directory:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setNameFilter(self.tr("Acknowledgement (*.bdack)"))
        for label, text in ((QFileDialog.DialogLabel.LookIn, self.tr("Look in:")),
                            (QFileDialog.DialogLabel.FileName, self.tr("Folder:") if directory else self.tr("File name:")),
                            (QFileDialog.DialogLabel.FileType, self.tr("Files of type:")),
                            (QFileDialog.DialogLabel.Accept, self.tr("Choose") if directory else self.tr("Open")),
                            (QFileDialog.DialogLabel.Reject, self.tr("Cancel"))):
            dialog.setLabelText(label, text)
        return dialog

    def ask_folder(self) -> Path | None:
        """The folder for the bundle (tests replace this); None when cancelled."""
        dialog = self._file_dialog(self.tr("Export the weekly bundle to"), directory=True)
        return Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None

    def ask_ack(self) -> Path | None:
        """HQ's acknowledgement file (tests replace this); None when cancelled."""
        dialog = self._file_dialog(self.tr("HQ's acknowledgement"), directory=False)
        return Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None

    def export(self) -> Op | None:
        folder = self.ask_folder() if self.busy is None else None
        return self.export_to(folder) if folder is not None else None

    def export_to(self, folder: Path) -> Op | None:
        if self.busy is not None:
            return None
        sync, actor = self.services.sync, self.actor
        SyncPage.last_folder = folder
        self._bundle_busy(self.tr("Writing the weekly bundle…"))
        self.busy = Op(self, lambda: sync.export_week(actor, folder)).success(self._exported) \
            .failure(self._bundle_failed).done(self._settled).run()
        return self.busy

    def _exported(self, made: Bundled) -> None:
        text = escaped(self.tr("The bundle holds changes {first} to {last}. Take it to the county.").format(
            first=made.first_seq, last=made.last_seq)) + "<br/>" + self.tr(
            'Saved to {path} &nbsp; <a href="{folder}">Open its folder</a>').format(
            path=escaped(str(made.path)), folder=file_url(made.path.parent))
        self.written = made.path
        _say(self.bundle_message, "", text, rich=True)

    def import_ack(self) -> Op | None:
        path = self.ask_ack() if self.busy is None else None
        return self.import_from(path) if path is not None else None

    def import_from(self, path: Path) -> Op | None:
        if self.busy is not None:
            return None
        sync, actor = self.services.sync, self.actor
        SyncPage.last_folder = path.parent
        self._bundle_busy(self.tr("Reading HQ's acknowledgement…"))
        self.busy = Op(self, lambda: sync.import_ack(actor, path)).success(self._imported) \
            .failure(self._bundle_failed).done(self._settled).run()
        return self.busy

    def _imported(self, held: int) -> None:
        _say(self.bundle_message, "", self.tr("HQ holds every change up to {seq}.").format(seq=held))

    def _bundle_busy(self, text: str) -> None:
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        _say(self.bundle_message, "", text)

    def _bundle_failed(self, err: UserError) -> None:
        _say(self.bundle_message, "error", tr_error(err))

    def _weekday_chosen(self, index: int) -> None:
        sync, actor, day = self.services.sync, self.actor, int(self.weekday.itemData(index))
        Op(self, lambda: sync.set_reminder_weekday(actor, day)) \
            .success(lambda _: _say(self.bundle_message, "", self.tr("The weekly bundle is now due on {day}.")
                                    .format(day=weekday_name(day)))) \
            .failure(self._bundle_failed).run()

    def open_link(self, link: str) -> bool:
        opened = QDesktopServices.openUrl(QUrl(link))
        if not opened:
            _say(self.bundle_message, "error", self.tr("No program on this computer opens {path}. Find the file "
                                                       "in its folder.").format(path=QUrl(link).toLocalFile()))
        return opened
