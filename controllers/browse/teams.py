"""The team rosters at a glance: which station, what kind, how many members, who leads."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from controllers.browse.row_source import (Column, Filters, Kind, Row, SortOrder, SqlRowSource,
                                           plain, starts_with)
from models.geography import PoliceStation
from models.teams import Responder, Team, TeamMember


class TeamRows(SqlRowSource):
    """Filters: `kind`, `station_id`, `name` (starts with), `active_only` (bool).
    Members and the leader are the current ones: a member who left is not counted."""

    columns = (
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("kind", QT_TRANSLATE_NOOP("Column", "Kind"), Kind.TEAM_KIND, sortable=True),
        Column("name", QT_TRANSLATE_NOOP("Column", "Team"), Kind.TEXT, sortable=True),
        Column("members", QT_TRANSLATE_NOOP("Column", "Members"), Kind.COUNT),
        Column("leader", QT_TRANSLATE_NOOP("Column", "Leader"), Kind.TEXT),
    )
    filter_keys = frozenset({"kind", "station_id", "name", "active_only"})
    default_order = SortOrder("station")
    keyset_columns = frozenset({"station", "kind", "name"})

    def id_column(self) -> ColumnElement[int]:
        return Team.id

    def sort_expressions(self) -> Mapping[str, ColumnElement[Any]]:
        return {"station": PoliceStation.name, "kind": Team.kind, "name": Team.name}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[Any]:
        statement = select(Team.id)
        if order is not None and order.column == "station":
            statement = statement.join(PoliceStation, PoliceStation.id == Team.station_id)
        if filters.get("kind"):
            statement = statement.where(Team.kind == filters["kind"])
        if filters.get("station_id") is not None:
            statement = statement.where(Team.station_id == filters["station_id"])
        if filters.get("name"):
            statement = statement.where(starts_with(self.database.kind, Team.name, filters["name"]))
        if filters.get("active_only"):
            statement = statement.where(Team.active.is_(True))
        return statement

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        current = TeamMember.left_on.is_(None)
        members = dict(session.execute(
            select(TeamMember.team_id, func.count())
            .where(TeamMember.team_id.in_(ids), current)
            .group_by(TeamMember.team_id)).all())
        leaders = dict(session.execute(
            select(TeamMember.team_id, Responder.name)
            .join(Responder, Responder.id == TeamMember.responder_id)
            .where(TeamMember.team_id.in_(ids), current, TeamMember.is_leader.is_(True))
        ).all())
        rows: dict[int, Row] = {}
        for ident, station, kind, name in session.execute(
                select(Team.id, PoliceStation.name, Team.kind, Team.name)
                .join(PoliceStation, PoliceStation.id == Team.station_id)
                .where(Team.id.in_(ids))):
            rows[ident] = (ident, station, plain(kind), name, int(members.get(ident, 0)),
                           leaders.get(ident))
        return rows
