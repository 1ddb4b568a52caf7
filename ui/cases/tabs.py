"""The tabs of the case detail: read-only tables filled from a CaseDetail."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controllers.browse import Kind
from controllers.cases.workflow import CaseDetail
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.formatting import moment
from ui.kit.labels import case_status, category, label, transfer_status
from ui.kit.read_tables import fill, open_rows, table
from ui.kit.widgets import named_label, shortcut

translate = QCoreApplication.translate


def event_value(kind: str, value: str) -> str:
    if kind == "category" or kind == "opened":
        return category(value) if value else ""
    if kind == "status":
        return case_status(value) if value else ""
    return value


EVENT_KINDS = {"opened": QT_TRANSLATE_NOOP("CaseTabs", "Opened"),
               "status": QT_TRANSLATE_NOOP("CaseTabs", "Status"),
               "category": QT_TRANSLATE_NOOP("CaseTabs", "Category"),
               "note": QT_TRANSLATE_NOOP("CaseTabs", "Note")}


def history_rows(detail: CaseDetail) -> list[list[str]]:
    rows = []
    for at, who, kind, before, after, why in reversed(detail.events):
        change = event_value(kind, after)
        if before:
            change = f"{event_value(kind, before)} → {change}"
        rows.append([moment(at), who, translate("CaseTabs", EVENT_KINDS.get(kind, kind)),
                     change, why])
    return rows


def persuasion_rows(detail: CaseDetail) -> list[list[str]]:
    return [[moment(at), by, said, translate("CaseTabs", "Agreed") if agreed else ""]
            for at, by, said, agreed in reversed(detail.persuasion)]


def transfer_rows(detail: CaseDetail) -> list[list[str]]:
    return [[number, transfer_status(status), moment(at), facility]
            for number, status, at, facility in detail.transfers]


class ContactsPanel(QWidget):
    """Both directions side by side with the chain below: who this case caught it from, whom it
    may have passed it to, and the whole tree from here. Enter or a double-click on any of them
    asks for that case (`case_chosen`), so a chain is followed a key at a time."""

    case_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = 0
        self.exposed_to = table([translate("CaseTabs", "Exposed to"),
                                 translate("CaseTabs", "Category"),
                                 translate("CaseTabs", "Relation")])
        self.contacts = table([translate("CaseTabs", "Contact"), translate("CaseTabs", "Category"),
                               translate("CaseTabs", "Relation")])
        self.chain = QTreeWidget()
        self.chain.setHeaderLabels([translate("CaseTabs", "Chain of contacts"),
                                    translate("CaseTabs", "Category"),
                                    translate("CaseTabs", "Status")])
        self.chain.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for listed in (self.exposed_to, self.contacts):
            open_rows(listed, self.case_chosen.emit)
        self.chain.itemDoubleClicked.connect(lambda item, _column: self._chain_chosen(item))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(key, self.chain, lambda: self._chain_chosen(self.chain.currentItem()),
                     Qt.ShortcutContext.WidgetShortcut)
        self.box = QVBoxLayout(self)
        for title, widget in ((translate("CaseTabs", "Exposed to"), self.exposed_to),
                              (translate("CaseTabs", "Contacts of this case"), self.contacts),
                              (translate("CaseTabs", "Chain"), self.chain)):
            self.box.addWidget(named_label("sectionTitle", title))
            self.box.addWidget(widget, 1)

    def _chain_chosen(self, item: QTreeWidgetItem | None) -> None:
        chosen = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if chosen is not None and int(chosen) != self.case_id:   # not the case already open
            self.case_chosen.emit(int(chosen))

    def show_detail(self, detail: CaseDetail) -> None:
        self.case_id = detail.id
        fill(self.exposed_to, [[f"{ref.person_name} #{ref.case_id}", category(ref.category),
                                relation] for ref, relation in detail.exposed_to],
             [ref.case_id for ref, _relation in detail.exposed_to])
        fill(self.contacts, [[f"{ref.person_name} #{ref.case_id}", category(ref.category),
                              relation] for ref, relation in detail.contacts],
             [ref.case_id for ref, _relation in detail.contacts])
        self.chain.clear()
        root = QTreeWidgetItem([f"{detail.person_name} #{detail.id}", category(detail.category),
                                case_status(detail.status)])
        root.setData(0, Qt.ItemDataRole.UserRole, detail.id)
        self.chain.addTopLevelItem(root)
        items = {detail.id: root}
        for _depth, source_id, ref in detail.chain:
            item = QTreeWidgetItem([f"{ref.person_name} #{ref.case_id}", category(ref.category),
                                    label(Kind.CASE_STATUS, ref.status)])
            item.setData(0, Qt.ItemDataRole.UserRole, ref.case_id)
            items.get(source_id, root).addChild(item)
            items[ref.case_id] = item
        self.chain.expandAll()
