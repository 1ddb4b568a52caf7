"""A record's history: who changed it, when, old → new (masked per role by the controller)."""
from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from controllers.accounts.audit_log import HistoryEntry
from ui.kit.field_names import action_name, field_name, value_text


def describe_changes(changes: dict[str, object]) -> list[str]:
    lines = []
    for field, value in sorted(changes.items()):
        if field == "resident_id_reversed":
            continue
        if isinstance(value, list) and len(value) == 2:
            lines.append(f"{field_name(field)}: {value_text(value[0])} → {value_text(value[1])}")
        else:
            lines.append(f"{field_name(field)}: {value_text(value)}")
    return lines


class HistoryPanel(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(True)

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.clear()
        for entry in entries:
            item = QTreeWidgetItem([entry.at.strftime("%m-%d %H:%M:%S"), entry.username,
                                    action_name(entry.action)])
            for line in describe_changes(entry.changes):
                item.addChild(QTreeWidgetItem(["", "", line]))
            self.addTopLevelItem(item)
        self.expandToDepth(0)
        for column in range(3):
            self.resizeColumnToContents(column)
