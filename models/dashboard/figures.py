"""The wall's and the daily report's aggregates: each one SQL GROUP BY returning a few dozen rows.

Nothing here walks a table in Python. A `station_id` narrows a figure to one police station's
communities (cases and transfers by the case's community, teams and vehicles by their own
station); None means the whole district. Facility beds belong to the district and take no
station. Beds and vehicles are those in use: a retired facility or vehicle is no capacity.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from models.db.dialect import day_of, minutes_between
from models.enums import CLOSED_CASE_STATUSES, CaseEventKind, TransferStatus
from models.schema.cases import Case, CaseEvent
from models.schema.facilities import Facility
from models.schema.fleet import Vehicle
from models.schema.geography import Community
from models.schema.supplies import SupplyStock
from models.schema.tallies import CommunityDayTally
from models.schema.teams import DutyShift, Team
from models.schema.transfers import TransferOrder
from models.teams.shifts import active_shift

DELIVERED = (TransferStatus.DELIVERED.value, TransferStatus.DISINFECTED.value)


def as_date(value: object) -> date:
    """SQLite gives 'YYYY-MM-DD' strings for a day, PostgreSQL dates: one type for the caller."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _text(value: Any) -> str:
    return str(getattr(value, "value", value))


def _in_station(statement: Select[*tuple[Any, ...]], community_column: Any, station_id: int | None) -> Select[*tuple[Any, ...]]:
    if station_id is None:
        return statement
    communities = select(Community.id).where(Community.station_id == station_id)
    return statement.where(community_column.in_(communities))


def category_entries_by_day(session: Session, station_id: int | None = None,
                            since: date | None = None) -> list[tuple[date, str, int]]:
    """Cases entering each of the four categories per day: opened in it, or moved into it
    (close contact → fever → suspected → confirmed). The running sum is the cumulative count.
    `since` reads only the days from then on, by the index on the event's time."""
    day = day_of(CaseEvent.at)
    statement = (select(day, CaseEvent.to_value, func.count())
                 .where(CaseEvent.kind.in_((CaseEventKind.OPENED.value,
                                            CaseEventKind.CATEGORY.value)),
                        CaseEvent.to_value.is_not(None))
                 .group_by(day, CaseEvent.to_value).order_by(day))
    if since is not None:
        statement = statement.where(CaseEvent.at >= datetime.combine(since, datetime.min.time()))
    if station_id is not None:
        statement = statement.join(Case, Case.id == CaseEvent.case_id)
        statement = _in_station(statement, Case.community_id, station_id)
    return [(as_date(d), str(category), int(n)) for d, category, n in session.execute(statement)
            if d is not None]


def open_cases_by_category(session: Session, station_id: int | None = None) -> dict[str, int]:
    """Open cases per category. Asked by status (a case is open until released, cleared or
    deceased) so the category/status index answers it without reading the cases themselves."""
    closed = [status.value for status in CLOSED_CASE_STATUSES]
    statement = (select(Case.category, func.count()).where(Case.status.not_in(closed))
                 .group_by(Case.category))
    statement = _in_station(statement, Case.community_id, station_id)
    return {_text(category): int(n) for category, n in session.execute(statement)}


def _since(column: Any, since: date | None) -> Any:
    return column >= datetime.combine(since, datetime.min.time()) if since else True


def transfers_by_day(session: Session, station_id: int | None = None,
                     since: date | None = None) -> list[tuple[date, int, int]]:
    """Per day: transfer orders given, and of those, delivered to a facility. `since` reads only
    the orders given from then on, by the index on the order time."""
    day = day_of(TransferOrder.ordered_at)
    statement = (select(day, func.count(),
                        func.count().filter(TransferOrder.status.in_(DELIVERED)))
                 .where(_since(TransferOrder.ordered_at, since))
                 .group_by(day).order_by(day))
    if station_id is not None:
        statement = statement.join(Case, Case.id == TransferOrder.case_id)
        statement = _in_station(statement, Case.community_id, station_id)
    return [(as_date(d), int(n), int(done)) for d, n, done in session.execute(statement)
            if d is not None]


ENDED = (TransferStatus.DELIVERED.value, TransferStatus.DISINFECTED.value,
         TransferStatus.CANCELLED.value, TransferStatus.FAILED.value)


