"""Which other database to open: a Canvass file on this computer, or the command center's
shared PostgreSQL server by its address. Only the shape is checked here (a file that exists, an
address with a scheme); opening it — and saying why not — is the first-start dialog's."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QPushButton, QWidget

from ui.kit.widgets import hbox, label, vbox
from ui.setup.pages import error_label


class OtherDatabaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open another database"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("canvass.sqlite3, or postgresql://user:password@"
                                                 "server:5432/canvass"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.message = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setLayout(vbox(
            label(self.tr("A Canvass database file on this computer, or the address of the "
                          "command center's shared PostgreSQL server."), wrap=True),
            hbox(self.location, browse),
            label(self.tr("Canvass opens it at every start from now on (--db or CANVASS_DB "
                          "still choose another). An address holding a password is used this "
                          "time only: keep the password in ~/.pgpass instead."),
                  "pageSubtitle", wrap=True),
            self.message, buttons, margins=20, spacing=12))
        self.setMinimumWidth(560)

    def chosen(self) -> str:
        return self.location.text().strip()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a Canvass database"), "",
            self.tr("Canvass databases (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if chosen:
            self.location.setText(chosen)

    def accept(self) -> None:
        location = self.chosen()
        if not location:
            return
        if "://" not in location and not Path(location).expanduser().is_file():
            self.message.setText(self.tr("There is no file %1: choose a Canvass database file "
                                         "(.sqlite3), or write a postgresql:// address.")
                                 .replace("%1", location))
            self.message.show()
            self.adjustSize()
            return
        super().accept()
