"""Responder health: every member's temperature each day, and standing down the unwell.

The article's rule: a member at or above 37.3 °C, or who reports feeling unwell, leaves duty at
once, and the roster shows who can take their place: the same role, the same station, off duty
now, checked healthy today, so the team stays complete. A thermometer cannot read 30 or 45 °C on
a living person; such a number is a typing slip and is refused before anything is written.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session

from models.db.row_source import starts_with
from models.errors import DatabaseRefusal
from models.schema.teams import DutyShift, Responder, Team, TeamMember, TemperatureCheck
from models.system_text import SystemText, encode
from models.teams.membership import rejoin
from models.teams.refusals import TeamRefusal
from models.teams.rules import POLICE_ROLES
from models.teams.shifts import (
    RosterRefused,
    active_shift,
    add_shift,
    current_member,
    overlapping,
    stand_down_shifts,
)

FEVER_AT = Decimal("37.3")
LOWEST = Decimal("34.0")
HIGHEST = Decimal("43.0")


class ImplausibleTemperature(RosterRefused):
    """A temperature no thermometer reads on a living person, or not a number at all."""


def parse_temperature(value: str | float | Decimal) -> Decimal:
    """A temperature in °C to one decimal, 34.0 to 43.0; a comma works as the decimal point."""
    try:
        reading = Decimal(str(value).strip().replace(",", ".").replace("，", ".").rstrip("°Cc ℃"))
    except InvalidOperation as exc:
        raise ImplausibleTemperature(f"{value!r} is not a temperature",
                                     TeamRefusal.TEMPERATURE_NOT_A_NUMBER) from exc
    if not reading.is_finite():
        raise ImplausibleTemperature(f"{value!r} is not a temperature",
                                     TeamRefusal.TEMPERATURE_NOT_A_NUMBER)
    reading = reading.quantize(Decimal("0.1"))
    if reading < LOWEST or reading > HIGHEST:
        raise ImplausibleTemperature(
            f"{reading} °C is outside {LOWEST}–{HIGHEST} °C: check the thermometer and type it "
            "again", TeamRefusal.TEMPERATURE_OUT_OF_RANGE, low=str(LOWEST), high=str(HIGHEST))
    return reading


def must_stand_down(temperature: Decimal, unwell: bool) -> bool:
    return unwell or temperature >= FEVER_AT


@dataclass(frozen=True)
class CheckOutcome:
    check_id: int
    stood_down: bool
    ended_shift_ids: tuple[int, ...]


def record_check(session: Session, responder_id: int, temperature: Decimal, unwell: bool,
                 at: datetime, user_id: int | None, note: str = "",
                 reason: str | None = None) -> CheckOutcome:
    """Store the day's check; a fever or unwell ends the shift running now and cancels the rest
    of today's, so nobody sends them out again by mistake."""
    if session.get(Responder, responder_id) is None:
        raise RosterRefused("No such responder", DatabaseRefusal.GONE)
    check = TemperatureCheck(responder_id=responder_id, checked_on=at.date(), checked_at=at,
                             temperature_c=temperature, unwell=unwell, note=note[:200],
                             recorded_by_user_id=user_id)
    session.add(check)
    session.flush()
    ended: list[int] = []
    if must_stand_down(temperature, unwell):
        if reason is None:
            reason = encode(SystemText.STOOD_DOWN_UNWELL) if unwell and temperature < FEVER_AT \
                else encode(SystemText.STOOD_DOWN_FEVER, temperature=temperature)
        end_of_day = datetime.combine(at.date(), datetime.min.time()) + timedelta(days=1)
        ended = stand_down_shifts(session, responder_id, at, end_of_day, reason)
    return CheckOutcome(check.id, must_stand_down(temperature, unwell), tuple(ended))


def healthy_today(day: date) -> ColumnElement[bool]:
    """Responders checked on `day` with no fever and not unwell in any of the day's checks."""
    checked = exists().where(TemperatureCheck.responder_id == Responder.id,
                             TemperatureCheck.checked_on == day)
    sick = exists().where(TemperatureCheck.responder_id == Responder.id,
                          TemperatureCheck.checked_on == day,
                          (TemperatureCheck.temperature_c >= FEVER_AT) | TemperatureCheck.unwell.is_(True))
    return and_(checked, ~sick)


@dataclass(frozen=True)
class Unchecked:
    responder_id: int
    name: str
    role: str
    team: str


def unchecked_on_duty(session: Session, station_id: int | None, at: datetime,
                      limit: int = 500) -> list[Unchecked]:
    """Members on duty at `at` with no temperature check today: the list to walk down."""
    checked = exists().where(TemperatureCheck.responder_id == Responder.id,
                             TemperatureCheck.checked_on == at.date())
    statement = (
        select(Responder.id, Responder.name, Responder.role, func.min(Team.name))
        .join(DutyShift, DutyShift.responder_id == Responder.id)
        .join(Team, Team.id == DutyShift.team_id)
        .where(active_shift(at), ~checked)
        .group_by(Responder.id, Responder.name, Responder.role)
        .order_by(Responder.name, Responder.id).limit(limit))
    if station_id is not None:
        statement = statement.where(Team.station_id == station_id)
    rows = session.execute(statement)
    return [Unchecked(i, n, str(getattr(r, "value", r)), t) for i, n, r, t in rows]


