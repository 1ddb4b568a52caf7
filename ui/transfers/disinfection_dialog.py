"""消毒登记: the vehicle was disinfected inside and out, by whom and when. Until this is saved
the vehicle cannot be dispatched again (the database holds it to its last order)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from ui.kit.widgets import named_label
from ui.transfers.step_dialog import TimedDialog


class DisinfectionDialog(TimedDialog):
    """What the crew says was done; saved through `submit` like every TimedDialog."""

    def __init__(self, heading: str, by_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DisinfectionDialog",
                                                    "Record disinfection"), parent)
        self.inside = QCheckBox(self.tr("Inside disinfected"))
        self.outside = QCheckBox(self.tr("Outside disinfected"))
        self.by = QLineEdit(by_name)
        self.by.setMaxLength(64)
        form = QFormLayout()
        form.addRow("", self.inside)
        form.addRow("", self.outside)
        form.addRow(self.tr("By whom"), self.by)
        form.addRow(self.tr("When"), self.when)
        self.lay_out([named_label("pageTitle", self.tr("Vehicle disinfected inside and out")),
                      named_label("pageSubtitle", heading, wrap=True)], form)
        self.inside.setFocus()