def transfers_under_way_at(session: Session, moments: Sequence[datetime],
                           station_id: int | None = None) -> tuple[int, ...]:
    """Trips under way (ordered, not yet delivered, cancelled or failed) at each of `moments`,
    from the orders' own step times: the tile's "+3 today" is the count now less the count at
    midnight. An order that ended without its time recorded counts as never under way."""
    ended_at = func.coalesce(TransferOrder.delivered_at, TransferOrder.disinfected_at,
                             TransferOrder.cancelled_at, TransferOrder.failed_at)
    untimed_end = and_(TransferOrder.status.in_(ENDED), ended_at.is_(None))
    counts = [func.count().filter(TransferOrder.ordered_at <= moment,
                                  or_(ended_at.is_(None), ended_at > moment))
              for moment in moments]
    if not counts:
        return ()
    earliest, latest = min(moments), max(moments)
    statement = (select(*counts).select_from(TransferOrder)
                 .where(TransferOrder.ordered_at <= latest,
                        or_(ended_at.is_(None), ended_at > earliest), ~untimed_end))
    if station_id is not None:
        statement = statement.join(Case, Case.id == TransferOrder.case_id)
        statement = _in_station(statement, Case.community_id, station_id)
    return tuple(int(n or 0) for n in session.execute(statement).one())


def persons_admitted(session: Session, station_id: int | None = None) -> int:
    """Persons delivered to a facility (a person moved twice counts once): the headline's
    "转运收治M人", for the district or one station's communities."""
    statement = (select(func.count(func.distinct(TransferOrder.case_id)))
                 .where(TransferOrder.status.in_(DELIVERED)))
    if station_id is not None:
        statement = statement.join(Case, Case.id == TransferOrder.case_id)
        statement = _in_station(statement, Case.community_id, station_id)
    return int(session.execute(statement).scalar_one() or 0)


def response_minutes(session: Session, station_id: int | None = None,
                     day: date | None = None, until: date | None = None) -> list[tuple[int, int]]:
    """Response time (on scene − dispatched) in whole minutes, and how many trips took that long:
    a histogram exact enough for the median and the 90th percentile at minute resolution."""
    minutes = func.round(minutes_between(TransferOrder.dispatched_at, TransferOrder.on_scene_at))
    statement = (select(minutes, func.count())
                 .where(TransferOrder.dispatched_at.is_not(None),
                        TransferOrder.on_scene_at.is_not(None))
                 .group_by(minutes).order_by(minutes))
    if day is not None:
        start = datetime.combine(day, datetime.min.time())
        statement = statement.where(TransferOrder.dispatched_at >= start,
                                    TransferOrder.dispatched_at < start + timedelta(days=1))
    if until is not None:
        statement = statement.where(TransferOrder.dispatched_at
                                    < datetime.combine(until, datetime.min.time()) + timedelta(days=1))
    if station_id is not None:
        statement = statement.join(Case, Case.id == TransferOrder.case_id)
        statement = _in_station(statement, Case.community_id, station_id)
    return [(max(int(m), 0), int(n)) for m, n in session.execute(statement) if m is not None]


def response_minutes_by_day(session: Session, station_id: int | None = None,
                            since: date | None = None) -> list[tuple[date, int, int]]:
    """The response-time histogram per day the order was given: (day, minutes, trips). Summed
    over days it is `response_minutes`; per day, the days before yesterday can be kept."""
    day = day_of(TransferOrder.ordered_at)
    minutes = func.round(minutes_between(TransferOrder.dispatched_at, TransferOrder.on_scene_at))
    statement = (select(day, minutes, func.count())
                 .where(TransferOrder.dispatched_at.is_not(None),
                        TransferOrder.on_scene_at.is_not(None),
                        _since(TransferOrder.ordered_at, since))
                 .group_by(day, minutes))
    if station_id is not None:
        statement = statement.join(Case, Case.id == TransferOrder.case_id)
        statement = _in_station(statement, Case.community_id, station_id)
    return [(as_date(d), max(int(m), 0), int(n)) for d, m, n in session.execute(statement)
            if d is not None and m is not None]


def percentile(histogram: Sequence[tuple[int, int]], share: float) -> int | None:
    """The smallest value with at least `share` of the trips at or below it (nearest rank)."""
    total = sum(n for _value, n in histogram)
    if total == 0:
        return None
    rank = max(1, math.ceil(round(share * total, 9)))
    seen = 0
    for value, n in sorted(histogram):
        seen += n
        if seen >= rank:
            return value
    return sorted(histogram)[-1][0]


def beds_by_facility(session: Session) -> list[tuple[str, str, int, int]]:
    """Name, kind, beds, beds taken: one row per facility in use (a district has a few dozen)."""
    rows = session.execute(select(Facility.name, Facility.kind, Facility.beds_total,
                                  Facility.beds_taken).where(Facility.active.is_(True))
                           .order_by(Facility.kind, Facility.name))
    return [(name, _text(kind), int(total), int(taken)) for name, kind, total, taken in rows]


