"""Facilities as a live list: kind, the categories each takes, beds total / taken / free and how
full it is. Beds taken are counters kept by admissions and discharges, so a page is a plain read.
Kind and categories are stored values (the categories as a tuple); the UI shows their words
in its reading order. A retired facility is left out unless asked for: it takes nobody any more,
though the patients it still holds count in its beds taken."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.db.columns import SqlColumn
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, plain
from models.schema.facilities import Facility, facility_accepts
from models.translatable import QT_TRANSLATE_NOOP


class FacilityRows(SqlRowSource):
    """Facilities in use. Filters: `kind`, `category` (accepted), `has_free_bed`,
    `with_retired` (the retired too)."""

    columns: tuple[Column, ...] = (
        Column("name", QT_TRANSLATE_NOOP("Column", "Facility"), Kind.TEXT, sortable=True),
        Column("kind", QT_TRANSLATE_NOOP("Column", "Kind"), Kind.FACILITY_KIND, sortable=True),
        Column("accepts", QT_TRANSLATE_NOOP("Column", "Takes"), Kind.CATEGORIES),
        Column("beds_total", QT_TRANSLATE_NOOP("Column", "Beds"), Kind.COUNT, sortable=True),
        Column("beds_taken", QT_TRANSLATE_NOOP("Column", "Taken"), Kind.COUNT, sortable=True),
        Column("beds_free", QT_TRANSLATE_NOOP("Column", "Free"), Kind.COUNT, sortable=True),
        Column("occupancy", QT_TRANSLATE_NOOP("Column", "Occupancy"), Kind.PERCENT),
        Column("active", QT_TRANSLATE_NOOP("Column", "In use"), Kind.IN_USE),
    )
    filter_keys = frozenset({"kind", "category", "has_free_bed", "with_retired"})
    default_order = SortOrder("name")

    def id_column(self) -> SqlColumn[int]:
        return Facility.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"name": Facility.name, "kind": Facility.kind, "beds_total": Facility.beds_total,
                "beds_taken": Facility.beds_taken,
                "beds_free": Facility.beds_total - Facility.beds_taken}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(Facility.id)
        if not filters.get("with_retired"):
            statement = statement.where(Facility.active.is_(True))
        if filters.get("kind"):
            statement = statement.where(Facility.kind == filters["kind"])
        if filters.get("category"):
            statement = statement.where(Facility.id.in_(
                select(facility_accepts.c.facility_id)
                .where(facility_accepts.c.category == filters["category"])))
        if filters.get("has_free_bed"):
            statement = statement.where(Facility.beds_taken < Facility.beds_total)
        return statement

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        accepts: dict[int, list[str]] = defaultdict(list)
        for facility_id, category in session.execute(
                select(facility_accepts.c.facility_id, facility_accepts.c.category)
                .where(facility_accepts.c.facility_id.in_(ids))):
            accepts[int(facility_id)].append(str(plain(category)))
        rows: dict[int, Row] = {}
        for ident, name, kind, total, taken, active in session.execute(
                select(Facility.id, Facility.name, Facility.kind, Facility.beds_total,
                       Facility.beds_taken, Facility.active).where(Facility.id.in_(ids))):
            rows[ident] = (ident, name, plain(kind), tuple(sorted(accepts[ident])), total,
                           taken, total - taken, 100.0 * taken / total if total else 100.0,
                           bool(active))
        return rows
