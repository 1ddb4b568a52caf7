"""The list and dashboard queries at district scale, each beside its raw baseline.

    python -m bench.query_benchmarks [--db PATH_OR_URL]
"""
from __future__ import annotations

from bench.common import Row
from bench.raw import captured, median_time, replay
from controllers.browse import CaseRows, SortOrder, dashboard_summary
from models.database import Database
from models.enums import CaseCategory, CaseStatus

PAGE = 100


def dashboard_rows(database: Database) -> list[Row]:
    statements = captured(database, lambda: dashboard_summary(database))
    ours = median_time(lambda: dashboard_summary(database), repeats=3)
    return [Row("dashboard full refresh", ours, replay(database, statements), 1.5, 0.5)]


def case_board_rows(database: Database) -> list[Row]:
    """First page of the case board under each filter (count + page, as the board asks)."""
    source = CaseRows(database)
    filters: list[tuple[str, dict[str, object]]] = [
        ("all", {}), ("open only", {"open_only": True}),
        ("confirmed", {"category": CaseCategory.CONFIRMED.value}),
        ("awaiting transfer", {"status": CaseStatus.AWAITING_TRANSFER.value}),
        ("name 张", {"name": "张"})]
    rows = []
    for label, chosen in filters:
        def first_page(chosen: dict[str, object] = chosen) -> None:
            source.page(chosen, SortOrder("status_since", descending=True), 0, PAGE)
        statements = captured(database, first_page)
        rows.append(Row(f"case board first page: {label}", median_time(first_page),
                        replay(database, statements), 1.5))
    return rows


def rows(database: Database) -> list[Row]:
    return dashboard_rows(database) + case_board_rows(database)
