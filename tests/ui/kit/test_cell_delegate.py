"""The list views' fast cell painting and their wait for a jump's rows, as a user sees them: the
same pixels as Qt's own delegate (text, elided text, numbers on the right, category dots,
selection, empty rows on their way), and after a jump the rows without a flash of empty ones."""
from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from controllers.runtime.tasks import TaskRunner
from models.communities.rows import CommunityRows
from models.db.database import Database
from models.db.row_source import Column, Filters, Kind, Row, SortOrder
from tests.support.communities import add_communities
from ui.kit.appearance import apply_appearance
from ui.kit.cell_delegate import CellDelegate
from ui.kit.lazy_table_model import LazyTableModel
from ui.kit.list_table import HOLD_MS, ListTable
from ui.kit.table_page import make_table

STATUSES = ("identified", "admitted", "in_transit")
CATEGORIES = ("confirmed", None, "fever", "close_contact", "unknown")


class MemoryRows:
    """A row source in memory; with a `gate`, pages wait until the test opens it."""

    columns = (Column("name", "Name", Kind.TEXT), Column("address", "Address", Kind.TEXT),
               Column("category", "Category", Kind.CATEGORY),
               Column("persons", "Persons", Kind.COUNT),
               Column("status", "Status", Kind.CASE_STATUS))
    filter_keys: frozenset[str] = frozenset()
    default_order = SortOrder("name")

    def __init__(self, number: int, gate: threading.Event | None = None) -> None:
        self.rows = [(index, f"居民{index:04d}",
                      f"武汉市江岸区某某街道{index}号院{index % 7}栋" * (index % 3),  # some elide
                      CATEGORIES[index % len(CATEGORIES)], index * 37, STATUSES[index % 3])
                     for index in range(number)]
        self.gate = gate

    def count(self, filters: Filters) -> int:
        return len(self.rows)

    def page(self, filters: Filters, order: SortOrder, offset: int, limit: int,
             after: Row | None = None) -> list[Row]:
        if self.gate is not None:
            self.gate.wait(30)
        return self.rows[offset:offset + limit]


@pytest.fixture(params=["plain", "style sheet"])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Both looks the tables are drawn in: Qt's default, and the app's Fusion + style sheet."""
    if request.param == "plain":
        yield request.param
        return
    restore = apply_appearance(qapp)
    yield request.param
    restore()


def shown_table(qtbot: QtBot, model: LazyTableModel) -> QTableView:
    table = make_table(model)
    qtbot.addWidget(table)
    table.resize(700, 420)
    table.horizontalHeader().resizeSection(1, 120)   # the address elides
    table.show()
    qtbot.waitExposed(table)
    return table


def painted_by(table: QTableView, delegate: QStyledItemDelegate) -> QImage:
    table.setItemDelegate(delegate)
    return table.viewport().grab().toImage()


def test_cells_look_exactly_as_qt_draws_them(qtbot: QtBot, runner: TaskRunner, look: str) -> None:
    model = LazyTableModel(MemoryRows(40), runner)   # type: ignore[arg-type]
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    table = shown_table(qtbot, model)
    table.selectRow(2)
    qtbot.waitUntil(lambda: model.cell(8, 0) is not None and not model.is_loading(),
                    timeout=10_000)
    ours = painted_by(table, table.itemDelegate())
    assert isinstance(table.itemDelegate(), CellDelegate)
    assert model.cell(4, 1) is not None and model.cell(4, 1).drawn[3].endswith("…")  # elided
    assert ours == painted_by(table, QStyledItemDelegate(table))


def test_a_row_on_its_way_paints_as_an_empty_row_then_its_text(qtbot: QtBot,
                                                                runner: TaskRunner) -> None:
    gate = threading.Event()
    model = LazyTableModel(MemoryRows(30, gate), runner)   # type: ignore[arg-type]
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    table = shown_table(qtbot, model)
    empty = painted_by(table, table.itemDelegate())
    assert model.cell(0, 0) is None and model.is_loading()       # its page is on its way
    assert empty == painted_by(table, QStyledItemDelegate(table))
    table.setItemDelegate(CellDelegate(table))
    gate.set()
    qtbot.waitUntil(lambda: model.cell(0, 0) is not None, timeout=10_000)
    assert model.cell(0, 0).text == "居民0000"
    assert table.viewport().grab().toImage() != empty


class PaintWatcher(QObject):
    """Records, for every paint of a table's rows, whether the last row had arrived."""

    def __init__(self, table: QTableView, model: LazyTableModel) -> None:
        super().__init__(table)
        self.model = model
        self.paints: list[bool] = []
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints.append(self.model.cell(self.model.rowCount() - 1, 0) is not None)
        return False


def test_a_jump_to_the_end_shows_the_last_rows_without_a_flash_of_empty_ones(
        qtbot: QtBot, database: Database, runner: TaskRunner) -> None:
    add_communities(database, 2_000)
    model = LazyTableModel(CommunityRows(database), runner, page_size=50)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    table = make_table(model)
    qtbot.addWidget(table)
    table.resize(700, 420)
    table.show()
    qtbot.waitUntil(lambda: model.cell(0, 1) is not None, timeout=10_000)
    qtbot.wait(50)                              # the first rows' paint is done
    watcher = PaintWatcher(table, model)
    assert isinstance(table, ListTable)
    table.scrollToBottom()                      # Ctrl+End
    assert table.waiting_for_rows()
    qtbot.waitUntil(lambda: not table.waiting_for_rows(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(watcher.paints), timeout=10_000)
    assert all(watcher.paints)                  # every paint after the jump had the rows
    last = table.rowAt(table.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    assert model.data(model.index(last, 1)) == f"社区{last:05d}"


def test_a_slow_page_shows_empty_rows_after_a_moment_and_a_drag_never_waits(
        qtbot: QtBot, runner: TaskRunner) -> None:
    gate = threading.Event()
    model = LazyTableModel(MemoryRows(3_000), runner)   # type: ignore[arg-type]
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    table = shown_table(qtbot, model)
    qtbot.waitUntil(lambda: model.cell(0, 0) is not None, timeout=10_000)
    model.source.gate = gate                    # from now on pages take their time
    table.scrollToBottom()
    assert table.waiting_for_rows()
    qtbot.wait(HOLD_MS * 3)
    assert not table.waiting_for_rows()         # gave up waiting: the empty rows show
    assert table.viewport().updatesEnabled()
    bar = table.verticalScrollBar()
    bar.setSliderDown(True)
    bar.setValue(bar.maximum() // 2)            # dragging the handle to the middle
    assert not table.waiting_for_rows()
    bar.setSliderDown(False)
    gate.set()
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
