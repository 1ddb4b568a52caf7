"""Facilities as a live list: kind, the categories each takes, beds total / taken / free and how
full it is. Beds taken are counters kept by admissions and discharges, so a page is a plain read."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from controllers.browse.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource
from controllers.browse.words import FACILITY_KINDS as FACILITY_WORDS
from models.db.columns import SqlColumn
from models.schema.facilities import Facility, facility_accepts
from models.translatable import QT_TRANSLATE_NOOP

FACILITY_KINDS = FACILITY_WORDS.sources
ACCEPTED = {
    "confirmed": QT_TRANSLATE_NOOP("FacilityKind", "confirmed"),
    "suspected": QT_TRANSLATE_NOOP("FacilityKind", "suspected"),
    "fever": QT_TRANSLATE_NOOP("FacilityKind", "fever"),
    "close_contact": QT_TRANSLATE_NOOP("FacilityKind", "close contacts"),
}
ORDER = ("confirmed", "suspected", "fever", "close_contact")


def kind_text(value: str) -> str:
    return FACILITY_WORDS.word(value)


def accepts_text(values: Sequence[str]) -> str:
    chosen = sorted(values, key=lambda v: ORDER.index(v) if v in ORDER else len(ORDER))
    return QCoreApplication.translate("FacilityKind", ", ").join(
        QCoreApplication.translate("FacilityKind", ACCEPTED.get(v, v)) for v in chosen)


class FacilityRows(SqlRowSource):
    """Filters: `kind`, `category` (accepted), `has_free_bed`."""

    columns = (
        Column("name", QT_TRANSLATE_NOOP("Column", "Facility"), Kind.TEXT, sortable=True),
        Column("kind", QT_TRANSLATE_NOOP("Column", "Kind"), Kind.TEXT, sortable=True),
        Column("accepts", QT_TRANSLATE_NOOP("Column", "Takes"), Kind.TEXT),
        Column("beds_total", QT_TRANSLATE_NOOP("Column", "Beds"), Kind.COUNT, sortable=True),
        Column("beds_taken", QT_TRANSLATE_NOOP("Column", "Taken"), Kind.COUNT, sortable=True),
        Column("beds_free", QT_TRANSLATE_NOOP("Column", "Free"), Kind.COUNT, sortable=True),
        Column("occupancy", QT_TRANSLATE_NOOP("Column", "Occupancy"), Kind.PERCENT),
    )
    filter_keys = frozenset({"kind", "category", "has_free_bed"})
    default_order = SortOrder("name")

    def id_column(self) -> SqlColumn[int]:
        return Facility.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"name": Facility.name, "kind": Facility.kind, "beds_total": Facility.beds_total,
                "beds_taken": Facility.beds_taken,
                "beds_free": Facility.beds_total - Facility.beds_taken}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(Facility.id)
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
            accepts[int(facility_id)].append(str(getattr(category, "value", category)))
        rows: dict[int, Row] = {}
        for ident, name, kind, total, taken in session.execute(
                select(Facility.id, Facility.name, Facility.kind, Facility.beds_total,
                       Facility.beds_taken).where(Facility.id.in_(ids))):
            value = str(getattr(kind, "value", kind))
            rows[ident] = (ident, name, kind_text(value), accepts_text(accepts[ident]), total,
                           taken, total - taken, 100.0 * taken / total if total else 100.0)
        return rows
