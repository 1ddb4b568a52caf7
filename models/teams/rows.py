"""The team rosters at a glance: which station, what kind, how many members, who leads."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, plain, starts_with
from models.schema.geography import PoliceStation
from models.schema.teams import Responder, Team, TeamMember
from models.teams.crews import crews_on_duty
from models.teams.minimums import TeamMinimums
from models.translatable import QT_TRANSLATE_NOOP


class TeamRows(SqlRowSource):
    """Filters: `kind`, `station_id`, `name` (starts with), `active_only` (bool).
    Members and the leader are the current ones: a member who left is not counted."""

    columns: tuple[Column, ...] = (
        Column("station", QT_TRANSLATE_NOOP("Column", "Station"), Kind.TEXT, sortable=True),
        Column("kind", QT_TRANSLATE_NOOP("Column", "Kind"), Kind.TEAM_KIND, sortable=True),
        Column("name", QT_TRANSLATE_NOOP("Column", "Team"), Kind.TEXT, sortable=True),
        Column("members", QT_TRANSLATE_NOOP("Column", "Members"), Kind.COUNT),
        Column("leader", QT_TRANSLATE_NOOP("Column", "Leader"), Kind.TEXT),
    )
    filter_keys = frozenset({"kind", "station_id", "name", "active_only"})
    default_order = SortOrder("station")
    keyset_columns = frozenset({"station", "kind", "name"})

    def id_column(self) -> SqlColumn[int]:
        return Team.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"station": PoliceStation.name, "kind": Team.kind, "name": Team.name}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
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


class TeamRosterRows(TeamRows):
    """The teams view's rows: TeamRows plus the crew on duty now, judged per shift (its leader
    and the minimum roles, models/teams/crews.py: three GROUP BYs for the page's teams, not a
    query per row), and how many of its members are on duty now."""

    columns: tuple[Column, ...] = TeamRows.columns + (
        Column("complete", QT_TRANSLATE_NOOP("Column", "Crew on duty"), Kind.COMPOSITION),
        Column("on_duty", QT_TRANSLATE_NOOP("Column", "On duty now"), Kind.COUNT),
    )

    def __init__(self, database: Database, clock: Callable[[], datetime] = datetime.now,
                 minimums: TeamMinimums | None = None) -> None:
        super().__init__(database)
        self.clock = clock
        self.minimums = minimums

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        rows = super().load_rows(session, ids)
        crews = crews_on_duty(session, ids, self.clock(), self.minimums)
        return {ident: row + (crews.get(ident), crews[ident].members if ident in crews else 0)
                for ident, row in rows.items()}
