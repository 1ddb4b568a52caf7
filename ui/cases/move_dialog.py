"""Small forms of the case workflow: move status or category (with a reason), add a note,
log a persuasion visit. They only collect input; the controller decides and may refuse.

OK calls `submit`, which the opener sets to start the save in the background
(ui/kit/background.py); its answer closes the form (`saved`) or shows why not (`show_message`),
the text staying as typed."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from controllers.browse import Kind
from ui.kit.labels import label
from ui.kit.widgets import named_label

translate = QCoreApplication.translate
REASON_LIMIT = 500


class ReasonDialog(QDialog):
    """A choice (status, category, or none for a note) and a reason; `message` shows refusals
    without closing, so nothing typed is lost."""

    def __init__(self, title: str, kind: Kind | None, choices: Sequence[str], heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice = QComboBox()
        for value in choices:
            self.choice.addItem(label(kind, value) if kind else value, value)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why: what was seen, said or decided"))
        self.reason.setTabChangesFocus(True)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        form = QFormLayout()
        if kind is not None:
            form.addRow(heading, self.choice)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            kind is None or bool(choices))
        if kind is not None and not choices:
            self.show_message(self.tr("No move is allowed from here."))
        self.resize(420, 260)
        self.submit: Callable[[], None] | None = None

    def accept(self) -> None:
        """Start the save; the form closes only when it answers that all went well."""
        if self.submit is not None:
            self.submit()
        else:
            super().accept()

    def saved(self) -> None:
        super().accept()

    def chosen(self) -> str:
        return str(self.choice.currentData() or "")

    def reason_text(self) -> str:
        return self.reason.toPlainText()[:REASON_LIMIT + 1]

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def status_dialog(choices: Sequence[str], parent: QWidget | None = None) -> ReasonDialog:
    return ReasonDialog(translate("ReasonDialog", "Move status"), Kind.CASE_STATUS, choices,
                        translate("ReasonDialog", "New status"), parent)


def category_dialog(choices: Sequence[str], parent: QWidget | None = None) -> ReasonDialog:
    return ReasonDialog(translate("ReasonDialog", "Change category"), Kind.CATEGORY, choices,
                        translate("ReasonDialog", "New category"), parent)


def note_dialog(parent: QWidget | None = None) -> ReasonDialog:
    dialog = ReasonDialog(translate("ReasonDialog", "Add a note"), None, (), "", parent)
    dialog.reason.setPlaceholderText(translate("ReasonDialog", "The note"))
    return dialog


class PersuasionDialog(QDialog):
    """One visit to a person who refused: who went, what was said, did they agree."""

    def __init__(self, default_by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Persuasion visit"))
        self.by = QLineEdit(default_by, maxLength=64)
        self.said = QPlainTextEdit()
        self.said.setTabChangesFocus(True)
        self.said.setPlaceholderText(self.tr("What was said, who was there"))
        self.agreed = QCheckBox(self.tr("Agreed to be transferred"))
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Visited by"), self.by)
        form.addRow(self.tr("What was said"), self.said)
        form.addRow("", self.agreed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.resize(440, 300)
        self.submit: Callable[[], None] | None = None

    def accept(self) -> None:
        if self.submit is not None:
            self.submit()
        else:
            super().accept()

    def saved(self) -> None:
        super().accept()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
