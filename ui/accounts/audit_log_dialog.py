"""The audit log for administrators: who did what to which record, newest first, in the words
of the screens ("张三 的病例 · 状态: 已发现 → 已核查"), never table names and ids.

The list pages from the database like every list (a million entries scroll as fast as ten); each
page's records are named off the UI thread in one statement per table (models/accounts/
audit_rows.py). Ctrl+F searches who, what and the values; the kind filter keeps one kind of
record; the pane under the list shows every field the current entry changed. Identifiers arrive
masked unless the reader's role may see them.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QWidget

from controllers.accounts.audit_log import audit_rows
from controllers.runtime.context import AppContext
from ui.accounts.audit_table import AuditTableModel, cell_text, detail_lines
from ui.accounts.audit_words import record_text, table_text
from ui.kit.formatting import count
from ui.kit.table_page import make_table
from ui.kit.widgets import hbox, named_label, shortcut, vbox

SEARCH_DELAY_MS = 250
# The kinds of record the filter offers, the most looked-for first.
KINDS = ("person_case", "transfer_order", "person", "household", "team", "responder",
         "vehicle", "facility", "incident", "community", "app_user")
WIDTHS = (130, 110, 110, 220)   # when, who, action, record; the changes take the rest


def full_moment(value: datetime) -> str:
    """To the second, with its year: the log is read long after the campaign's season."""
    moment = QDateTime(QDate(value.year, value.month, value.day),
                       QTime(value.hour, value.minute, value.second))
    return QLocale().toString(moment, "yyyy-MM-dd HH:mm:ss")


class AuditLogDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.context = context
        self.search = QLineEdit(placeholderText=self.tr("Search user, action or value"),
                                maxLength=200, clearButtonEnabled=True)
        self.search.setMinimumWidth(280)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All records"), "")
        for table in KINDS:
            self.kind.addItem(table_text(table), table)
        self.total = named_label("muted")
        self.model = AuditTableModel(audit_rows(context.database, context.user), context.tasks,
                                     parent=self)
        self.table = make_table(self.model, context)
        header = self.table.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(len(WIDTHS), QHeaderView.ResizeMode.Stretch)
        self.detail = QPlainTextEdit(readOnly=True)
        self.detail.setObjectName("auditDetail")
        self.detail.setPlaceholderText(self.tr("Choose an entry to see everything it changed."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():   # Enter searches and goes into the list; Esc closes
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.setLayout(vbox(hbox(self.search, self.kind, self.total, 1), splitter, buttons,
                            margins=14, spacing=8))
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.enter_list)
        self.kind.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.model.counted.connect(self._show_count)
        self.model.load_failed.connect(self.total.setText)
        self.model.page_loaded.connect(lambda _page: self._first_row_if_none())
        self.table.record_changed.connect(lambda _record: self.show_detail())
        shortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.resize(1180, 720)
        self.apply_filters()

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_filters({"text": self.search.text().strip(),
                                "table": self.kind.currentData()})

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def enter_list(self) -> None:
        """Enter in the search box: search now, and go to the newest entry found."""
        if self._debounce.isActive():
            self.apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._first_row_if_none()

    def _show_count(self, number: int) -> None:
        self.total.setText(self.tr("%1 entries").replace("%1", count(number)))
        if number == 0:
            self.detail.clear()

    def _first_row_if_none(self) -> None:
        """The newest entry is current once it is here, so its changes show at once."""
        if not self.table.currentIndex().isValid() and self.model.loaded_row(0) is not None:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def show_detail(self) -> None:
        """The current entry in full: when to the second, who, what, which record, and every
        field it changed, one a line."""
        index = self.table.currentIndex()
        row = self.model.loaded_row(index.row()) if index.isValid() else None
        if row is None:
            self.detail.clear()
            return
        _ident, at, username, _action, record, _changes = row
        heading = "  ·  ".join((full_moment(at), username, cell_text(row, 2),
                                record_text(record)))
        self.detail.setPlainText("\n".join([heading, *detail_lines(row)]))
