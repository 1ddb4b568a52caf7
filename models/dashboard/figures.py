"""The wall's and the daily report's aggregates: each one SQL GROUP BY returning a few dozen rows.

Nothing here walks a table in Python. A `station_id` narrows a figure to one police station's
communities (cases and transfers by the case's community, teams and vehicles by their own
station); None means the whole district. Facility beds belong to the district and take no
station. Beds and vehicles are those in use: a retired facility or vehicle is no capacity.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import DateTime, Integer, Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from models.db.dialect import day_of, minutes_between
from models.db.questions import Question
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

T = TypeVar("T")
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


def _in_station(statement: Select[*tuple[Any, ...]], community_column: Any,
                station_id: int | None) -> Select[*tuple[Any, ...]]:
    if station_id is None:
        return statement
    communities = select(Community.id).where(Community.station_id == _given("station_id", Integer))
    return statement.where(community_column.in_(communities))


def _order_in_station(statement: Select[*tuple[Any, ...]], station_id: int | None
                      ) -> Select[*tuple[Any, ...]]:
    """Transfer orders of the cases in one station's communities (None: the district)."""
    if station_id is None:
        return statement
    return _in_station(statement.join(Case, Case.id == TransferOrder.case_id), Case.community_id,
                       station_id)


def _given(name: str, kind: type[TypeEngine[Any]]) -> Any:
    """A value given when the question is asked (see `_question`)."""
    return bindparam(name, None, type_=kind)


def _question(name: str, build: Callable[[], Select[*tuple[Any, ...]]],
              read: Callable[[Sequence[tuple[Any, ...]]], T], **given: Any) -> Question[T]:
    """A figure asked on every refresh: built and compiled once per shape (which values are
    given: a station or the whole district, a first day or all days), its values given by name
    (`_given`) at each asking (models/db/questions.py)."""
    values = {key: value for key, value in given.items() if value is not None}
    return Question(build, read, key=("dashboard", name, *sorted(values)), given=values)


def _day_start(day: date | None) -> datetime | None:
    return datetime.combine(day, datetime.min.time()) if day is not None else None


def category_entries_by_day(station_id: int | None = None, since: date | None = None
                            ) -> Question[list[tuple[date, str, int]]]:
    """Cases entering each of the four categories per day: opened in it, or moved into it
    (close contact → fever → suspected → confirmed). The running sum is the cumulative count.
    `since` reads only the days from then on, by the index on the event's time."""
    def build() -> Select[*tuple[Any, ...]]:
        day = day_of(CaseEvent.at)
        statement = (select(day, CaseEvent.to_value, func.count())
                     .where(CaseEvent.kind.in_((CaseEventKind.OPENED.value,
                                                CaseEventKind.CATEGORY.value)),
                            CaseEvent.to_value.is_not(None))
                     .group_by(day, CaseEvent.to_value).order_by(day))
        if since is not None:
            statement = statement.where(CaseEvent.at >= _given("since", DateTime))
        if station_id is not None:
            statement = statement.join(Case, Case.id == CaseEvent.case_id)
            statement = _in_station(statement, Case.community_id, station_id)
        return statement
    return _question("categories", build, lambda rows: [
        (as_date(d), str(category), int(n)) for d, category, n in rows if d is not None],
        station_id=station_id, since=_day_start(since))


def open_cases_by_category(station_id: int | None = None) -> Question[dict[str, int]]:
    """Open cases per category. Asked by status (a case is open until released, cleared or
    deceased) so the category/status index answers it without reading the cases themselves."""
    def build() -> Select[*tuple[Any, ...]]:
        closed = [status.value for status in CLOSED_CASE_STATUSES]
        statement = (select(Case.category, func.count()).where(Case.status.not_in(closed))
                     .group_by(Case.category))
        return _in_station(statement, Case.community_id, station_id)
    return _question("open cases", build, lambda rows: {
        _text(category): int(n) for category, n in rows}, station_id=station_id)


def _since(column: Any, since: date | None) -> Any:
    return column >= _given("since", DateTime) if since else True


def transfers_by_day(station_id: int | None = None, since: date | None = None
                     ) -> Question[list[tuple[date, int, int]]]:
    """Per day: transfer orders given, and of those, delivered to a facility. `since` reads only
    the orders given from then on, by the index on the order time."""
    def build() -> Select[*tuple[Any, ...]]:
        day = day_of(TransferOrder.ordered_at)
        statement = (select(day, func.count(),
                            func.count().filter(TransferOrder.status.in_(DELIVERED)))
                     .where(_since(TransferOrder.ordered_at, since))
                     .group_by(day).order_by(day))
        return _order_in_station(statement, station_id)
    return _question("transfers", build, lambda rows: [
        (as_date(d), int(n), int(done)) for d, n, done in rows if d is not None],
        station_id=station_id, since=_day_start(since))


