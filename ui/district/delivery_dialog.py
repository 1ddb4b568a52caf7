"""Receiving a delivery of supplies: how many, and a note (who sent it); saved in the
background, refused with a sentence and the form kept when the number is not right."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from controllers.district.everyday import receive_delivery
from controllers.runtime.context import AppContext
from models.district.tables import MasterRecord
from models.errors import CanvassError
from ui.district.texts import district_error_text
from ui.kit.background import save_in_background
from ui.kit.widgets import named_label


def counted(text: str) -> int:
    """What was typed as a count ("1,000" is a thousand); 0 for anything else, which the
    delivery's rule refuses with its sentence."""
    digits = "".join(text.split()).replace(",", "").replace("，", "")
    return int(digits) if digits.isdigit() else 0


class DeliveryDialog(QDialog):
    def __init__(self, context: AppContext, stock_id: int, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.stock_id = context, stock_id
        self.received: MasterRecord | None = None
        self.setWindowTitle(self.tr("Receive a delivery"))
        self.quantity = QLineEdit()
        self.quantity.setMaxLength(12)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("From whom, delivery note number…"))
        form = QFormLayout()
        form.addRow(self.tr("Received"), self.quantity)
        form.addRow(self.tr("Note"), self.note)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.addWidget(QLabel(what, wordWrap=True))
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.setMinimumWidth(380)
        self.quantity.setFocus()

    def save(self) -> None:
        database, user, stock_id = self.context.database, self.context.user, self.stock_id
        quantity, note = counted(self.quantity.text()), self.note.text()
        save_in_background(self.context.tasks, self, "receive delivery", lambda: receive_delivery(
            database, user, stock_id, quantity, note), saved=self._saved, refused=self._refused)

    def _saved(self, record: MasterRecord) -> None:
        self.received = record
        self.accept()

    def _refused(self, error: CanvassError) -> None:
        self.message.setText(district_error_text(error))
        self.message.show()
        self.quantity.setFocus()
        self.quantity.selectAll()
