"""不漏一户，不漏一人: which doors are done, which are still open, and coverage per community.

The rules are plain tables and functions so the community list, the gap list, the knock list and
the command line all count the same way; the figures are SQL GROUP BYs over the page of
communities being shown, never rows loaded into Python.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Float,
    Integer,
    Select,
    bindparam,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from models.enums import TeamKind
from models.schema.geography import Community
from models.schema.register import Household, Person
from models.schema.screening import Visit
from models.schema.tallies import DONE_OUTCOMES, FINISHED_OUTCOMES, CommunityDayTally, HouseholdTally
from models.schema.teams import Team, team_community

# DONE_OUTCOMES (models.schema.tallies): a household "has an outcome" once a visit ended in anything
# but an unanswered door: the door nobody opened stays on the gap list (不漏一户).
# FINISHED_OUTCOMES: finished for good, nobody needs to knock again. A refusal counts as an
# outcome but is revisited (the article's officers went back until the door opened).
# A door knocked in vain, or shut in the team's face, is due again after this long.
REVISIT_AFTER = timedelta(hours=12)


def coverage_percent(done: int, registered: int) -> float | None:
    """Households with an outcome over households in the register; None when none registered."""
    if registered <= 0:
        return None
    return round(100.0 * done / registered, 1)


def open_doors(registered: int, done: int) -> int:
    """Households in the register without an outcome yet (never below zero: the register may lag
    behind a team that found an unregistered flat)."""
    return max(registered - done, 0)


def lags_behind(visits_today: int, daily_target: int, now: datetime) -> bool:
    """Behind the day's visit target, pro rata over the working day (08:00–20:00): at 14:00 a
    community with a target of 100 should have about 50 visits. No target, no laggard."""
    if daily_target <= 0:
        return False
    start, end = 8, 20
    hours = min(max(now.hour + now.minute / 60 - start, 0.0), float(end - start))
    expected = daily_target * hours / (end - start)
    return visits_today < expected * 0.8


def revisit_due(last_outcome_finished: bool, last_visit_at: datetime | None,
                now: datetime) -> bool:
    """A household is due for a (re)visit when it has no finished outcome and nobody knocked in
    the last REVISIT_AFTER (never-visited doors are due at once)."""
    if last_outcome_finished:
        return False
    return last_visit_at is None or last_visit_at <= now - REVISIT_AFTER


@dataclass(frozen=True)
class CommunityCoverage:
    households_done: int = 0
    persons_screened: int = 0
    revisits_due: int = 0
    visits_today: int = 0
    last_visit_at: datetime | None = None
    work_groups: int = 0


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def household_visit_summary(community_ids: Sequence[int] | None, since: datetime,
                            household_ids: Sequence[int] | None = None) -> Select[*tuple[Any, ...]]:
    """One row per visited household: done?, finished?, last visit, visits since `since`.

    Served whole by the ix_visit_coverage index (community, household, outcome, time)."""
    statement = select(
        Visit.community_id.label("community_id"), Visit.household_id.label("household_id"),
        func.max(_flag(Visit.outcome.in_(DONE_OUTCOMES))).label("done"),
        func.max(_flag(Visit.outcome.in_(FINISHED_OUTCOMES))).label("finished"),
        func.max(Visit.visited_at).label("last_visit_at"),
        func.sum(_flag(Visit.visited_at >= since)).label("visits_since"),
        func.count().label("visits"),
    )
    if community_ids is not None:
        statement = statement.where(Visit.community_id.in_(community_ids))
    if household_ids is not None:
        statement = statement.where(Visit.household_id.in_(household_ids))
    return statement.group_by(Visit.community_id, Visit.household_id)


def start_of_day(now: datetime) -> datetime:
    return datetime.combine(now.date(), time())


def _per_community(column: Any, *where: Any) -> Any:
    """A count or sum for the community of the outer row, as a correlated scalar subquery."""
    return select(column).where(*where).correlate(Community).scalar_subquery()


def _coverage_statement() -> Select[*tuple[Any, ...]]:
    """Every figure of a page of communities in one statement (built once: a page is asked for
    at each scroll and refresh, and building the SQL cost as much as running it)."""
    return select(Community.id, *coverage_figures()).where(
        Community.id.in_(bindparam("ids", expanding=True)))


def coverage_figures(today: date | None = None, cutoff: datetime | None = None) -> tuple[Any, ...]:
    """A community's figures as columns of a SELECT over Community: households done, persons
    screened, visits on :today, households, households settled since :cutoff, work groups, last
    visit. Each is a correlated subquery that one index answers: the day tallies by (community,
    day), the households by community, the household tallies by (community, finished, last
    visit). The community list's page selects them beside its own columns (one round trip),
    with `today` and `cutoff` bound; None leaves them to be given when the statement runs."""
    day = CommunityDayTally
    zero = literal(0, Integer)
    groups = (select(func.count()).select_from(team_community)
              .join(Team, Team.id == team_community.c.team_id)
              .where(team_community.c.community_id == Community.id,
                     Team.kind == TeamKind.WORK_GROUP, Team.active.is_(True))
              .correlate(Community).scalar_subquery())
    return (
        _per_community(func.coalesce(func.sum(day.households_first_done), zero),
                       day.community_id == Community.id),
        _per_community(func.coalesce(func.sum(day.persons_first_screened), zero),
                       day.community_id == Community.id),
        _per_community(func.coalesce(func.sum(day.visits), zero),
                       day.community_id == Community.id,
                       day.day == bindparam("today", today, type_=Date())),
        _per_community(func.count(), Household.community_id == Community.id),
        _per_community(func.count(), HouseholdTally.community_id == Community.id,
                       or_(HouseholdTally.finished_visits > 0,
                           HouseholdTally.last_visit_at > bindparam("cutoff", cutoff,
                                                                    type_=DateTime()))),
        groups,
        _per_community(func.max(Visit.visited_at), Visit.community_id == Community.id),
    )


_COVERAGE = _coverage_statement()


def coverage_by_community(session: Session, community_ids: Sequence[int],
                          now: datetime) -> dict[int, CommunityCoverage]:
    """The coverage figures of `community_ids`, read from the tallies the database keeps
    (models/schema/tallies.py) rather than counted from a million visits.

    Done households, persons screened and visits today are sums over the communities' day
    tallies (a month of rows each); revisits due are the registered households less those
    whose tally says finished or knocked within REVISIT_AFTER; the last visit is one index seek
    per community."""
    if not community_ids:
        return {}
    figures = {int(row[0]): row for row in session.execute(_COVERAGE, {
        "ids": list(community_ids), "today": now.date(), "cutoff": now - REVISIT_AFTER})}
    result: dict[int, CommunityCoverage] = {}
    for ident in community_ids:
        row = figures.get(int(ident))
        if row is None:
            result[ident] = CommunityCoverage()
            continue
        _, done, screened, today, households, settled, groups, last = row
        result[ident] = CommunityCoverage(
            households_done=int(done), persons_screened=int(screened),
            revisits_due=max(int(households) - int(settled), 0), visits_today=int(today),
            last_visit_at=last, work_groups=int(groups))
    return result


def households_done_ratio() -> ColumnElement[float]:
    """Households done over households registered, as SQL per community to order by ("the
    laggards first"): a sum over the community's day tallies, cheap enough for all 200."""
    done = (select(func.coalesce(func.sum(CommunityDayTally.households_first_done), 0))
            .where(CommunityDayTally.community_id == Community.id)
            .correlate(Community).scalar_subquery())
    return cast(done, Float()) / func.nullif(Community.registered_households, 0)


def gap_households(community_id: int, now: datetime, *, due_only: bool = False,
                   building: str | None = None) -> Select[*tuple[Any, ...]]:
    """The community's households without a finished outcome, oldest knock first (never-visited
    doors before all), and those where someone named on a contact-tracing list is still to be
    found (不漏一人: a door already screened is knocked again for them): household id, building,
    unit, door, address, last outcome, last visit, visits, due, persons to find. What the gap
    list pages through and the knock list prints; the visit figures come from the household
    tallies, not from a GROUP BY over the community's visits, and the persons to find from a
    partial index that holds only them."""
    tally = HouseholdTally
    last_outcome = (select(Visit.outcome).where(Visit.household_id == Household.id)
                    .order_by(Visit.visited_at.desc(), Visit.id.desc()).limit(1)
                    .correlate(Household).scalar_subquery())
    to_find = (select(func.count()).select_from(Person)
               .where(Person.household_id == Household.id, Person.to_find == true())
               .correlate(Household).scalar_subquery())
    due = or_(tally.last_visit_at.is_(None), tally.last_visit_at <= now - REVISIT_AFTER)
    statement = (
        select(Household.id, Household.building, Household.unit, Household.door,
               Household.address, last_outcome.label("last_outcome"),
               tally.last_visit_at.label("last_visit_at"),
               func.coalesce(tally.visits, literal(0, Integer)), _flag(due).label("due"),
               to_find.label("to_find"))
        .outerjoin(tally, tally.household_id == Household.id)
        .where(Household.community_id == community_id,
               or_(func.coalesce(tally.finished_visits, literal(0, Integer)) == 0,
                   to_find > 0)))
    if due_only:
        statement = statement.where(due)
    if building:
        statement = statement.where(Household.building == building)
    return statement
