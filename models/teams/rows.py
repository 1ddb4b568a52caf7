"""The team rosters at a glance: which station, what kind, how many members, who leads."""
from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.held_reads import driver_value
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, plain, starts_with
from models.enums import TeamKind, VehicleStatus
from models.schema.fleet import Vehicle
from models.schema.geography import PoliceStation
from models.schema.team_minimums import TeamMinimumsRow
from models.schema.teams import DutyShift, Responder, Team, TeamMember
from models.teams.crews import crews_on_duty, judge
from models.teams.minimums import DEFAULT_MINIMUMS, FIELDS, POLICY_ROW, TeamMinimums
from models.teams.rules import TeamCounts, role_tallies, tally
from models.teams.shifts import LONGEST_SHIFT
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

    def page_in_one(self, key: Hashable, filters: Filters,
                    ids: Callable[[], Select[*tuple[Any, ...]]], sort: SqlColumn[Any],
                    descending: bool) -> list[Row]:
        """The page, its crews on duty and the district's minimums in one statement, where
        `load_rows` in a session waits twelve times (the teams view over a slow link,
        bench/slow_link.py); the crews judged as `crews_on_duty` judges them. Compiled once per
        question: the clock's values are given at each run."""
        now, database = self.clock(), self.database
        rows: list[Row] = []
        given = {"now": driver_value(database, DateTime(), now),
                 "shift_since": driver_value(database, DateTime(), now - LONGEST_SHIFT)}
        found = self._held_questions().fetch(
            key, lambda: _roster_page(ids(), sort, descending, now), given)
        for row in found:
            ident, station, kind, name, members, leader = row[:6]
            police, health, cadres, leaders, starts, ends, on_duty, vehicles = row[6:14]
            minimums = self.minimums or _stored(row[14:])
            if starts is None:
                crew = judge(ident, TeamKind(kind), TeamCounts(vehicles=int(vehicles or 0)),
                             None, minimums)
            else:
                counts = TeamCounts(int(police), int(health), int(cadres), int(leaders),
                                    int(vehicles or 0))
                crew = judge(ident, TeamKind(kind), counts, (starts, ends), minimums,
                             int(on_duty))
            rows.append((ident, station, plain(kind), name, int(members), leader, crew,
                         crew.members))
        return rows

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        rows = super().load_rows(session, ids)
        crews = crews_on_duty(session, ids, self.clock(), self.minimums)
        return {ident: row + (crews.get(ident), crews[ident].members if ident in crews else 0)
                for ident, row in rows.items()}


def _roster_page(ids: Select[*tuple[Any, ...]], sort: SqlColumn[Any], descending: bool,
                 at: datetime) -> Select[*tuple[Any, ...]]:
    """A page of teams with everything the roster shows: members and leader (current ones),
    the crew on duty at :now by role, leaders, span and size (crews.py's GROUP BY), usable
    vehicles, and the stored minimums' row (absent: the defaults)."""
    chosen = ids.correlate(None)
    current = TeamMember.left_on.is_(None)
    now = bindparam("now", at, type_=DateTime())   # given again at each run
    leads = or_(DutyShift.leads.is_(True), TeamMember.is_leader.is_(True))
    crew = (select(DutyShift.team_id.label("team_id"), *role_tallies(), tally(leads),
                   func.min(DutyShift.starts_at), func.max(DutyShift.ends_at),
                   func.count(func.distinct(DutyShift.responder_id)))
            .join(Responder, Responder.id == DutyShift.responder_id)
            .outerjoin(TeamMember, and_(TeamMember.team_id == DutyShift.team_id,
                                        TeamMember.responder_id == DutyShift.responder_id,
                                        current))
            .where(DutyShift.team_id.in_(chosen), DutyShift.starts_at <= now,
                   DutyShift.ends_at > now, DutyShift.stood_down_at.is_(None),
                   DutyShift.starts_at > bindparam("shift_since", at - LONGEST_SHIFT,
                                                   type_=DateTime()))
            .group_by(DutyShift.team_id).subquery())
    vehicles = (select(Vehicle.team_id.label("team_id"), func.count().label("vehicles"))
                .where(Vehicle.team_id.in_(chosen), Vehicle.active.is_(True),
                       Vehicle.status != VehicleStatus.OUT_OF_SERVICE.value)
                .group_by(Vehicle.team_id).subquery())
    members = (select(func.count()).select_from(TeamMember)
               .where(TeamMember.team_id == Team.id, current)
               .correlate(Team).scalar_subquery())
    leader = (select(Responder.name).join(TeamMember, TeamMember.responder_id == Responder.id)
              .where(TeamMember.team_id == Team.id, current, TeamMember.is_leader.is_(True))
              .order_by(TeamMember.id).limit(1).correlate(Team).scalar_subquery())
    stored = TeamMinimumsRow
    ident = Team.id
    return (select(Team.id, PoliceStation.name, Team.kind, Team.name, members, leader,
                   *list(crew.c)[1:], vehicles.c.vehicles, stored.id,
                   *(getattr(stored, name) for name in FIELDS))
            .join(PoliceStation, PoliceStation.id == Team.station_id)
            .outerjoin(crew, crew.c.team_id == Team.id)
            .outerjoin(vehicles, vehicles.c.team_id == Team.id)
            .outerjoin(stored, stored.id == POLICY_ROW)
            .where(Team.id.in_(chosen))
            .order_by(*((sort.desc(), ident.desc()) if descending
                        else (sort.asc(), ident.asc()))))


def _stored(values: Sequence[Any]) -> TeamMinimums:
    """The minimums of the stored row's columns (its id first; None: never set, the defaults)."""
    if values[0] is None:
        return DEFAULT_MINIMUMS
    return TeamMinimums(**dict(zip(FIELDS, values[1:], strict=True)))
