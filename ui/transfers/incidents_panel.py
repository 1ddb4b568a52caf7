"""The Incidents tab of the Transfers view: every incident, newest first (or the open ones only),
with what happened, who handled it and how it ended; "Log incident…" and "Close…" beside it.
The list follows the change feed, so an incident logged at another workstation appears here."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QStyledItemDelegate, QWidget

from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from controllers.transfers.incidents import IncidentRecord, close_incident, load_incident, log_incident
from controllers.transfers.rows import incident_rows
from ui.kit.background import load_in_background
from ui.kit.formatting import count
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.live import FollowsChanges
from ui.kit.refusals.sheets import sheets_error_text
from ui.kit.role_actions import action_button, present
from ui.kit.table_page import fit_columns, make_table
from ui.kit.widgets import hbox, named_label, vbox
from ui.transfers.incident_dialog import KINDS, CloseIncidentDialog, IncidentDialog, kind_text

translate = QCoreApplication.translate


def kind_words(value: Any) -> str:
    return kind_text(str(value)) if value else ""


class KindDelegate(QStyledItemDelegate):
    """Shows a stored incident kind as its translated word (and gives an export the same)."""

    words = staticmethod(kind_words)

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        return kind_words(value)


class IncidentsPanel(FollowsChanges, QWidget):
    live_tables = frozenset({"incident"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = LazyTableModel(incident_rows(context.database, context.user), context.tasks,
                                    parent=self)
        self.table = make_table(self.model, context)
        self.table.setItemDelegateForColumn(1, KindDelegate(self.table))
        self.open_only = QCheckBox(translate("Incidents", "Open only"))
        self.kind = QComboBox()
        self.kind.addItem(translate("Incidents", "All kinds"), None)
        for value, text in KINDS.items():
            self.kind.addItem(translate("Incidents", text), value)
        self.total = QLabel()
        self.log_button = action_button(context.user, log_incident,
                                        translate("Incidents", "Log incident…"), self.log_incident)
        self.close_button = action_button(context.user, close_incident,
                                          translate("Incidents", "Close…"), self.close_selected)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.setLayout(vbox(
            hbox(self.open_only, self.kind, self.total, 1,
                 *present([self.log_button, self.close_button]), margins=0),
            self.table, self.message, margins=0))
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        if self.close_button is not None:      # a double-click is the close button's key
            self.table.doubleClicked.connect(lambda _index: self.close_selected())
        self.model.counted.connect(self._counted)
        self.model.page_loaded.connect(self._fit_columns_once)
        self._fitted = False
        context.feed.changed.connect(self.on_feed)
        self.dialog: IncidentDialog | CloseIncidentDialog | None = None
        self.refresh()

    @staticmethod
    def title() -> str:
        return translate("Incidents", "Incidents")

    # -- FollowsChanges ------------------------------------------------------------------------
    def on_feed(self, change: ChangeSet) -> None:
        self.on_change(change)

    def refresh(self) -> None:
        filters: dict[str, object] = {}
        if self.open_only.isChecked():
            filters["open"] = True
        if self.kind.currentData():
            filters["kind"] = self.kind.currentData()
        self.model.set_filters(filters)

    def is_loading(self) -> bool:
        return self.model.is_loading()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh_if_stale()

    def _counted(self, number: int) -> None:
        self.total.setText(translate("Incidents", "%1 incidents").replace("%1", count(number)))
        self.loading_finished()

    def _fit_columns_once(self, _page: int) -> None:
        if not self._fitted:
            self._fitted = True
            fit_columns(self.table, self.model)

    # -- actions -------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def selected_incident_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def log_incident(self) -> None:
        self.dialog = IncidentDialog(self.context, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()

    def close_selected(self) -> None:
        ident = self.selected_incident_id()
        if ident is None:
            self.say(translate("Incidents", "Select an incident first."))
            return
        database, user = self.context.database, self.context.user
        load_in_background(self.context.tasks, self, "incident",
                           lambda: load_incident(database, user, ident), loaded=self._close,
                           refused=lambda error: self.say(sheets_error_text(error)),
                           busy=present([self.close_button]))

    def _close(self, incident: IncidentRecord) -> None:
        if incident.closed_at is not None:
            self.say(translate("Incidents", "That incident is already closed."))
            return
        self.dialog = CloseIncidentDialog(self.context, incident, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()

    def _saved(self) -> None:
        self.say("")
        self.refresh()
