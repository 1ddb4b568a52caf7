"""Small forms of the case workflow: move status or category (with a reason), add a note,
log a persuasion visit. They only collect input; the controller decides and may refuse.

Every move needs a reason; the move's usual one is a key away (Ctrl+D fills it in, editable) and
is saved as Canvass's code for it, so each reader sees it in their language. Ctrl+Enter saves.

OK calls `submit`, which the opener sets to start the save in the background
(ui/kit/background.py); its answer closes the form (`saved`) or shows why not (`show_message`),
the text staying as typed."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controllers.browse import Kind
from controllers.browse.system_text import render
from controllers.cases.workflow import usual_reason
from ui.kit.labels import label
from ui.kit.widgets import named_label, shortcut

translate = QCoreApplication.translate
REASON_LIMIT = 500
USUAL_KEY = "Ctrl+D"
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
FORM_KEYS = frozenset(QKeySequence(keys) for keys in (USUAL_KEY, *SAVE_KEYS))


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ReasonDialog(QDialog):
    """A choice (status, category, or none for a note) and a reason; `message` shows refusals
    without closing, so nothing typed is lost. `usual_button` offers the chosen move's usual
    reason."""

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
        self.usual_button = QPushButton()
        self.usual_button.setObjectName("usualReason")
        self.usual_button.setFlat(True)
        self.usual_button.setToolTip(native(USUAL_KEY))
        self.usual_button.clicked.connect(self.take_usual_reason)
        form = QFormLayout()
        if kind is not None:
            form.addRow(heading, self.choice)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.usual_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(native(SAVE_KEYS[0]))
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            kind is None or bool(choices))
        if kind is not None and not choices:
            self.show_message(self.tr("No move is allowed from here."))
        self._usual_shown = ""
        self.choice.currentIndexChanged.connect(lambda _index: self._offer_usual_reason())
        self._offer_usual_reason()
        shortcut(USUAL_KEY, self, self.take_usual_reason)
        for keys in SAVE_KEYS:
            shortcut(keys, self, self.accept)
        self.reason.installEventFilter(self)
        self.resize(460, 280)
        self.submit: Callable[[], None] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The reason box would take Ctrl+Enter and Ctrl+D as typing: they are the form's keys."""
        if watched is self.reason and event.type() == QEvent.Type.ShortcutOverride \
                and isinstance(event, QKeyEvent) and QKeySequence(event.keyCombination()) in FORM_KEYS:
            return True    # not taken by the box: the form's shortcut answers
        return super().eventFilter(watched, event)

    def usual_code(self) -> str | None:
        """The stored form of the chosen move's usual reason, if it has one."""
        chosen = self.chosen()
        return usual_reason(chosen) if chosen else None

    def _offer_usual_reason(self) -> None:
        """Show the chosen move's usual reason on the button; a reason still as the previous
        move's usual one follows the choice."""
        code = self.usual_code()
        sentence = render(code) if code else ""
        if self._usual_shown and self.reason.toPlainText().strip() == self._usual_shown:
            self.reason.setPlainText(sentence)
        self._usual_shown = sentence
        self.usual_button.setText(self.tr("Usual reason (%1): %2").replace(
            "%1", native(USUAL_KEY)).replace("%2", sentence))
        self.usual_button.setVisible(bool(sentence))

    def take_usual_reason(self) -> None:
        """One key: the usual reason goes into the reason box, selected, to keep or type over."""
        if not self._usual_shown:
            return
        self.reason.setPlainText(self._usual_shown)
        self.reason.selectAll()
        self.reason.setFocus()

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
        """What was typed, or the usual reason's code when the box holds it unchanged."""
        text = self.reason.toPlainText()[:REASON_LIMIT + 1]
        code = self.usual_code()
        if code and self._usual_shown and text.strip() == self._usual_shown:
            return code
        return text

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