@dataclass(frozen=True)
class Candidate:
    responder_id: int
    name: str
    role: str
    unit: str


def replacement_candidates(session: Session, shift_id: int, at: datetime,
                           limit: int = 20) -> list[Candidate]:
    """Who can take over a stood-down shift: same role and station, off duty now, checked
    healthy today. Same role keeps the team's role counts, so it stays complete."""
    shift = session.get(DutyShift, shift_id)
    if shift is None:
        return []
    absent = session.get(Responder, shift.responder_id)
    if absent is None:
        return []
    busy = exists().where(DutyShift.responder_id == Responder.id, active_shift(at))
    rows = session.execute(
        select(Responder.id, Responder.name, Responder.role, Responder.unit)
        .where(Responder.station_id == absent.station_id, Responder.role == absent.role,
               Responder.active.is_(True), Responder.id != absent.id, ~busy,
               healthy_today(at.date()))
        .order_by(Responder.name, Responder.id).limit(limit))
    return [Candidate(i, n, str(getattr(r, "value", r)), u) for i, n, r, u in rows]


def assign_replacement(session: Session, shift_id: int, replacement_id: int, at: datetime) -> DutyShift:
    """The replacement takes the rest of the stood-down shift, joining the team if need be (and
    leading its crew if the one stood down did and the replacement is an officer). Refused if
    they are unwell or unchecked today, or on duty elsewhere then."""
    shift = session.get(DutyShift, shift_id)
    if shift is None:
        raise RosterRefused("No such shift", DatabaseRefusal.GONE)
    if shift.stood_down_at is None:
        raise RosterRefused("That shift has not been stood down", TeamRefusal.NOT_STOOD_DOWN)
    replacement = session.get(Responder, replacement_id)
    if replacement is None or not replacement.active:
        raise RosterRefused("No such responder", DatabaseRefusal.GONE)
    day = at.date()
    checked_healthy = session.execute(select(Responder.id).where(
        Responder.id == replacement_id, healthy_today(day))).scalar()
    if checked_healthy is None:
        checked = session.execute(select(exists().where(
            TemperatureCheck.responder_id == replacement_id,
            TemperatureCheck.checked_on == day))).scalar()
        if checked:
            raise RosterRefused(f"{replacement.name} is unwell today and cannot replace anyone",
                                TeamRefusal.REPLACEMENT_UNWELL)
        raise RosterRefused(f"{replacement.name} has not had a temperature check today",
                            TeamRefusal.REPLACEMENT_UNCHECKED)
    starts = max(at, shift.starts_at)
    other = overlapping(session, replacement_id, starts, shift.ends_at)
    if other is not None:
        raise RosterRefused(f"Already on duty with {other} at that time",
                            TeamRefusal.SHIFT_OVERLAP, team=other)
    if current_member(session, shift.team_id, replacement_id) is None:
        rejoin(session, shift.team_id, replacement_id, day)
    # An officer taking a crew leader's place leads the crew for the rest of the shift.
    leads = shift.leads and replacement.role in POLICE_ROLES
    return add_shift(session, shift.team_id, replacement_id, starts, shift.ends_at, leads)


@dataclass(frozen=True)
class TodayCheck:
    responder_id: int
    temperature: Decimal
    unwell: bool
    checked_at: datetime


def checks_of_team_today(session: Session, team_id: int, day: date) -> dict[int, TodayCheck]:
    """Each current member's check today: the latest, unless an earlier one stood them down."""
    rows = session.execute(
        select(TemperatureCheck.responder_id, TemperatureCheck.temperature_c,
               TemperatureCheck.unwell, TemperatureCheck.checked_at)
        .join(TeamMember, TeamMember.responder_id == TemperatureCheck.responder_id)
        .where(TeamMember.team_id == team_id, TeamMember.left_on.is_(None),
               TemperatureCheck.checked_on == day)
        .order_by(TemperatureCheck.checked_at))
    latest: dict[int, TodayCheck] = {}
    for r, t, u, c in rows:
        check = TodayCheck(r, Decimal(t), bool(u), c)
        kept = latest.get(r)
        # a fever earlier in the day is what the roster must show, not a later normal reading
        if kept is None or not must_stand_down(kept.temperature, kept.unwell):
            latest[r] = check
    return latest


@dataclass(frozen=True)
class ResponderChoice:
    id: int
    name: str
    role: str
    station_id: int


def responders_named(session: Session, kind: str, text: str, station_id: int | None = None,
                     limit: int = 20) -> list[ResponderChoice]:
    """Active responders whose name starts with `text` (on the name index, `kind` being the
    database's dialect), for the fast temperature entry."""
    statement = (select(Responder.id, Responder.name, Responder.role, Responder.station_id)
                 .where(Responder.active.is_(True), starts_with(kind, Responder.name, text))
                 .order_by(Responder.name, Responder.id).limit(limit))
    if station_id is not None:
        statement = statement.where(Responder.station_id == station_id)
    return [ResponderChoice(i, n, str(getattr(r, "value", r)), s)
            for i, n, r, s in session.execute(statement)]
