"""One community: its figures, its households (lazy, by building), its gap list, one household's
members and visits, and the knock list to print.

Keyboard: Enter on a household records a visit, and after saving the next household is current
and focused, so a clerk works down the gap list (Enter, 2, Enter for "nobody home"); the lists
keep their row through every refresh and another workstation's writes; Ctrl+F finds a door;
Ctrl+P previews the knock list. The panel beside the lists always describes the current row,
also when its page arrives after the row became current. Everything is read and written in the
background (the visit form opens once its household is read).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QWidget,
)

from controllers.communities.coverage import CommunitySummary, HouseholdDetail, community_summary, household_detail
from controllers.communities.rows import OUTCOME_COLUMN, buildings, gap_rows, household_rows
from controllers.communities.visits import save_visit
from controllers.paper.knock_list import knock_list_paper, load_knock_list
from controllers.paper.pages import Paper
from controllers.paper.pdf import write_papers_pdf
from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, Database
from controllers.runtime.tasks import TaskControl
from models.errors import CanvassError
from ui.communities.household import HouseholdPanel
from ui.communities.labels import DueDelegate, OutcomeDelegate, coverage_error_text
from ui.kit.background import load_in_background, save_in_background
from ui.kit.export_list import export_button, export_table
from ui.kit.formatting import count, moment, percent
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.list_table import ListTable
from ui.kit.live import LiveWindow
from ui.kit.role_actions import action_button, action_key, allowed, present
from ui.kit.table_page import SEARCH_DELAY_MS, make_table
from ui.kit.widgets import hbox, label, shortcut, vbox

translate = QCoreApplication.translate
COLUMN_WIDTHS = {"building": 80, "unit": 80, "door": 80, "members": 70, OUTCOME_COLUMN: 100,
                 "last_visit": 120, "visits": 80, "due": 60, "address": 260}
LIVE_TABLES = ("household", "visit", "screening_result", "person", "community", "team_community")


def knock_list_title(community: str) -> str:
    return translate("CommunityDetail", "Knock list: %1").replace("%1", community)


def knock_list_page(database: Database, user: SignedInUser, community_id: int) -> Paper:
    """The knock list's paper (on the task runner: it reads the open doors)."""
    sheet = load_knock_list(database, user, community_id)
    return replace(knock_list_paper(sheet), title=knock_list_title(sheet.community))


