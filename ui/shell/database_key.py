"""The key of an encrypted database file, asked at start (models/db/encryption.py).

A laptop's file encrypted with `canvass db encrypt` opens only with its key. The start asks for it
in a small dialog (typed hidden), opens the file in the background, and on a wrong key asks again
with the reason above the field; Cancel leaves Canvass without opening anything. A key given in
CANVASS_DB_KEY (for a kiosk started by a script) is tried first, without a dialog."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.kit.widgets import named_label

translate = QCoreApplication.translate


class DatabaseKeyDialog(QDialog):
    """Asks the key of the encrypted file at `location`; `refusal` says why it asks again."""

    def __init__(self, location: str, refusal: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DatabaseKey", "Encrypted database"))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setMaxLength(256)
        self.message = named_label("formError", refusal, wrap=True)
        self.message.setVisible(bool(refusal))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        intro = QLabel(translate("DatabaseKey", "This database file is encrypted. Type its key "
                                               "to open it:"), wordWrap=True)
        path = QLabel(location, wordWrap=True)
        path.setObjectName("pageSubtitle")
        for widget in (intro, path, self.key, self.message, buttons):
            box.addWidget(widget)
        self.setMinimumWidth(420)
        self.key.setFocus()

    def _open(self) -> None:
        if not self.key.text():
            self.message.setText(translate("DatabaseKey", "Type the key first."))
            self.message.show()
            return
        self.accept()


def ask_key(location: str, refusal: str = "", parent: QWidget | None = None) -> str | None:
    """The key typed for `location`, or None when the person cancelled."""
    dialog = DatabaseKeyDialog(location, refusal, parent)
    return dialog.key.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
