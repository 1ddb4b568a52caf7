"""消毒登记: the vehicle was disinfected inside and out, by whom and when. Until this is saved
the vehicle cannot be dispatched again (the database holds it to its last order)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from ui.transfer_step_dialog import MIN_WIDTH, chosen_time, datetime_edit


class DisinfectionDialog(QDialog):
    """`submit` returns None when saved, else the sentence to show."""

    def __init__(self, heading: str, by_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record disinfection"))
        self.setMinimumWidth(MIN_WIDTH)
        self.submit: Callable[[], str | None] = lambda: None
        self.inside = QCheckBox(self.tr("Inside disinfected"))
        self.outside = QCheckBox(self.tr("Outside disinfected"))
        self.by = QLineEdit(by_name)
        self.by.setMaxLength(64)
        self.when = datetime_edit(datetime.now())
        form = QFormLayout()
        form.addRow("", self.inside)
        form.addRow("", self.outside)
        form.addRow(self.tr("By whom"), self.by)
        form.addRow(self.tr("When"), self.when)
        self.message = QLabel(objectName="formError", wordWrap=True)
        self.message.hide()
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                                  | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Vehicle disinfected inside and out"), objectName="pageTitle"))
        box.addWidget(QLabel(heading, objectName="pageSubtitle", wordWrap=True))
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.inside.setFocus()

    def at(self) -> datetime:
        return chosen_time(self.when)

    def _save(self) -> None:
        refusal = self.submit()
        if refusal:
            self.message.setText(refusal)
            self.message.show()
            return
        self.accept()
