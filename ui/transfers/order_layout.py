"""The order window's building blocks: white tiles with a section title (the dashboard's look,
resources/canvass.qss `#tile`), a figure tile (title, big value, caption; red when the figure
is alarming) and a form tile of label · value rows that a person can select and copy."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QWidget

from ui.kit.widgets import named_label, vbox
from ui.transfers.order_parts import Figure

ALARM_STYLE = "color: #b03a2e;"


def tile(title: str, body: QWidget | None = None, *, stretch: bool = False) -> QFrame:
    """A white tile titled `title`, holding `body`."""
    frame = QFrame()
    frame.setObjectName("tile")
    layout = vbox(named_label("sectionTitle", title), margins=14, spacing=8)
    if body is not None:
        layout.addWidget(body, 1 if stretch else 0)
    frame.setLayout(layout)
    return frame


class FigureTile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.title = named_label("tileTitle")
        self.value = named_label("tileValue", "—")
        self.caption = named_label("tileCaption")
        self.setLayout(vbox(self.title, self.value, self.caption, margins=14, spacing=2))

    def show_figure(self, figure: Figure) -> None:
        self.title.setText(figure.title)
        self.value.setText(figure.value)
        self.caption.setText(figure.caption)
        self.value.setStyleSheet(ALARM_STYLE if figure.alarming else "")
        self.caption.setStyleSheet(ALARM_STYLE if figure.alarming else "")


class FormTile(QFrame):
    """A titled tile of "label  value" rows; values wrap and can be selected."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        box = vbox(named_label("sectionTitle", title), margins=14, spacing=8)
        box.addLayout(self.form)
        self.setLayout(box)
        self.values: dict[str, QLabel] = {}

    def show_fields(self, fields: Sequence[tuple[str, str]]) -> None:
        """Rows in this order; a row already shown keeps its label and takes the new value."""
        wanted = [name for name, _value in fields]
        if wanted != list(self.values):
            while self.form.rowCount():
                self.form.removeRow(0)
            self.values = {}
            for name in wanted:
                value = QLabel()
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.form.addRow(named_label("tileTitle", name), value)
                self.values[name] = value
        for name, text in fields:
            self.values[name].setText(text)

    def value_of(self, name: str) -> str:
        """What the row `name` shows (for a test, or a copy)."""
        label = self.values.get(name)
        return label.text() if label is not None else ""
