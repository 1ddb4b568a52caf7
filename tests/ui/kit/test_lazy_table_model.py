"""The lazy table model: a correct Qt model (qtmodeltester) that fetches pages, not tables."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from controllers.browse import SortOrder
from controllers.runtime.tasks import TaskRunner
from models.communities.rows import CommunityRows
from models.db.database import Database
from models.db.row_source import Filters, Row
from tests.support.communities import add_communities
from tests.support.sample_district import add_sample_district
from ui.kit.lazy_table_model import ID_ROLE, LazyTableModel
from ui.kit.table_page import fit_columns, make_table


class CountingSource:
    """A row source that remembers every page it was asked for."""

    def __init__(self, inner: CommunityRows) -> None:
        self.inner = inner
        self.columns = inner.columns
        self.filter_keys = inner.filter_keys
        self.default_order = SortOrder("name")
        self.requests: list[tuple[int, int, bool]] = []

    def count(self, filters: Filters) -> int:
        return self.inner.count(filters)

    def page(self, filters: Filters, order: SortOrder, offset: int, limit: int,
             after: Row | None = None) -> list[Row]:
        self.requests.append((offset, limit, after is not None))
        return self.inner.page(filters, order, offset, limit, after)


def loaded(model: LazyTableModel) -> bool:
    return not model.is_loading()


def test_model_passes_qtmodeltester(qtbot: QtBot, qtmodeltester: ModelTester,
                                    database: Database, runner: TaskRunner) -> None:
    add_sample_district(database)
    model = LazyTableModel(CommunityRows(database), runner, page_size=2, cache_pages=3)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    assert model.rowCount() == 3
    qtmodeltester.check(model)            # pages not fetched yet: empty cells
    qtbot.waitUntil(lambda: loaded(model), timeout=10_000)
    for row in range(model.rowCount()):    # ask for every page, then check again with data
        model.data(model.index(row, 0))
        qtbot.waitUntil(lambda: loaded(model), timeout=10_000)
    assert model.data(model.index(0, 1)) == "东湖社区"
    assert model.data(model.index(0, 6)).startswith("75")
    qtmodeltester.check(model)


def test_model_fetches_only_visible_pages_and_keeps_a_bounded_cache(
        qtbot: QtBot, database: Database, runner: TaskRunner) -> None:
    add_communities(database, 2_000)
    source = CountingSource(CommunityRows(database))
    model = LazyTableModel(source, runner, page_size=50, cache_pages=4)  # type: ignore[arg-type]
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.setModel(model)
    view.show()
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    assert model.rowCount() == 2_000
    for fraction in (0.0, 0.02, 0.5, 1.0, 0.25, 0.03, 0.75):
        bar = view.verticalScrollBar()
        bar.setValue(int(bar.maximum() * fraction))
        qtbot.waitUntil(lambda: loaded(model) and _visible_rows_filled(view, model), timeout=10_000)
        assert len(model.cached_pages()) <= 4
    assert max(limit for _offset, limit, _keyset in source.requests) == 50
    assert len(source.requests) <= 12        # a few pages per stop, never the table
    assert sum(limit for _offset, limit, _keyset in source.requests) < 2_000 // 2
    assert any(keyset for _offset, _limit, keyset in source.requests)  # page 1 after page 0
    last = view.rowAt(view.viewport().height() - 1)
    assert model.data(model.index(last, 1)) == f"社区{last:05d}"


def _visible_rows_filled(view: QTableView, model: LazyTableModel) -> bool:
    top = view.rowAt(0)
    bottom = view.rowAt(view.viewport().height() - 1)
    if top < 0:
        return False
    bottom = bottom if bottom >= 0 else model.rowCount() - 1
    return all(model.data(model.index(row, 1)) for row in (top, bottom))


def test_sorting_and_filtering_refresh_the_count(qtbot: QtBot, database: Database,
                                                runner: TaskRunner) -> None:
    add_sample_district(database)
    model = LazyTableModel(CommunityRows(database), runner)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.set_filters({"area_kind": "urban", "name": ""})
    assert model.rowCount() == 2
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.sort(4, Qt.SortOrder.DescendingOrder)  # persons, most first
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: loaded(model), timeout=10_000)
    assert model.data(model.index(0, 1)) == "东湖社区"
    assert isinstance(model.data(model.index(0, 0), ID_ROLE), int)
    model.sort(5, Qt.SortOrder.AscendingOrder)  # households done: not sortable, nothing happens
    assert model.order == SortOrder("persons", descending=True)


def test_a_failing_source_reports_and_does_not_loop(qtbot: QtBot, runner: TaskRunner,
                                                    database: Database) -> None:
    class Broken(CountingSource):
        def page(self, *args: Any, **kwargs: Any) -> list[Row]:
            super().page(*args, **kwargs)
            raise RuntimeError("server went away")

    add_sample_district(database)
    source = Broken(CommunityRows(database))
    model = LazyTableModel(source, runner)  # type: ignore[arg-type]
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    with qtbot.waitSignal(model.load_failed, timeout=10_000):
        model.data(model.index(0, 0))
    model.data(model.index(0, 0))
    qtbot.wait(50)
    assert len(source.requests) == 1


def test_rows_a_view_scrolls_to_are_fetched_before_it_paints_and_read_as_cells(
        qtbot: QtBot, database: Database, runner: TaskRunner) -> None:
    add_communities(database, 500)
    source = CountingSource(CommunityRows(database))
    model = LazyTableModel(source, runner, page_size=50)  # type: ignore[arg-type]
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    assert model.cell(480, 1) is None                 # not fetched yet: asked for
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
    assert not model.request_rows(440, 460)           # rows straddling pages 8 and 9
    qtbot.waitUntil(lambda: model.request_rows(440, 460), timeout=10_000)
    assert sorted(offset for offset, _limit, _keyset in source.requests) == [400, 450]
    cell = model.cell(499, 1)
    assert cell is not None and cell.text == "社区00499" and cell.text == model.data(
        model.index(499, 1))
    assert model.cell(499, 5).alignment == int(model.data(
        model.index(499, 5), Qt.ItemDataRole.TextAlignmentRole).value)


def test_sizing_the_columns_reads_the_first_page_only(qtbot: QtBot, database: Database,
                                                      runner: TaskRunner) -> None:
    """A list's columns are fitted to its first page when that page arrives (fit_columns), the
    table not yet shown: Qt's sizing reads up to 1,000 rows, which asked the lazy model for the
    pages below and fetched them for nobody. Only the first page is read, and the columns still
    fit what it holds."""
    add_communities(database, 2_000)
    source = CountingSource(CommunityRows(database))
    model = LazyTableModel(source, runner, page_size=100, cache_pages=8)  # type: ignore[arg-type]
    table = make_table(model)
    qtbot.addWidget(table)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.refresh()
    qtbot.waitUntil(lambda: loaded(model) and model.data(model.index(0, 1)) is not None,
                    timeout=10_000)
    fit_columns(table, model)
    qtbot.wait(200)
    qtbot.waitUntil(lambda: loaded(model), timeout=10_000)
    assert [offset for offset, _limit, _keyset in source.requests] == [0]
    assert model.cached_pages() == [0]
    name = model.data(model.index(0, 1))
    assert table.columnWidth(1) >= table.fontMetrics().horizontalAdvance(name)
