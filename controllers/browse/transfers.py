"""Transfer orders, newest first: who goes where, how far along, how fast the team arrived."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from controllers.browse.row_source import (Column, Filters, Kind, Row, SortOrder, SqlRowSource,
                                           plain, starts_with)
from controllers.browse.sql import minutes_between
from models.cases import Case
from models.facilities import Facility
from models.register import Person
from models.transfers import TransferOrder

RESPONSE_MINUTES = minutes_between(TransferOrder.dispatched_at, TransferOrder.on_scene_at)


class TransferRows(SqlRowSource):
    """Filters: `status`, `facility_id`, `number` (starts with).
    Response time is on scene − dispatched, in minutes; empty until the team is on scene."""

    columns = (
        Column("number", QT_TRANSLATE_NOOP("Column", "Order no."), Kind.TEXT, sortable=True),
        Column("person", QT_TRANSLATE_NOOP("Column", "Name"), Kind.TEXT),
        Column("facility", QT_TRANSLATE_NOOP("Column", "Destination"), Kind.TEXT),
        Column("status", QT_TRANSLATE_NOOP("Column", "Status"), Kind.TRANSFER_STATUS, sortable=True),
        Column("ordered_at", QT_TRANSLATE_NOOP("Column", "Ordered"), Kind.DATETIME, sortable=True),
        Column("response", QT_TRANSLATE_NOOP("Column", "Response"), Kind.MINUTES),
    )
    filter_keys = frozenset({"status", "facility_id", "number"})
    default_order = SortOrder("ordered_at", descending=True)
    keyset_columns = frozenset({"number", "status", "ordered_at"})

    def id_column(self) -> ColumnElement[int]:
        return TransferOrder.id

    def sort_expressions(self) -> Mapping[str, ColumnElement[Any]]:
        return {"number": TransferOrder.number, "status": TransferOrder.status,
                "ordered_at": TransferOrder.ordered_at}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[Any]:
        statement = select(TransferOrder.id)
        if filters.get("status"):
            statement = statement.where(TransferOrder.status == filters["status"])
        if filters.get("facility_id") is not None:
            statement = statement.where(TransferOrder.facility_id == filters["facility_id"])
        if filters.get("number"):
            statement = statement.where(
                starts_with(self.database.kind, TransferOrder.number, filters["number"]))
        return statement

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        result = session.execute(
            select(TransferOrder.id, TransferOrder.number, Person.name, Facility.name,
                   TransferOrder.status, TransferOrder.ordered_at, RESPONSE_MINUTES)
            .join(Case, Case.id == TransferOrder.case_id)
            .join(Person, Person.id == Case.person_id)
            .join(Facility, Facility.id == TransferOrder.facility_id)
            .where(TransferOrder.id.in_(ids)))
        return {row[0]: (*(plain(value) for value in row[:-1]),
                         None if row[-1] is None else round(float(row[-1]), 1))
                for row in result}