class CommunityDetail(LiveWindow, QDialog):
    """Follows the feed while open and on screen (ui/kit/live.py LiveWindow); deleted when
    closed."""

    live_tables = frozenset(LIVE_TABLES)

    def __init__(self, context: AppContext, community_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.context = context
        self.may_record = allowed(context.user, save_visit)
        self.community_id = community_id
        self.summary: CommunitySummary | None = None
        self.visit_dialog: QDialog | None = None   # the forms open now, kept from collection
        self._first_row_wanted: ListTable | None = None   # Enter in the door box, count pending
        self.preview: QDialog | None = None
        self.title = label("", "pageTitle")
        self.figures = label("", "pageSubtitle", wrap=True)
        self.groups = label("", wrap=True)
        self.crowded = label("", "formError", wrap=True)
        self.crowded.hide()
        self.building = QComboBox()
        self.building.addItem(translate("CommunityDetail", "All buildings"), None)
        self.building.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.due_only = QCheckBox(translate("CommunityDetail", "Due for a visit only"))
        self.due_only.toggled.connect(lambda _on: self.apply_filters())
        self.door = QLineEdit()
        self.door.setPlaceholderText(translate("CommunityDetail", "Door starts with…  Ctrl+F"))
        self.door.setClearButtonEnabled(True)
        self.door.setMinimumWidth(200)
        self.door.setMaximumWidth(240)
        self._door_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._door_timer.timeout.connect(self.apply_filters)
        self.door.textChanged.connect(lambda _text: self._door_timer.start())
        self.door.installEventFilter(self)
        self.households = LazyTableModel(household_rows(context.database, context.user), context.tasks,
                                         parent=self)
        self.gaps = LazyTableModel(gap_rows(context.database, context.user), context.tasks, parent=self)
        self.household_table = self._table(self.households)
        self.gap_table = self._table(self.gaps)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.gap_table, translate("CommunityDetail", "Gap list"))
        self.tabs.addTab(self.household_table, translate("CommunityDetail", "All households"))
        self.tabs.currentChanged.connect(lambda _index: self._follow(self.current_table()))
        self.panel = HouseholdPanel()
        # Recording a visit is the clerk's: no button, Enter or double-click for other roles.
        self.record_button = action_button(context.user, save_visit,
                                           translate("CommunityDetail", "&Record visit…"),
                                           self.record_visit)
        if self.record_button is not None:
            self.record_button.setToolTip(translate("CommunityDetail", "Enter on a household"))
        self.preview_button = QPushButton(translate("CommunityDetail", "&Print knock list…"))
        self.preview_button.clicked.connect(self.preview_knock_list)
        self.pdf_button = QPushButton(translate("CommunityDetail", "Knock list as P&DF…"))
        self.pdf_button.clicked.connect(self.save_knock_list)
        self.export_button = export_button(context, self.export_shown)
        self.message = label("", wrap=True)
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setLayout(vbox(
            self.title, self.figures, self.groups, self.crowded,
            hbox(self.door, self.building, self.due_only, 1, self.record_button,
                 self.preview_button, self.pdf_button, self.export_button),
            splitter, self.message, margins=18, spacing=10))
        shortcut(QKeySequence.StandardKey.Print, self, self.preview_knock_list)
        shortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        shortcut(QKeySequence.StandardKey.Find, self, self.find_door)
        for table in (self.gap_table, self.household_table):
            table.row_menu.add_buttons(present([self.record_button]))
        self._fit_screen()
        self.refresh()
        self._load_buildings()
        for model in (self.households, self.gaps):   # a change that came while they read
            model.counted.connect(lambda _number: self.loading_finished())
            model.page_loaded.connect(lambda _page: self.loading_finished())
        self.live_on(context.feed)

    def _fit_screen(self) -> None:
        """1280×760, or what the office screen has room for (1366×768 leaves no 760 rows)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width = 1280 if room is None else min(1280, room.width() - 24)
        height = 760 if room is None else min(760, room.height() - 48)
        self.resize(width, height)

    def _table(self, model: LazyTableModel) -> ListTable:
        table = make_table(model, self.context)
        table.empty_text = translate("CommunityDetail", "No households match the filters.")
        keys = [column.key for column in model.source.columns]
        table.setItemDelegateForColumn(keys.index(OUTCOME_COLUMN), OutcomeDelegate(table))
        if "due" in keys:
            table.setItemDelegateForColumn(keys.index("due"), DueDelegate(table))
        for key, width in COLUMN_WIDTHS.items():
            if key in keys:
                table.horizontalHeader().resizeSection(keys.index(key), width)
        table.record_changed.connect(lambda _record, t=table: self._follow(t))
        model.counted.connect(lambda _number, t=table: self._go_first(t))
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            action_key(self.context.user, save_visit, enter, table, self.record_visit,
                       Qt.ShortcutContext.WidgetShortcut)
        if self.may_record:
            table.doubleClicked.connect(lambda _index: self.record_visit())
        return table

    # -- loading ------------------------------------------------------------------------
    def filters(self) -> dict[str, object]:
        return {"community_id": self.community_id, "building": self.building.currentData(),
                "door": self.door.text().strip()[:16]}

    def find_door(self) -> None:
        """Ctrl+F: the door box, its text selected to be typed over."""
        self.door.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.door.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the door box: into the list (Enter: its first row)."""
        if watched is self.door and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and not event.modifiers() \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._door_timer.isActive():
                self._door_timer.stop()
                self.apply_filters()
            table = self.current_table()
            table.setFocus(Qt.FocusReason.OtherFocusReason)
            if event.key() != Qt.Key.Key_Down or not table.currentIndex().isValid():
                self._first_row_wanted = table
                self._go_first(table)
            return True
        return super().eventFilter(watched, event)

    def _go_first(self, table: ListTable) -> None:
        """The list's first row, once the count asked for has answered."""
        model = table.model()
        assert isinstance(model, LazyTableModel)
        if model.is_counting() or self._first_row_wanted is not table:
            return
        self._first_row_wanted = None
        if model.rowCount() > 0:
            table.setCurrentIndex(model.index(0, 0))
            table.scrollToTop()

    def apply_filters(self) -> None:
        """Both lists under the filters shown: a new door, building or "due only" starts each at
        its top; the same filters again (a refresh) keep their rows (ui/kit/current_row.py)."""
        for table, filters in ((self.household_table, self.filters()),
                               (self.gap_table, {**self.filters(),
                                                 "due_only": self.due_only.isChecked() or None})):
            if table.keeper is not None:
                table.keeper.set_filters(filters)

    def refresh(self) -> None:
        """Everything again (F5, a visit saved, another workstation's write): the lists keep
        their rows, the figures and the household beside them are read again."""
        self.apply_filters()
        self._load_summary()
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
        self._show_crowded(summary)

    def _show_crowded(self, summary: CommunitySummary) -> None:
        """A household holding a whole street is a register imported before households were
        built from addresses: coverage and the knock list mean nothing for it until the file is
        imported again, and the clerk is told how."""
        if not summary.crowded:
            self.crowded.hide()
            return
        largest = summary.crowded[0]
        self.crowded.setText(translate(
            "CommunityDetail",
            "One household (%1) holds %2 persons: the register was imported before households "
            "were built from addresses. Import this community's register file again (Account › "
            "Import register…, ticking \"A person already registered gets the file's name, phone "
            "and household\") and each person goes back to their own door.")
            .replace("%1", largest.address or f"#{largest.id}")
            .replace("%2", count(largest.persons)))
        self.crowded.show()

    def _load_buildings(self) -> None:
        database, user, ident = self.context.database, self.context.user, self.community_id

        def show(values: list[str]) -> None:
            for value in values:
                self.building.addItem(value or "—", value)

        self.context.tasks.submit("buildings", lambda _c: buildings(database, user, ident),
                                  succeeded=show, owner=self)

    def _follow(self, table: ListTable) -> None:
        """The panel shows the current row of the list in front: read when the row's record is
        known, "loading" until then (never the household of another row)."""
        if table is not self.current_table():
            return
        record = table.followed_record()
        if record is None or record != self.panel.household_id:
            self.panel.clear(loading=table.currentIndex().isValid())
        if record is not None and record != self.panel.household_id:
            self._load_household(record)

    def _load_household(self, household_id: int) -> None:
        database, user = self.context.database, self.context.user

        def show(detail: HouseholdDetail) -> None:
            if detail.id == self.current_table().followed_record():  # still the row shown
                self.panel.show_household(detail)

        self.context.tasks.submit(
            "household", lambda _c: household_detail(database, user, household_id),
            succeeded=show, failed=self._show_error, owner=self)

    def _show_error(self, error: object) -> None:
        text = coverage_error_text(error) if isinstance(error, CanvassError) else str(error)
        self.message.setText(text)

    # -- acting -------------------------------------------------------------------------
    def current_table(self) -> ListTable:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, ListTable)
        return widget

    def current_household(self) -> int | None:
        return self.current_table().current_record()

    def record_visit(self) -> None:
        """The visit form for the selected household; after a save, the next row is selected."""
        household = self.current_household()
        if household is None or not self.may_record:
            return
        from ui.communities.visit_dialog import VisitDialog, open_visit_dialog
        table = self.current_table()
        below = table.record_below()   # the next door, as the list stands now

        def opened(dialog: VisitDialog) -> None:
            dialog.recorded.connect(lambda visit: self._after_visit(
                table, below, visit.fever_person_ids, visit.fever_case_ids))
            self.visit_dialog = dialog
            dialog.open()

        open_visit_dialog(self.context, household, self, opened, self._show_error)

    def _after_visit(self, table: ListTable, below: int | None, feverish: tuple[int, ...],
                     fever_cases: tuple[int, ...]) -> None:
        table.advance(below)
        if feverish:
            self.message.setText(translate(
                "CommunityDetail", "Saved. %1 with fever or symptoms; %2 new fever cases on the "
                "case board (the others already have an open case).")
                .replace("%1", str(len(feverish))).replace("%2", str(len(fever_cases))))
        else:
            self.message.setText(translate("CommunityDetail", "Saved."))
        self.refresh()

    def export_shown(self) -> None:
        """Export… : the list of the tab shown (the gap list or all households), as filtered."""
        tab = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        name = self.summary.name if self.summary is not None else ""
        export_table(self, self.context, self.current_table(), f"{name} {tab}".strip())

    def preview_knock_list(self) -> None:
        from ui.kit.print_preview import preview_papers
        database, user, ident = self.context.database, self.context.user, self.community_id

        def show(paper: Paper) -> None:
            self.preview = preview_papers([paper], paper.title, self)
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
            paper = knock_list_page(database, user, ident)
            try:
                return write_papers_pdf([paper], path)
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