def duty_now(session: Session, at: datetime, station_id: int | None = None
             ) -> tuple[dict[str, int], dict[str, int]]:
    """Teams with somebody on duty at `at`, and responders on duty, per kind of team."""
    statement = (select(Team.kind, func.count(func.distinct(Team.id)),
                        func.count(func.distinct(DutyShift.responder_id)))
                 .join(DutyShift, DutyShift.team_id == Team.id)
                 .where(active_shift(at)).group_by(Team.kind))
    if station_id is not None:
        statement = statement.where(Team.station_id == station_id)
    teams: dict[str, int] = {}
    people: dict[str, int] = {}
    for kind, n_teams, n_people in session.execute(statement):
        teams[_text(kind)] = int(n_teams)
        people[_text(kind)] = int(n_people)
    return teams, people


def stood_down_by_day(session: Session, first: date, last: date,
                      station_id: int | None = None) -> dict[date, int]:
    """Responders stood down (fever or unwell) per day between two days, inclusive."""
    day = day_of(DutyShift.stood_down_at)
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last, datetime.min.time()) + timedelta(days=1)
    statement = (select(day, func.count(func.distinct(DutyShift.responder_id)))
                 .where(DutyShift.stood_down_at >= start, DutyShift.stood_down_at < end)
                 .group_by(day))
    if station_id is not None:
        statement = statement.join(Team, Team.id == DutyShift.team_id).where(
            Team.station_id == station_id)
    return {as_date(d): int(n) for d, n in session.execute(statement) if d is not None}


def vehicles_by_status(session: Session, station_id: int | None = None) -> dict[str, int]:
    """The vehicles in use by status."""
    statement = (select(Vehicle.status, func.count()).where(Vehicle.active.is_(True))
                 .group_by(Vehicle.status))
    if station_id is not None:
        statement = statement.where(Vehicle.station_id == station_id)
    return {_text(status): int(n) for status, n in session.execute(statement)}


def households_done_by_community(session: Session, station_id: int | None = None
                                 ) -> list[tuple[int, str, int, int]]:
    """Community id, name, households registered, households with an outcome: the coverage bars.
    Summed from the day tallies the database keeps (models/schema/tallies.py), as the community list
    orders its laggards: a few thousand rows, not a distinct count over a million visits."""
    return done_by_community(session.execute(households_done_statement(station_id)))


def done_by_community(rows: Iterable[Any]) -> list[tuple[int, str, int, int]]:
    return [(int(i), name, int(registered or 0), int(n or 0)) for i, name, registered, n in rows]


def households_done_statement(station_id: int | None) -> Select[*tuple[Any, ...]]:
    """The coverage bars' one statement (read on a held connection by the wall: dashboard/wall.py)."""
    done = (select(CommunityDayTally.community_id.label("community_id"),
                   func.sum(CommunityDayTally.households_first_done).label("done"))
            .group_by(CommunityDayTally.community_id).subquery())
    statement = (select(Community.id, Community.name, Community.registered_households,
                        func.coalesce(done.c.done, 0))
                 .outerjoin(done, done.c.community_id == Community.id))
    if station_id is not None:
        statement = statement.where(Community.station_id == station_id)
    return statement


def station_screened_by_day(session: Session, station_id: int) -> tuple[int, list[tuple[date, int]]]:
    """One station's persons registered, and first screened per day, from the day tallies the
    database keeps (the district's curve is the summary's)."""
    registered = session.execute(
        select(func.coalesce(func.sum(Community.registered_persons), 0))
        .where(Community.station_id == station_id)).scalar_one()
    rows = session.execute(
        select(CommunityDayTally.day, func.sum(CommunityDayTally.persons_first_screened))
        .join(Community, Community.id == CommunityDayTally.community_id)
        .where(Community.station_id == station_id)
        .group_by(CommunityDayTally.day).order_by(CommunityDayTally.day))
    return int(registered or 0), [(as_date(d), int(n or 0)) for d, n in rows if n]


def supplies_by_item(session: Session, station_id: int | None = None
                     ) -> list[tuple[str, int, int]]:
    """Item, stock on hand, stations at or below their low mark."""
    low = func.count().filter(SupplyStock.quantity <= SupplyStock.low_threshold)
    statement = (select(SupplyStock.item, func.coalesce(func.sum(SupplyStock.quantity), 0), low)
                 .group_by(SupplyStock.item).order_by(SupplyStock.item))
    if station_id is not None:
        statement = statement.where(SupplyStock.station_id == station_id)
    return [(_text(item), int(total), int(n_low)) for item, total, n_low in session.execute(statement)]


def last_activity(session: Session) -> date | None:
    """The day of the latest case event or transfer order (two index seeks): "today" for a
    database looked at after the campaign, when the wall clock's today has no figures."""
    latest = [session.execute(select(func.max(CaseEvent.at))).scalar(),
              session.execute(select(func.max(TransferOrder.ordered_at))).scalar()]
    days = [as_date(value) for value in latest if value is not None]
    return max(days) if days else None


