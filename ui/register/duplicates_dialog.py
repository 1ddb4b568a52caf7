"""可能重复: persons entered twice, each beside the entry to keep, merged with one click.

Two lists: entries holding the same resident ID (one set aside when the database was upgraded),
and entries with the same name, birth date and phone (an ID mistyped or missing on one). The
rows page from the database like every list; a merge runs off the UI thread, after the clerk
has said yes to a sentence naming both entries, and the list counts again when it is done.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget

from controllers.register.duplicates import Merged, Sameness, duplicate_rows, merge_persons
from controllers.runtime.context import AppContext
from models.errors import CanvassError
from ui.kit.background import save_in_background
from ui.kit.formatting import count
from ui.kit.lazy_table_model import ID_ROLE, VALUE_ROLE, LazyTableModel
from ui.kit.table_page import make_table
from ui.kit.widgets import hbox, label, vbox
from ui.register.duplicate_texts import merge_error_text

translate = QCoreApplication.translate
WIDEST = 260


class DuplicatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("DuplicatesDialog", "Possible duplicates"))
        self.model = LazyTableModel(duplicate_rows(context.database, context.user),
                                    context.tasks, parent=self)
        self.table = make_table(self.model, context)
        self.table.setSortingEnabled(False)
        self.sameness = QComboBox()
        self.sameness.addItem(translate("DuplicatesDialog", "The same resident ID"),
                              Sameness.RESIDENT_ID)
        self.sameness.addItem(translate("DuplicatesDialog", "The same name, birth date and phone"),
                              Sameness.NAME_BIRTH_PHONE)
        self.sameness.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.counted = label("", "pageSubtitle")
        self.explained = label(translate(
            "DuplicatesDialog", "Each row is an entry to merge away, beside the entry to keep. "
                                "A merge moves its cases, screenings and contacts to the kept "
                                "entry; it stays in the register as history, marked merged."),
            wrap=True)
        self.merge_button = QPushButton(translate("DuplicatesDialog", "&Merge into the kept entry"))
        self.merge_button.clicked.connect(lambda: self.merge(keep_this=False))
        self.keep_button = QPushButton(translate("DuplicatesDialog", "&Keep this entry instead"))
        self.keep_button.clicked.connect(lambda: self.merge(keep_this=True))
        self.message = label("", "formError", wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.setLayout(vbox(hbox(self.sameness, self.counted, 1), self.explained, self.table,
                            hbox(self.merge_button, self.keep_button, 1), self.message, buttons,
                            margins=18, spacing=10))
        self.model.counted.connect(self._show_count)
        self.model.page_loaded.connect(lambda _page: self._fit_columns())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.resize(1180, 560)
        self._enable()
        self.apply_filters()

    def _fit_columns(self) -> None:
        """Columns as wide as what they show (within bounds), so both entries of a row fit."""
        header = self.table.horizontalHeader()
        for index in range(self.model.columnCount()):
            wanted = max(self.table.sizeHintForColumn(index), header.sectionSizeHint(index))
            header.resizeSection(index, min(max(wanted + 16, 60), WIDEST))

    def apply_filters(self) -> None:
        self.model.set_filters({"sameness": self.sameness.currentData()})

    def _show_count(self, number: int) -> None:
        self.counted.setText(translate("DuplicatesDialog", "%1 entries to merge")
                             .replace("%1", count(number)))
        self._enable()

    def _enable(self) -> None:
        chosen = self._pair() is not None
        self.merge_button.setEnabled(chosen)
        self.keep_button.setEnabled(chosen)

    def _pair(self) -> tuple[int, int, str, str] | None:
        """(kept entry, entry to merge, their names) of the current row, None when none."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        keys = [column.key for column in self.model.source.columns]

        def value(key: str) -> object:
            return self.model.data(self.model.index(index.row(), keys.index(key)), VALUE_ROLE)
        other, kept = self.model.data(index, ID_ROLE), value("kept_id")
        if other is None or kept is None:
            return None
        return int(str(kept)), int(str(other)), str(value("kept_name")), str(value("name"))

    def merge(self, *, keep_this: bool) -> None:
        pair = self._pair()
        if pair is None:
            return
        kept, other, kept_name, other_name = pair
        if keep_this:
            kept, other, kept_name, other_name = other, kept, other_name, kept_name
        question = (translate("DuplicatesDialog", "Merge entry %1 (%2) into entry %3 (%4)? Its "
                                                  "cases, screenings and contacts move to entry %3.")
                    .replace("%1", str(other)).replace("%2", other_name)
                    .replace("%3", str(kept)).replace("%4", kept_name))
        if not self.confirm(question):
            return
        self.message.clear()
        database, user = self.context.database, self.context.user
        save_in_background(self.context.tasks, self, "merge persons",
                           lambda: merge_persons(database, user, kept, other),
                           saved=self._merged, refused=self._refused,
                           busy=[self.table, self.sameness, self.merge_button, self.keep_button])

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, translate("DuplicatesDialog", "Merge"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _merged(self, merged: Merged) -> None:
        self.message.setText(translate("DuplicatesDialog", "Entry %1 was merged into entry %2: "
                                                           "%3 cases and %4 screenings moved.")
                             .replace("%1", str(merged.merged_id))
                             .replace("%2", str(merged.kept_id))
                             .replace("%3", str(len(merged.cases)))
                             .replace("%4", str(merged.screenings)))
        self.table.setCurrentIndex(QModelIndex())
        self.model.refresh()

    def _refused(self, error: CanvassError) -> None:
        self.message.setText(merge_error_text(error))
