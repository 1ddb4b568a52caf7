"""The order window's History tab: every change to the order, its disinfection, the suits drawn
for it and its incidents, oldest first, in the reader's language — "车辆: 鄂A·10001",
"状态: 已出车 → 已到达现场" — never the stored column names or English sentences.

The trail stores column names and stored values; the words for the columns these four tables
hold are here (ui/kit/field_names.py's are the register's and the district's), the values go
through the same vocabularies as every other screen.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from controllers.browse.words import SUPPLY_ITEMS
from controllers.transfers.order import FieldChange, HistoryLine
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.field_names import field_name, value_text
from ui.kit.formatting import moment
from ui.kit.labels import transfer_status
from ui.transfers.incident_dialog import kind_text

CONTEXT = "OrderHistory"

FIELDS: dict[str, str] = {
    "number": QT_TRANSLATE_NOOP("OrderHistory", "Sheet number"),
    "case_id": QT_TRANSLATE_NOOP("OrderHistory", "Patient"),
    "team_id": QT_TRANSLATE_NOOP("OrderHistory", "Team"),
    "vehicle_id": QT_TRANSLATE_NOOP("OrderHistory", "Vehicle"),
    "facility_id": QT_TRANSLATE_NOOP("OrderHistory", "Destination"),
    "dispatcher_user_id": QT_TRANSLATE_NOOP("OrderHistory", "Dispatcher"),
    "origin_address": QT_TRANSLATE_NOOP("OrderHistory", "Pick-up address"),
    "status": QT_TRANSLATE_NOOP("OrderHistory", "Status"),
    "override_reason": QT_TRANSLATE_NOOP("OrderHistory", "Why the proposal was not taken"),
    "failure_reason": QT_TRANSLATE_NOOP("OrderHistory", "Reason"),
    "ordered_at": QT_TRANSLATE_NOOP("OrderHistory", "Ordered at"),
    "dispatched_at": QT_TRANSLATE_NOOP("OrderHistory", "Dispatched at"),
    "on_scene_at": QT_TRANSLATE_NOOP("OrderHistory", "On scene at"),
    "picked_up_at": QT_TRANSLATE_NOOP("OrderHistory", "Picked up at"),
    "delivered_at": QT_TRANSLATE_NOOP("OrderHistory", "Delivered at"),
    "disinfected_at": QT_TRANSLATE_NOOP("OrderHistory", "Disinfected at"),
    "cancelled_at": QT_TRANSLATE_NOOP("OrderHistory", "Cancelled at"),
    "failed_at": QT_TRANSLATE_NOOP("OrderHistory", "Refused at"),
    "holds_vehicle": QT_TRANSLATE_NOOP("OrderHistory", "Holds the vehicle"),
    "transfer_id": QT_TRANSLATE_NOOP("OrderHistory", "Transfer order"),
    "at": QT_TRANSLATE_NOOP("OrderHistory", "Time"),
    "inside": QT_TRANSLATE_NOOP("OrderHistory", "Inside"),
    "outside": QT_TRANSLATE_NOOP("OrderHistory", "Outside"),
    "by_name": QT_TRANSLATE_NOOP("OrderHistory", "Disinfected by"),
    "recorded_by_user_id": QT_TRANSLATE_NOOP("OrderHistory", "Recorded by"),
    "user_id": QT_TRANSLATE_NOOP("OrderHistory", "Recorded by"),
    "stock_id": QT_TRANSLATE_NOOP("OrderHistory", "Item"),
    "delta": QT_TRANSLATE_NOOP("OrderHistory", "Quantity"),
    "reason": QT_TRANSLATE_NOOP("OrderHistory", "Purpose"),
    "station_id": QT_TRANSLATE_NOOP("OrderHistory", "Police station"),
    "community_id": QT_TRANSLATE_NOOP("OrderHistory", "Community"),
    "kind": QT_TRANSLATE_NOOP("OrderHistory", "Kind"),
    "occurred_at": QT_TRANSLATE_NOOP("OrderHistory", "Occurred at"),
    "description": QT_TRANSLATE_NOOP("OrderHistory", "What happened"),
    "handled_by": QT_TRANSLATE_NOOP("OrderHistory", "Handled by"),
    "closed_at": QT_TRANSLATE_NOOP("OrderHistory", "Closed at"),
    "resolution": QT_TRANSLATE_NOOP("OrderHistory", "Outcome"),
}
ORDER = {field: rank for rank, field in enumerate(FIELDS)}   # the order rows are read in
# What happened to which record, as the tab's "What" column says it.
EVENTS: dict[tuple[str, str], str] = {
    ("transfer_order", "insert"): QT_TRANSLATE_NOOP("OrderHistory", "Order written"),
    ("transfer_order", "update"): QT_TRANSLATE_NOOP("OrderHistory", "Order changed"),
    ("transfer_order", "delete"): QT_TRANSLATE_NOOP("OrderHistory", "Order deleted"),
    ("disinfection", "insert"): QT_TRANSLATE_NOOP("OrderHistory", "Disinfection recorded"),
    ("supply_movement", "insert"): QT_TRANSLATE_NOOP("OrderHistory", "Supplies drawn"),
    ("incident", "insert"): QT_TRANSLATE_NOOP("OrderHistory", "Incident logged"),
    ("incident", "update"): QT_TRANSLATE_NOOP("OrderHistory", "Incident changed"),
}
TIMES = frozenset({"ordered_at", "dispatched_at", "on_scene_at", "picked_up_at", "delivered_at",
                   "disinfected_at", "cancelled_at", "failed_at", "at", "occurred_at",
                   "closed_at"})


translate = QCoreApplication.translate


def event_text(line: HistoryLine) -> str:
    source = EVENTS.get((line.table, line.action))
    return translate(CONTEXT, source) if source else f"{line.table} · {line.action}"


def field_text(field: str) -> str:
    return translate(CONTEXT, FIELDS[field]) if field in FIELDS else field_name(field)


def value_words(table: str, field: str, value: Any) -> str:
    """A stored value as the reader reads it elsewhere on screen."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("OrderHistory", "Yes") if value else translate("OrderHistory", "No")
    if field == "status" and table == "transfer_order":
        return transfer_status(str(value))
    if field == "kind" and table == "incident":
        return kind_text(str(value))
    if field == "stock_id":
        return SUPPLY_ITEMS.word(value)
    if field == "delta" and isinstance(value, int):
        return str(-value) if value < 0 else "+" + str(value)
    if field in TIMES and isinstance(value, str):
        try:
            return moment(datetime.fromisoformat(value))
        except ValueError:
            return value
    return value_text(value)


def change_text(table: str, change: FieldChange, created: bool) -> str:
    name, new = field_text(change.field), value_words(table, change.field, change.new)
    if created:
        return translate("OrderHistory", "%1: %2").replace("%1", name).replace("%2", new)
    old = value_words(table, change.field, change.old)
    return translate("OrderHistory", "%1: %2 → %3").replace("%1", name).replace(
        "%2", old).replace("%3", new)


class OrderHistoryTree(QTreeWidget):
    """When · Who · What, each entry unfolding into its fields, old → new."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([translate("OrderHistory", "When"), translate("OrderHistory", "Who"),
                              translate("OrderHistory", "What")])
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)

    def show_lines(self, lines: tuple[HistoryLine, ...]) -> None:
        self.clear()
        for line in lines:
            item = QTreeWidgetItem([moment(line.at), line.who, event_text(line)])
            created = line.action == "insert"
            for change in sorted(line.changes, key=lambda c: ORDER.get(c.field, len(ORDER))):
                item.addChild(QTreeWidgetItem(["", "", change_text(line.table, change, created)]))
            self.addTopLevelItem(item)
        self.expandAll()
        for column in range(2):
            self.resizeColumnToContents(column)
