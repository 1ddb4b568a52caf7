"""One community: its figures, its households (lazy, by building), its gap list, one household's
members and visits, and the knock list to print.

Keyboard: Enter on a household records a visit, and after saving the next household is selected,
so a clerk can work down the gap list; Ctrl+P previews the knock list. Everything is read and
written in the background (the visit form opens once its household is read).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from controllers.communities.coverage import CommunitySummary, community_summary, household_detail
from controllers.communities.rows import OUTCOME_COLUMN, buildings, gap_rows, household_rows
from controllers.paper.knock_list import knock_list_html, load_knock_list
from controllers.paper.pdf import write_pdf
from controllers.runtime.actions import SignedInUser
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext, Database
from controllers.runtime.tasks import TaskControl
from models.accounts.permissions import Permission
from models.errors import CanvassError
from ui.communities.household import HouseholdPanel
from ui.communities.labels import DueDelegate, OutcomeDelegate, coverage_error_text
from ui.kit.background import load_in_background, save_in_background
from ui.kit.formatting import count, moment, percent
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.table_page import make_table
from ui.kit.widgets import hbox, label, shortcut, vbox

translate = QCoreApplication.translate
COLUMN_WIDTHS = {"building": 80, "unit": 80, "door": 80, "members": 70, OUTCOME_COLUMN: 100,
                 "last_visit": 120, "visits": 80, "due": 60, "address": 260}
LIVE_TABLES = ("household", "visit", "screening_result", "person", "community", "team_community")


def knock_list_title(community: str) -> str:
    return translate("CommunityDetail", "Knock list: %1").replace("%1", community)


def knock_list_page(database: Database, user: SignedInUser, community_id: int) -> tuple[str, str]:
    """The knock list's HTML and title (on the task runner: it reads the open doors)."""
    sheet = load_knock_list(database, user, community_id)
    return knock_list_html(sheet), knock_list_title(sheet.community)