ENDED = (TransferStatus.DELIVERED.value, TransferStatus.DISINFECTED.value,
         TransferStatus.CANCELLED.value, TransferStatus.FAILED.value)


def transfers_under_way_at(moments: Sequence[datetime], station_id: int | None = None
                           ) -> Question[tuple[int, ...]]:
    """Trips under way (ordered, not yet delivered, cancelled or failed) at each of `moments`
    (at least one), from the orders' own step times: the tile's "+3 today" is the count now
    less the count at midnight. An order that ended without its time recorded counts as never
    under way."""
    named = {f"moment_{index}": moment for index, moment in enumerate(moments)}

    def build() -> Select[*tuple[Any, ...]]:
        ended_at = func.coalesce(TransferOrder.delivered_at, TransferOrder.disinfected_at,
                                 TransferOrder.cancelled_at, TransferOrder.failed_at)
        untimed_end = and_(TransferOrder.status.in_(ENDED), ended_at.is_(None))
        at = {name: _given(name, DateTime) for name in named}
        counts = [func.count().filter(TransferOrder.ordered_at <= moment,
                                      or_(ended_at.is_(None), ended_at > moment))
                  for moment in at.values()]
        statement = (select(*counts).select_from(TransferOrder)
                     .where(TransferOrder.ordered_at <= _given("latest", DateTime),
                            or_(ended_at.is_(None), ended_at > _given("earliest", DateTime)),
                            ~untimed_end))
        return _order_in_station(statement, station_id)
    return _question("under way", build, lambda rows: tuple(int(n or 0) for n in rows[0]),
                     station_id=station_id, earliest=min(moments), latest=max(moments),
                     **named)


def persons_admitted(station_id: int | None = None) -> Question[int]:
    """Persons delivered to a facility (a person moved twice counts once): the headline's
    "转运收治M人", for the district or one station's communities."""
    def build() -> Select[*tuple[Any, ...]]:
        statement = (select(func.count(func.distinct(TransferOrder.case_id)))
                     .where(TransferOrder.status.in_(DELIVERED)))
        return _order_in_station(statement, station_id)
    return _question("admitted", build, lambda rows: int(rows[0][0] or 0), station_id=station_id)


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
    given = {"station_id": station_id} if station_id is not None else {}
    return [(max(int(m), 0), int(n)) for m, n in session.execute(statement, given)
            if m is not None]


def response_minutes_by_day(station_id: int | None = None, since: date | None = None
                            ) -> Question[list[tuple[date, int, int]]]:
    """The response-time histogram per day the order was given: (day, minutes, trips). Summed
    over days it is `response_minutes`; per day, the days before yesterday can be kept."""
    def build() -> Select[*tuple[Any, ...]]:
        day = day_of(TransferOrder.ordered_at)
        minutes = func.round(minutes_between(TransferOrder.dispatched_at,
                                             TransferOrder.on_scene_at))
        statement = (select(day, minutes, func.count())
                     .where(TransferOrder.dispatched_at.is_not(None),
                            TransferOrder.on_scene_at.is_not(None),
                            _since(TransferOrder.ordered_at, since))
                     .group_by(day, minutes))
        return _order_in_station(statement, station_id)
    return _question("response", build, lambda rows: [
        (as_date(d), max(int(m), 0), int(n)) for d, m, n in rows
        if d is not None and m is not None], station_id=station_id, since=_day_start(since))


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


def beds_by_facility() -> Question[list[tuple[str, str, int, int]]]:
    """Name, kind, beds, beds taken: one row per facility in use (a district has a few dozen)."""
    return _question("beds", lambda: (
        select(Facility.name, Facility.kind, Facility.beds_total, Facility.beds_taken)
        .where(Facility.active.is_(True)).order_by(Facility.kind, Facility.name)),
        lambda rows: [(name, _text(kind), int(total), int(taken))
                      for name, kind, total, taken in rows])


