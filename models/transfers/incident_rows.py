"""Incidents for the Incidents tab: open ones first is a filter away, newest first by default.

Rows hold stored values (the kind as "violence"); the panel shows the translated word. The
person is named from the case, the transfer by its sheet number, so the list reads without
opening anything.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from models.db.columns import SqlColumn
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, plain
from models.schema.cases import Case
from models.schema.geography import Community, PoliceStation
from models.schema.incidents import Incident
from models.schema.register import Person
from models.schema.transfers import TransferOrder
from models.translatable import QT_TRANSLATE_NOOP


class IncidentRows(SqlRowSource):
    """Filters: `open` (True: not closed yet), `station_id`, `kind`."""

    columns: tuple[Column, ...] = (
        Column("occurred_at", QT_TRANSLATE_NOOP("Column", "Occurred"), Kind.DATETIME,
               sortable=True),
        Column("kind", QT_TRANSLATE_NOOP("Column", "Kind"), Kind.TEXT, sortable=True),
        Column("description", QT_TRANSLATE_NOOP("Column", "What happened"), Kind.TEXT),
        Column("handled_by", QT_TRANSLATE_NOOP("Column", "Handled by"), Kind.TEXT),
        Column("closed_at", QT_TRANSLATE_NOOP("Column", "Closed"), Kind.DATETIME, sortable=True),
        Column("resolution", QT_TRANSLATE_NOOP("Column", "Outcome"), Kind.TEXT),
        Column("person", QT_TRANSLATE_NOOP("Column", "Person"), Kind.TEXT),
        Column("transfer", QT_TRANSLATE_NOOP("Column", "Transfer sheet"), Kind.TEXT),
        Column("community", QT_TRANSLATE_NOOP("Column", "Community"), Kind.TEXT),
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT),
    )
    filter_keys = frozenset({"open", "station_id", "kind"})
    default_order = SortOrder("occurred_at", descending=True)
    keyset_columns = frozenset({"occurred_at", "kind"})

    def id_column(self) -> SqlColumn[int]:
        return Incident.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"occurred_at": Incident.occurred_at, "kind": Incident.kind,
                "closed_at": Incident.closed_at}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(Incident.id)
        if filters.get("open"):
            statement = statement.where(Incident.closed_at.is_(None))
        if filters.get("station_id") is not None:
            statement = statement.where(Incident.station_id == filters["station_id"])
        if filters.get("kind"):
            statement = statement.where(Incident.kind == filters["kind"])
        return statement

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        person = aliased(Person)
        result = session.execute(
            select(Incident.id, Incident.occurred_at, Incident.kind, Incident.description,
                   Incident.handled_by, Incident.closed_at, Incident.resolution, person.name,
                   TransferOrder.number, Community.name, PoliceStation.name)
            .join(PoliceStation, PoliceStation.id == Incident.station_id)
            .outerjoin(Community, Community.id == Incident.community_id)
            .outerjoin(Case, Case.id == Incident.case_id)
            .outerjoin(person, person.id == Case.person_id)
            .outerjoin(TransferOrder, TransferOrder.id == Incident.transfer_id)
            .where(Incident.id.in_(ids)))
        return {row[0]: tuple("" if value is None and index not in (1, 5) else plain(value)
                              for index, value in enumerate(row))
                for row in result}
