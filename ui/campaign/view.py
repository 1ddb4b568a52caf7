"""集中排查行动: the sweep campaign's view.

Across the top the campaign (a chooser when the district has declared more than one), its
countdown to the deadline and the communities behind the planned line. Under it the communities
(target today, done today and to date, planned to date, the gap, behind, the supervision order
standing) beside two burn-down charts: the district's and the chosen community's. At the foot
the campaign's supervision orders (督办单), the latest first.

Keys: Enter on a community opens its window (the communities view's, handed in by the shell:
screens meet only through ui.kit and the shell); Ctrl+U issues a supervision order to the
community of the current row, for the commander, refused with a sentence when it is not behind;
Ctrl+P previews the chosen order for printing. Everything loads on the task runner, and the view
reads again when another workstation writes a visit, a campaign or an order.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from controllers.campaign.actions import (
    CAMPAIGN_TABLES,
    CampaignSnapshot,
    CommunityProgress,
    OrderRecord,
    close_order,
    declare_campaign,
    issue_order,
    load_campaign,
)
from controllers.paper.pdf import write_papers_pdf
from controllers.paper.supervision_order import order_paper
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from models.enums import SupervisionStatus
from models.errors import CanvassError
from ui.campaign.chart import BurnDown, prepare_plots
from ui.campaign.dialogs import DeclareCampaignDialog, ReplyDialog
from ui.campaign.table import SORT_ROLE, CommunityProgressModel
from ui.campaign.texts import laggards_text, records_end_text, status_text, wall_clock_countdown
from ui.kit.background import save_in_background
from ui.kit.formatting import count
from ui.kit.live import FollowsChanges
from ui.kit.refusals.campaign import campaign_error_text
from ui.kit.role_actions import action_button, key_text, present
from ui.kit.widgets import hbox, label, named_label, shortcut, vbox

translate = QCoreApplication.translate
WITH_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut
ISSUE_KEYS = "Ctrl+U"
TICK_MS = 30_000         # the countdown moves on without any write
LAGGARDS_NAMED = 8
CHARTS_WIDTH = 460


def day_text(value: datetime) -> str:
    return f"{value:%Y-%m-%d}"


class CampaignView(FollowsChanges, QWidget):
    view_id = "campaign"
    live_tables = CAMPAIGN_TABLES

    def __init__(self, context: AppContext,
                 open_community: Callable[[int], object] | None = None) -> None:
        super().__init__()
        self.setObjectName("page")
        self.context = context
        self.open_community_window = open_community
        self.loaded: CampaignSnapshot | None = None
        self.campaign_id: int | None = None
        self.dialog: QDialog | None = None
        self._loading = False
        self._generation = 0
        self._filling = False
        self.title = label(translate("Campaign", "Sweep campaign"), "pageTitle")
        self.chooser = QComboBox()
        self.chooser.setMinimumWidth(260)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.declare_button = action_button(
            context.user, declare_campaign, translate("Campaign", "Declare campaign…"),
            self.declare)
        refresh = QPushButton(translate("Campaign", "Refresh"))
        refresh.clicked.connect(self.refresh)
        self.countdown = named_label("headline")
        self.summary = label("", "pageSubtitle", wrap=True)
        self.laggards = named_label("formError", wrap=True)
        self.model = CommunityProgressModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._community_table()
        prepare_plots(context.tasks, self)   # pyqtgraph on a worker, not at the first showing
        self.district_chart = BurnDown()
        self.community_chart = BurnDown()
        self.orders = self._orders_table()
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.issue_button = action_button(
            context.user, issue_order, translate("Campaign", "Issue supervision order"),
            self.issue_current, ISSUE_KEYS, key_on=self, context=WITH_CHILDREN,
            keys_in_text=True)
        self.reply_button = action_button(context.user, issue_order,
                                          translate("Campaign", "Record reply…"), self.record_reply)
        self.close_button = action_button(context.user, issue_order,
                                          translate("Campaign", "Close order"), self.close_current)
        self.print_button = QPushButton(translate("Campaign", "Print order…"))
        self.print_button.setToolTip(key_text("Ctrl+P"))
        self.print_button.clicked.connect(self.preview_order)
        shortcut("Ctrl+P", self, self.preview_order, WITH_CHILDREN)
        self.pdf_button = QPushButton(translate("Campaign", "Order as PDF…"))
        self.pdf_button.clicked.connect(self.save_order_pdf)
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.district_chart)
        charts.addWidget(self.community_chart)
        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.addWidget(self.table)
        middle.addWidget(charts)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        self.middle = middle
        self._fitted = False
        self.empty = label(translate("Campaign", "No sweep campaign has been declared yet."),
                           "pageSubtitle", wrap=True)
        order_buttons = hbox(label(translate("Campaign", "Supervision orders"), "panelTitle"), 1,
                             *present([self.issue_button, self.reply_button, self.close_button]),
                             self.print_button, self.pdf_button)
        self.setLayout(vbox(
            hbox(self.title, 1, self.chooser, *present([self.declare_button]), refresh),
            hbox(self.countdown, 1), self.summary, self.laggards, self.empty, middle,
            order_buttons, self.orders, self.message, margins=24, spacing=8))
        self.body = [middle, self.orders, self.countdown, self.summary, self.laggards]
        self.clock = QTimer(self, interval=TICK_MS)
        self.clock.timeout.connect(self._show_countdown)
        self.clock.start()
        self._show(None)

    # -- building --------------------------------------------------------------------------
    def _community_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(7, Qt.SortOrder.DescendingOrder)   # the largest gap first
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.doubleClicked.connect(lambda _index: self.open_current())
        for key in ("Return", "Enter"):
            shortcut(key, table, self.open_current, Qt.ShortcutContext.WidgetShortcut)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_community())
        return table

    def _orders_table(self) -> QTableWidget:
        headers = [translate("Campaign", "Number"), translate("Campaign", "Community"),
                   translate("Campaign", "Issued"), translate("Campaign", "Open doors"),
                   translate("Campaign", "Gap"), translate("Campaign", "Deadline"),
                   translate("Campaign", "Status"), translate("Campaign", "Reply")]
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(120)
        table.setMaximumHeight(190)
        return table

    # -- loading ---------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, database, user = self._generation, self.context.database, self.context.user
        chosen = self.campaign_id
        self._loading = True

        def work(_control: TaskControl) -> CampaignSnapshot:
            return load_campaign(database, user, chosen)

        def done(result: Any) -> None:
            if generation == self._generation and isinstance(result, CampaignSnapshot):
                self._show(result)

        def failed(error: BaseException) -> None:
            if not isinstance(error, CanvassError):
                raise error
            self.campaign_id = None   # the campaign may be gone: the current one next time
            self.say(campaign_error_text(error))

        def finished() -> None:
            if generation == self._generation:
                self._loading = False
                self.loading_finished()

        self.context.tasks.submit("sweep campaign", work, succeeded=done, failed=failed,
                                  finished=finished, owner=self)

    def is_loading(self) -> bool:
        """Reading, or a chart waiting for its plot (pyqtgraph imported on a worker)."""
        return self._loading or self.district_chart.is_waiting() or \
            self.community_chart.is_waiting()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_stale()

    # -- showing ---------------------------------------------------------------------------
    def _show(self, loaded: CampaignSnapshot | None) -> None:
        self.loaded = loaded
        progress = loaded.progress if loaded is not None else None
        self._filling = True
        self.chooser.clear()
        for choice in (loaded.choices if loaded is not None else []):
            self.chooser.addItem(f"{choice.name}（{choice.starts_on:%m-%d}—{choice.deadline:%m-%d}）",
                                 choice.id)
        if progress is not None:
            self.campaign_id = progress.campaign.id
            self.chooser.setCurrentIndex(self.chooser.findData(progress.campaign.id))
        self._filling = False
        self.chooser.setVisible(self.chooser.count() > 1)
        self.empty.setVisible(progress is None)
        for widget in self.body:
            widget.setVisible(progress is not None)
        if progress is None:
            self.model.set_rows([])
            self.orders.setRowCount(0)
            return
        wanted = self.current_community()
        self.model.set_rows(list(progress.communities))
        self._reselect(wanted)
        self._fit_table()
        self._show_countdown()
        laggards = progress.laggards
        self.summary.setText(
            translate("Campaign", "%1 · %2 to %3 · %4 communities · %5 of %6 open doors settled")
            .replace("%1", progress.campaign.name)
            .replace("%2", f"{progress.campaign.starts_on:%Y-%m-%d}")
            .replace("%3", f"{progress.campaign.deadline:%Y-%m-%d}")
            .replace("%4", count(len(progress.communities)))
            .replace("%5", count(sum(row.done_to_date for row in progress.communities)))
            .replace("%6", count(progress.open_at_start())))
        self.laggards.setText(laggards_text([row.name for row in laggards[:LAGGARDS_NAMED]],
                                            max(len(laggards) - LAGGARDS_NAMED, 0)))
        self.district_chart.show_lines(
            translate("Campaign", "Whole campaign: doors open"), progress.open_at_start(),
            progress.dates, progress.planned_line(), progress.done_line())
        self._show_community()
        self._fill_orders(loaded.orders if loaded is not None else [])

    def _fit_table(self) -> None:
        """Once, with its first rows: the table as wide as its columns, the charts the rest (at
        least CHARTS_WIDTH); later the person's own dragging of the splitter stands."""
        total = sum(self.middle.sizes())
        if self._fitted or total <= 0 or not self.model.rows:
            return
        self._fitted = True
        wanted = self.table.horizontalHeader().length() + \
            self.table.verticalScrollBar().sizeHint().width() + 4
        table = max(min(wanted, total - CHARTS_WIDTH), total // 2)
        self.middle.setSizes([table, total - table])

    def _show_countdown(self) -> None:
        progress = self.loaded.progress if self.loaded is not None else None
        if progress is None:
            return
        now = datetime.now()   # the countdown moves between loads: its phase is the clock's
        text = wall_clock_countdown(progress.campaign.starts_on, progress.ends_at, now)
        note = records_end_text(progress.moment, now)
        self.countdown.setText(translate("Campaign", "Deadline %1 24:00 · %2")
                               .replace("%1", f"{progress.campaign.deadline:%Y-%m-%d}")
                               .replace("%2", text) + (f" · {note}" if note else ""))

    def _reselect(self, community_id: int | None) -> None:
        rows = self.proxy.rowCount()
        target = 0
        for row in range(rows):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) == community_id:
                target = row
        if rows:
            self.table.setCurrentIndex(self.proxy.index(target, 0))

    def current_row(self) -> CommunityProgress | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if 0 <= source.row() < len(self.model.rows) else None

    def current_community(self) -> int | None:
        row = self.current_row()
        return row.community_id if row is not None else None

    def _show_community(self) -> None:
        progress = self.loaded.progress if self.loaded is not None else None
        row = self.current_row()
        if progress is None or row is None:
            return
        self.community_chart.show_lines(
            translate("Campaign", "%1: doors open").replace("%1", row.name), row.open_at_start,
            progress.dates, progress.planned_line([row]), progress.done_line([row]))
        for number in range(self.orders.rowCount()):
            item = self.orders.item(number, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole + 1) == row.community_id:
                self.orders.selectRow(number)
                break

    def _fill_orders(self, orders: list[OrderRecord]) -> None:
        chosen = self.current_order()
        self.orders.setRowCount(len(orders))
        for number, order in enumerate(orders):
            cells = [order.number, order.community, f"{order.issued_at:%m-%d %H:%M}",
                     count(order.open_doors), count(order.gap), f"{order.deadline:%Y-%m-%d}",
                     status_text(order.status), order.reply.replace("\n", " ")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, order.id)
                    item.setData(Qt.ItemDataRole.UserRole + 1, order.community_id)
                self.orders.setItem(number, column, item)
            if chosen is not None and order.id == chosen.id:
                self.orders.selectRow(number)
        self.orders.resizeColumnsToContents()

    def current_order(self) -> OrderRecord | None:
        if self.loaded is None:
            return None
        row = self.orders.currentRow()
        item = self.orders.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        ident = item.data(Qt.ItemDataRole.UserRole)
        return next((order for order in self.loaded.orders if order.id == ident), None)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        ident = self.chooser.itemData(index)
        if ident is not None and ident != self.campaign_id:
            self.campaign_id = int(ident)
            self.refresh()

    # -- what a person does ----------------------------------------------------------------
    def open_current(self) -> None:
        ident = self.current_community()
        if ident is not None and self.open_community_window is not None:
            self.open_community_window(ident)

    def declare(self) -> None:
        today = datetime.now().date()

        def declared(campaign_id: int) -> None:
            self.campaign_id = campaign_id
            self.say(translate("Campaign", "Campaign declared."))
            self.refresh()

        self.dialog = DeclareCampaignDialog(self.context, today, declared, self)
        self.dialog.open()

    def issue_current(self) -> None:
        row, campaign_id = self.current_row(), self.campaign_id
        if row is None or campaign_id is None or self.issue_button is None:
            return
        database, user, community_id = self.context.database, self.context.user, row.community_id

        def issued(order: OrderRecord) -> None:
            self.say(translate("Campaign", "Supervision order %1 issued to %2.")
                     .replace("%1", order.number).replace("%2", order.community))
            self.refresh()

        save_in_background(self.context.tasks, self, "issue order",
                           lambda: issue_order(database, user, campaign_id, community_id),
                           saved=issued, refused=self._refused, busy=[self.issue_button])

    def _refused(self, error: CanvassError) -> None:
        self.say(campaign_error_text(error))
        self.refresh()

    def record_reply(self) -> None:
        order = self.current_order()
        if order is None:
            return
        if order.status != SupervisionStatus.ISSUED.value:
            self.say(translate("CampaignErrors", "This supervision order has been answered or closed already."))
            return

        def answered(record: OrderRecord) -> None:
            self.say(translate("Campaign", "Reply to %1 recorded.").replace("%1", record.number))
            self.refresh()

        self.dialog = ReplyDialog(self.context, order, answered, self)
        self.dialog.open()

    def close_current(self) -> None:
        order = self.current_order()
        if order is None or self.close_button is None:
            return
        database, user = self.context.database, self.context.user

        def closed(record: OrderRecord) -> None:
            self.say(translate("Campaign", "Supervision order %1 closed.").replace("%1", record.number))
            self.refresh()

        save_in_background(self.context.tasks, self, "close order",
                           lambda: close_order(database, user, order.id, order.version),
                           saved=closed, refused=self._refused, busy=[self.close_button])

    def preview_order(self) -> None:
        order = self.current_order()
        if order is None:
            return
        from ui.kit.print_preview import preview_papers
        paper = order_paper(order)
        self.dialog = preview_papers([paper], paper.title, self)
        self.dialog.open()

    def save_order_pdf(self) -> None:
        order = self.current_order()
        if order is None:
            return
        title = order_paper(order).title
        path, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / f"{order.number}.pdf"),
                                                    "PDF (*.pdf)")
        if path:
            self.write_order_pdf(Path(path))

    def write_order_pdf(self, path: Path) -> None:
        order = self.current_order()
        if order is None:
            return

        def work() -> int | OSError:
            try:
                return write_papers_pdf([order_paper(order)], path)
            except OSError as error:   # a read-only folder, a full disk: said, not raised
                return error

        def written(pages: int | OSError) -> None:
            self.say(str(pages) if isinstance(pages, OSError) else
                     translate("Campaign", "Supervision order saved: %1").replace("%1", str(path)))

        save_in_background(self.context.tasks, self, "order PDF", work, saved=written,
                           refused=self._refused, busy=[self.pdf_button])
