"""The daily report's figures for one day D, as they stood at the end of D: GROUP BYs only.

"As of D" is read from the rows' own times, so the report for an earlier day gives that day's
figures, not today's: persons screened from the day tallies up to D, cases opened by the end of D
and not closed before it, transfers delivered by then, supplies as stocked then (today's stock
less the movements after D).
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from models.dashboard.figures import as_date
from models.enums import CaseEventKind
from models.schema.cases import Case, CaseEvent
from models.schema.geography import Community, PoliceStation
from models.schema.supplies import SupplyMovement, SupplyStock
from models.schema.tallies import CommunityDayTally
from models.schema.teams import DutyShift, Team
from models.schema.transfers import TransferOrder


def end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time())


def start_of(day: date) -> datetime:
    return datetime.combine(day, time())


def _text(value: Any) -> str:
    return str(getattr(value, "value", value))


def has_activity(session: Session, day: date) -> bool:
    """Anything recorded on D: a visit (day tallies), a case event or a transfer order."""
    checks: list[Select[*tuple[Any, ...]]] = [
        select(CommunityDayTally.community_id).where(CommunityDayTally.day == day,
                                                     CommunityDayTally.visits > 0),
        select(CaseEvent.id).where(CaseEvent.at >= start_of(day), CaseEvent.at < end_of(day)),
        select(TransferOrder.id).where(TransferOrder.ordered_at >= start_of(day),
                                       TransferOrder.ordered_at < end_of(day)),
    ]
    return any(session.execute(check.limit(1)).first() is not None for check in checks)


def screened_by_station(session: Session, day: date) -> dict[int, tuple[int, int, int]]:
    """Station id → persons screened by the end of D, persons first screened on D, households
    with an outcome by the end of D (the tallies count each person and household once)."""
    tally = CommunityDayTally
    rows = session.execute(
        select(Community.station_id,
               func.coalesce(func.sum(tally.persons_first_screened), 0),
               func.coalesce(func.sum(tally.persons_first_screened).filter(tally.day == day), 0),
               func.coalesce(func.sum(tally.households_first_done), 0))
        .join(Community, Community.id == tally.community_id)
        .where(tally.day <= day).group_by(Community.station_id))
    return {int(s): (int(n), int(today), int(done)) for s, n, today, done in rows}


def stations_with_register(session: Session) -> list[tuple[int, str, int, int, int]]:
    """Station id, name, communities, households and persons in the register."""
    rows = session.execute(
        select(PoliceStation.id, PoliceStation.name, func.count(Community.id),
               func.coalesce(func.sum(Community.registered_households), 0),
               func.coalesce(func.sum(Community.registered_persons), 0))
        .outerjoin(Community, Community.station_id == PoliceStation.id)
        .group_by(PoliceStation.id, PoliceStation.name, PoliceStation.code)
        .order_by(PoliceStation.code))
    return [(int(i), name, int(c), int(h), int(p)) for i, name, c, h, p in rows]


def cases_by_station(session: Session, day: date) -> dict[int, tuple[int, int]]:
    """Station id → cases opened on D, cases open at the end of D."""
    end = end_of(day)
    rows = session.execute(
        select(Community.station_id,
               func.count().filter(Case.opened_at >= start_of(day)),
               func.count().filter(or_(Case.closed_at.is_(None), Case.closed_at >= end)))
        .join(Community, Community.id == Case.community_id)
        .where(Case.opened_at < end).group_by(Community.station_id))
    return {int(s): (int(new), int(open_)) for s, new, open_ in rows}


def delivered_by_station(session: Session, day: date) -> dict[int, tuple[int, int]]:
    """Station id → persons delivered to a facility by the end of D, of them on D."""
    end = end_of(day)
    rows = session.execute(
        select(Community.station_id, func.count(func.distinct(TransferOrder.case_id)),
               func.count(func.distinct(TransferOrder.case_id)).filter(
                   TransferOrder.delivered_at >= start_of(day)))
        .join(Case, Case.id == TransferOrder.case_id)
        .join(Community, Community.id == Case.community_id)
        .where(TransferOrder.delivered_at < end).group_by(Community.station_id))
    return {int(s): (int(n), int(today)) for s, n, today in rows}


def category_figures(session: Session, day: date) -> dict[str, tuple[int, int, int]]:
    """Category → entered on D, entered by the end of D (opened in it or moved into it), open at
    the end of D (by the category the case has now)."""
    end = end_of(day)
    entries = session.execute(
        select(CaseEvent.to_value, func.count(),
               func.count().filter(CaseEvent.at >= start_of(day)))
        .where(CaseEvent.kind.in_((CaseEventKind.OPENED.value, CaseEventKind.CATEGORY.value)),
               CaseEvent.to_value.is_not(None), CaseEvent.at < end)
        .group_by(CaseEvent.to_value))
    result = {str(category): (int(today), int(total), 0) for category, total, today in entries}
    open_rows = session.execute(
        select(Case.category, func.count())
        .where(Case.opened_at < end, or_(Case.closed_at.is_(None), Case.closed_at >= end))
        .group_by(Case.category))
    for category, number in open_rows:
        today, total, _open = result.get(_text(category), (0, 0, 0))
        result[_text(category)] = (today, total, int(number))
    return result


def transfer_figures(session: Session, day: date) -> tuple[int, int, int]:
    """Transfer orders given on D, delivered on D, delivered by the end of D."""
    start, end = start_of(day), end_of(day)
    ordered, delivered_today, delivered = session.execute(select(
        func.count().filter(and_(TransferOrder.ordered_at >= start, TransferOrder.ordered_at < end)),
        func.count().filter(and_(TransferOrder.delivered_at >= start,
                                 TransferOrder.delivered_at < end)),
        func.count().filter(TransferOrder.delivered_at < end))).one()
    return int(ordered or 0), int(delivered_today or 0), int(delivered or 0)


def teams_by_kind(session: Session, day: date) -> list[tuple[str, int, int, int]]:
    """Kind → active teams, responders with a shift on D, responders stood down on D."""
    start, end = start_of(day), end_of(day)
    teams = dict(session.execute(select(Team.kind, func.count()).where(Team.active.is_(True))
                                 .group_by(Team.kind)).all())
    shifts = session.execute(
        select(Team.kind, func.count(func.distinct(DutyShift.responder_id)),
               func.count(func.distinct(DutyShift.responder_id)).filter(
                   and_(DutyShift.stood_down_at >= start, DutyShift.stood_down_at < end)))
        .join(Team, Team.id == DutyShift.team_id)
        .where(DutyShift.starts_at < end, DutyShift.ends_at > start).group_by(Team.kind))
    duty = {_text(kind): (int(on), int(down)) for kind, on, down in shifts}
    kinds = sorted({_text(k) for k in teams} | set(duty))
    plain_teams = {_text(k): int(v) for k, v in teams.items()}
    return [(kind, plain_teams.get(kind, 0), *duty.get(kind, (0, 0))) for kind in kinds]


def supplies_at_end_of(session: Session, day: date) -> list[tuple[str, int, int]]:
    """Item → stock at the end of D (today's stock less what moved since), drawn on D."""
    start, end = start_of(day), end_of(day)
    now = session.execute(select(SupplyStock.item, func.sum(SupplyStock.quantity))
                          .group_by(SupplyStock.item)).all()
    moved = {_text(item): (int(after or 0), int(drawn or 0)) for item, after, drawn in session.execute(
        select(SupplyStock.item,
               func.sum(SupplyMovement.delta).filter(SupplyMovement.at >= end),
               func.sum(SupplyMovement.delta).filter(SupplyMovement.at < end,
                                                     SupplyMovement.delta < 0))
        .join(SupplyStock, SupplyStock.id == SupplyMovement.stock_id)
        .where(SupplyMovement.at >= start).group_by(SupplyStock.item))}
    rows = []
    for item, quantity in now:
        after, drawn = moved.get(_text(item), (0, 0))
        rows.append((_text(item), int(quantity or 0) - after, -drawn))
    return sorted(rows)


def activity_days(session: Session) -> tuple[date | None, date | None]:
    """The first and last day with visits (the day tallies): the report's sensible range."""
    first, last = session.execute(select(func.min(CommunityDayTally.day),
                                         func.max(CommunityDayTally.day))).one()
    return (as_date(first) if first is not None else None,
            as_date(last) if last is not None else None)

