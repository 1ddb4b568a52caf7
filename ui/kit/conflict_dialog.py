"""Someone saved the record first: show who, when and what, and let the person decide."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from models.errors import EditConflict
from ui.kit.field_names import field_name, value_text


class ConflictDialog(QDialog):
    """Accepted: save mine over theirs. Rejected: keep theirs and reload the form."""

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        who = conflict.by or self.tr("another workstation")
        when = conflict.at.strftime("%m-%d %H:%M") if conflict.at else ""
        head = QLabel(self.tr("%1 changed this record at %2 while you were editing it. "
                              "Nothing of yours has been saved yet.")
                      .replace("%1", who).replace("%2", when), wordWrap=True)
        table = QTableWidget(len(conflict.differences), 4, self)
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("When you opened it"),
                                         self.tr("Yours"), self.tr("Theirs, now saved")])
        for row, difference in enumerate(conflict.differences):
            cells = [field_name(difference.field), value_text(difference.original),
                     value_text(difference.mine), value_text(difference.theirs)]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(self)
        self.overwrite = buttons.addButton(self.tr("Save mine over theirs"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep = buttons.addButton(self.tr("Keep theirs, discard mine"),
                                      QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 300)