class CommunityDetail(QDialog):
    def __init__(self, context: AppContext, community_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.context = context
        self.community_id = community_id
        self.summary: CommunitySummary | None = None
        self.visit_dialog: QDialog | None = None   # the forms open now, kept from collection
        self.preview: QDialog | None = None
        self.title = label("", "pageTitle")
        self.figures = label("", "pageSubtitle", wrap=True)
        self.groups = label("", wrap=True)
        self.building = QComboBox()
        self.building.addItem(translate("CommunityDetail", "All buildings"), None)
        self.building.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.due_only = QCheckBox(translate("CommunityDetail", "Due for a visit only"))
        self.due_only.toggled.connect(lambda _on: self.apply_filters())
        self.households = LazyTableModel(household_rows(context.database, context.user), context.tasks,
                                         parent=self)
        self.gaps = LazyTableModel(gap_rows(context.database, context.user), context.tasks, parent=self)
        self.household_table = self._table(self.households)
        self.gap_table = self._table(self.gaps)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.gap_table, translate("CommunityDetail", "Gap list"))
        self.tabs.addTab(self.household_table, translate("CommunityDetail", "All households"))
        self.panel = HouseholdPanel()
        self.record_button = QPushButton(translate("CommunityDetail", "&Record visit…"))
        self.record_button.setToolTip(translate("CommunityDetail", "Enter on a household"))
        self.record_button.setVisible(context.user.may(Permission.RECORD_VISITS))
        self.record_button.clicked.connect(self.record_visit)
        self.preview_button = QPushButton(translate("CommunityDetail", "&Print knock list…"))
        self.preview_button.clicked.connect(self.preview_knock_list)
        self.pdf_button = QPushButton(translate("CommunityDetail", "Knock list as P&DF…"))
        self.pdf_button.clicked.connect(self.save_knock_list)
        self.message = label("", wrap=True)
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setLayout(vbox(
            self.title, self.figures, self.groups,
            hbox(self.building, self.due_only, 1, self.record_button, self.preview_button,
                 self.pdf_button),
            splitter, self.message, margins=18, spacing=10))
        shortcut(QKeySequence.StandardKey.Print, self, self.preview_knock_list)
        shortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.resize(1280, 760)
        self.refresh()
        self._load_buildings()

    def _table(self, model: LazyTableModel) -> QTableView:
        table = make_table(model)
        keys = [column.key for column in model.source.columns]
        table.setItemDelegateForColumn(keys.index(OUTCOME_COLUMN), OutcomeDelegate(table))
        if "due" in keys:
            table.setItemDelegateForColumn(keys.index("due"), DueDelegate(table))
        for key, width in COLUMN_WIDTHS.items():
            if key in keys:
                table.horizontalHeader().resizeSection(keys.index(key), width)
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous, m=model: self._show_household(m, current))
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(enter, table, self.record_visit, Qt.ShortcutContext.WidgetShortcut)
        table.doubleClicked.connect(lambda _index: self.record_visit())
        return table

    # -- loading ------------------------------------------------------------------------
    def filters(self) -> dict[str, object]:
        return {"community_id": self.community_id, "building": self.building.currentData()}

    def apply_filters(self) -> None:
        self.households.set_filters(self.filters())
        self.gaps.set_filters({**self.filters(), "due_only": self.due_only.isChecked() or None})

    def refresh(self) -> None:
        self.apply_filters()
        self._load_summary()

    def on_change(self, change: ChangeSet) -> None:
        if self.isVisible() and change.touches(*LIVE_TABLES):
            self.refresh()
            if self.panel.household_id is not None:
                self._load_household(self.panel.household_id)

    def is_loading(self) -> bool:
        return self.households.is_loading() or self.gaps.is_loading()

    def _load_summary(self) -> None:
        database, user, ident = self.context.database, self.context.user, self.community_id

        def work(_control: TaskControl) -> CommunitySummary:
            return community_summary(database, user, ident)

        self.context.tasks.submit("community summary", work, succeeded=self._show_summary,
                                  failed=self._show_error, owner=self)

    def _show_summary(self, summary: object) -> None:
        assert isinstance(summary, CommunitySummary)
        self.summary = summary
        figures = summary.figures
        self.setWindowTitle(summary.name)
        self.title.setText(f"{summary.name}  ·  {summary.station}")
        coverage = "—" if summary.coverage is None else percent(summary.coverage)
        self.figures.setText(
            translate("CommunityDetail", "Households %1, done %2 (%3) · persons %4, screened %5 "
                      "· open doors %6 · revisits due %7 · visits today %8 of %9")
            .replace("%1", count(summary.households)).replace("%2", count(figures.households_done))
            .replace("%3", coverage).replace("%4", count(summary.persons))
            .replace("%5", count(figures.persons_screened)).replace("%6", count(summary.open_doors))
            .replace("%7", count(figures.revisits_due)).replace("%8", count(figures.visits_today))
            .replace("%9", count(summary.daily_target)))
        names = "、".join(name for _ident, name in summary.work_groups) or \
            translate("CommunityDetail", "none")
        last = moment(figures.last_visit_at) if figures.last_visit_at else "—"
        self.groups.setText(translate("CommunityDetail", "Work groups: %1 · last visit %2")
                            .replace("%1", names).replace("%2", last))

    def _load_buildings(self) -> None:
        database, user, ident = self.context.database, self.context.user, self.community_id

        def show(values: list[str]) -> None:
            for value in values:
                self.building.addItem(value or "—", value)

        self.context.tasks.submit("buildings", lambda _c: buildings(database, user, ident),
                                  succeeded=show, owner=self)

    def _show_household(self, model: LazyTableModel, current: QModelIndex) -> None:
        ident = model.row_id(current.row()) if current.isValid() else None
        if ident is not None:
            self._load_household(ident)

    def _load_household(self, household_id: int) -> None:
        database, user = self.context.database, self.context.user
        self.context.tasks.submit(
            "household", lambda _c: household_detail(database, user, household_id),
            succeeded=self.panel.show_household, failed=self._show_error, owner=self)

    def _show_error(self, error: object) -> None:
        text = coverage_error_text(error) if isinstance(error, CanvassError) else str(error)
        self.message.setText(text)

    # -- acting -------------------------------------------------------------------------
    def current_table(self) -> QTableView:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, QTableView)
        return widget

    def current_household(self) -> int | None:
        table = self.current_table()
        model = table.model()
        assert isinstance(model, LazyTableModel)
        index = table.currentIndex()
        return model.row_id(index.row()) if index.isValid() else None

    def record_visit(self) -> None:
        """The visit form for the selected household; after a save, the next row is selected."""
        household = self.current_household()
        if household is None or not self.context.user.may(Permission.RECORD_VISITS):
            return
        from ui.communities.visit_dialog import VisitDialog, open_visit_dialog

        def opened(dialog: VisitDialog) -> None:
            dialog.recorded.connect(lambda visit: self._after_visit(visit.fever_person_ids,
                                                                    visit.fever_case_ids))
            self.visit_dialog = dialog
            dialog.open()

        open_visit_dialog(self.context, household, self, opened, self._show_error)

    def _after_visit(self, feverish: tuple[int, ...], fever_cases: tuple[int, ...]) -> None:
        table = self.current_table()
        row = table.currentIndex().row()
        if row + 1 < table.model().rowCount():
            table.selectRow(row + 1)
        if feverish:
            self.message.setText(translate(
                "CommunityDetail", "Saved. %1 with fever or symptoms; %2 new fever cases on the "
                "case board (the others already have an open case).")
                .replace("%1", str(len(feverish))).replace("%2", str(len(fever_cases))))
        else:
            self.message.setText(translate("CommunityDetail", "Saved."))
        self.refresh()

    def preview_knock_list(self) -> None:
        from ui.kit.print_preview import preview_dialog
        database, user, ident = self.context.database, self.context.user, self.community_id

        def show(page: tuple[str, str]) -> None:
            html, title = page
            self.preview = preview_dialog(html, title, self)
            self.preview.open()

        load_in_background(self.context.tasks, self, "knock list",
                           lambda: knock_list_page(database, user, ident), loaded=show,
                           refused=self._show_error, busy=[self.preview_button])

    def save_knock_list(self) -> None:
        title = knock_list_title(self.summary.name if self.summary is not None else "")
        path, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / f"{title}.pdf"), "PDF (*.pdf)")
        if path:
            self.write_knock_list(Path(path))

    def write_knock_list(self, path: Path) -> None:
        """Read the open doors and write the PDF, both in the background."""
        database, user, ident = self.context.database, self.context.user, self.community_id

        def work() -> int | OSError:
            html, title = knock_list_page(database, user, ident)
            try:
                return write_pdf(html, path, title=title)
            except OSError as error:  # the folder is read-only, the disk full: said, not raised
                return error

        def written(pages: int | OSError) -> None:
            if isinstance(pages, OSError):
                self.message.setText(str(pages))
                return
            self.message.setText(translate("CommunityDetail", "Knock list saved: %1 (%2 pages)")
                                 .replace("%1", str(path)).replace("%2", str(pages)))

        save_in_background(self.context.tasks, self, "knock list PDF", work, saved=written,
                           refused=self._show_error, busy=[self.pdf_button])
