"""The searchable audit log for administrators: newest first, a page at a time, each page read in
the background (a newer search drops the answers of older ones)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from controllers.accounts.audit_log import HistoryEntry, search_audit_log
from controllers.runtime.context import AppContext
from models.errors import CanvassError
from ui.kit.background import load_in_background
from ui.kit.error_text import error_text
from ui.kit.history_panel import HistoryPanel
from ui.kit.widgets import named_label

PAGE = 200


class AuditLogDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.context = context
        self._entries: list[HistoryEntry] = []
        self._search = 0   # which search the page shown belongs to
        self.search = QLineEdit(placeholderText=self.tr("Search user, action or value"),
                                maxLength=200, clearButtonEnabled=True)
        self.total = named_label("muted")
        self.more = QPushButton(self.tr("Older entries"))
        self.more.clicked.connect(self.load_more)
        self.panel = HistoryPanel(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.more)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.resize(820, 600)
        self.reload()

    def reload(self) -> None:
        self._search += 1
        self._entries = []
        self._fetch(None)

    def load_more(self) -> None:
        self._fetch(self._entries[-1].id if self._entries else None)

    def _fetch(self, before_id: int | None) -> None:
        database, user, text, search = (self.context.database, self.context.user,
                                        self.search.text(), self._search)

        def show(found: tuple[int, list[HistoryEntry]]) -> None:
            if search == self._search:
                self._show(*found)

        def refused(error: CanvassError) -> None:
            if search == self._search:
                self.total.setText(error_text(error))

        load_in_background(self.context.tasks, self, "audit log", lambda: search_audit_log(
            database, user, text, before_id=before_id, limit=PAGE), loaded=show, refused=refused,
            busy=[self.more])

    def _show(self, total: int, page: list[HistoryEntry]) -> None:
        self._entries += page
        self.panel.show_entries(self._entries)
        self.total.setText(self.tr("%1 of %2 entries").replace("%1", str(len(self._entries)))
                           .replace("%2", str(total)))
        self.more.setEnabled(len(self._entries) < total)