def duty_now(at: datetime, station_id: int | None = None
             ) -> Question[tuple[dict[str, int], dict[str, int]]]:
    """Teams with somebody on duty at `at`, and responders on duty, per kind of team."""
    def build() -> Select[*tuple[Any, ...]]:
        statement = (select(Team.kind, func.count(func.distinct(Team.id)),
                            func.count(func.distinct(DutyShift.responder_id)))
                     .join(DutyShift, DutyShift.team_id == Team.id)
                     .where(active_shift(_given("at", DateTime))).group_by(Team.kind))
        if station_id is not None:
            statement = statement.where(Team.station_id == _given("station_id", Integer))
        return statement

    def read(rows: Sequence[tuple[Any, ...]]) -> tuple[dict[str, int], dict[str, int]]:
        teams = {_text(kind): int(n_teams) for kind, n_teams, _people in rows}
        people = {_text(kind): int(n_people) for kind, _teams, n_people in rows}
        return teams, people
    return _question("on duty", build, read, station_id=station_id, at=at)


def stood_down_by_day(first: date, last: date, station_id: int | None = None
                      ) -> Question[dict[date, int]]:
    """Responders stood down (fever or unwell) per day between two days, inclusive."""
    def build() -> Select[*tuple[Any, ...]]:
        day = day_of(DutyShift.stood_down_at)
        statement = (select(day, func.count(func.distinct(DutyShift.responder_id)))
                     .where(DutyShift.stood_down_at >= _given("start", DateTime),
                            DutyShift.stood_down_at < _given("end", DateTime))
                     .group_by(day))
        if station_id is not None:
            statement = statement.join(Team, Team.id == DutyShift.team_id).where(
                Team.station_id == _given("station_id", Integer))
        return statement
    return _question("stood down", build, lambda rows: {
        as_date(d): int(n) for d, n in rows if d is not None}, station_id=station_id,
        start=_day_start(first), end=datetime.combine(last, datetime.min.time())
        + timedelta(days=1))


def vehicles_by_status(station_id: int | None = None) -> Question[dict[str, int]]:
    """The vehicles in use by status."""
    def build() -> Select[*tuple[Any, ...]]:
        statement = (select(Vehicle.status, func.count()).where(Vehicle.active.is_(True))
                     .group_by(Vehicle.status))
        if station_id is not None:
            statement = statement.where(Vehicle.station_id == _given("station_id", Integer))
        return statement
    return _question("vehicles", build, lambda rows: {
        _text(status): int(n) for status, n in rows}, station_id=station_id)


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


def station_registered(station_id: int) -> Question[int]:
    """One station's persons registered (the district's come with the summary)."""
    return _question("station registered", lambda: (
        select(func.coalesce(func.sum(Community.registered_persons), 0))
        .where(Community.station_id == _given("station_id", Integer))),
        lambda rows: int(rows[0][0] or 0), station_id=station_id)


def station_screened_by_day(station_id: int) -> Question[list[tuple[date, int]]]:
    """One station's persons first screened per day, from the day tallies the database keeps
    (the district's curve is the summary's)."""
    return _question("station screened", lambda: (
        select(CommunityDayTally.day, func.sum(CommunityDayTally.persons_first_screened))
        .join(Community, Community.id == CommunityDayTally.community_id)
        .where(Community.station_id == _given("station_id", Integer))
        .group_by(CommunityDayTally.day).order_by(CommunityDayTally.day)),
        lambda rows: [(as_date(d), int(n or 0)) for d, n in rows if n], station_id=station_id)


def supplies_by_item(station_id: int | None = None) -> Question[list[tuple[str, int, int]]]:
    """Item, stock on hand, stations at or below their low mark."""
    def build() -> Select[*tuple[Any, ...]]:
        low = func.count().filter(SupplyStock.quantity <= SupplyStock.low_threshold)
        statement = (select(SupplyStock.item, func.coalesce(func.sum(SupplyStock.quantity), 0),
                            low)
                     .group_by(SupplyStock.item).order_by(SupplyStock.item))
        if station_id is not None:
            statement = statement.where(SupplyStock.station_id == _given("station_id", Integer))
        return statement
    return _question("supplies", build, lambda rows: [
        (_text(item), int(total), int(n_low)) for item, total, n_low in rows],
        station_id=station_id)


def latest_activity() -> Question[date | None]:
    """The day of the latest case event or transfer order (two index seeks, one statement):
    "today" for a database looked at after the campaign, when the wall clock's today has no
    figures."""
    def read(rows: Sequence[tuple[Any, ...]]) -> date | None:
        days = [as_date(value) for value in rows[0] if value is not None]
        return max(days) if days else None
    return _question("latest activity", lambda: select(
        select(func.max(CaseEvent.at)).scalar_subquery(),
        select(func.max(TransferOrder.ordered_at)).scalar_subquery()), read)


def last_activity(session: Session) -> date | None:
    """`latest_activity` asked in a session."""
    return latest_activity().asked_in(session)
