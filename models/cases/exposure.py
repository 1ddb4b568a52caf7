"""The exposure back-trace: when a case is confirmed, which responders met that person in the
past 14 days, so that they can be checked and stood down before they carry it to the next door.

Two ways of meeting, from the records the campaign already keeps:
  * a door-to-door visit to the person's household, by a team the responder belonged to that day
    (visit → team → team member);
  * a transfer of the person the responder crewed (transfer crew), from the moment the team
    reached the scene; a transfer cancelled before anyone arrived exposed nobody.
The window is the incubation period the campaign used: 14 days up to the confirmation, both
ends included. A responder stood down for an exposure leaves every shift until 14 days after
their last contact.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Date, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from models.cases.refusals import ExposureRefusal
from models.enums import CaseCategory
from models.schema.cases import Case
from models.schema.register import Person
from models.schema.screening import Visit
from models.schema.teams import DutyShift, Responder, Team, TeamMember
from models.schema.transfers import TransferOrder, transfer_crew
from models.system_text import SystemText, encode
from models.teams.shifts import RosterRefused, stand_down_shifts

WINDOW = timedelta(days=14)
VISIT, TRANSFER = "visit", "transfer"


class ExposureRefused(RosterRefused):
    """A stand-down the back-trace does not support: nothing was changed."""


@dataclass(frozen=True)
class Exposure:
    """One meeting of one responder with the person."""
    responder_id: int
    name: str
    role: str
    unit: str
    how: str              # VISIT or TRANSFER
    at: datetime
    team: str
    reference: str        # the visit's outcome or the transfer's sheet number


@dataclass(frozen=True)
class TraceWindow:
    case_id: int
    person_id: int
    household_id: int
    until: datetime       # the confirmation (or now, for a case not confirmed yet)
    confirmed: bool

    @property
    def since(self) -> datetime:
        return self.until - WINDOW


def trace_window(session: Session, case_id: int, now: datetime) -> TraceWindow | None:
    """14 days back from the confirmation; for a case not (yet) confirmed, from `now`."""
    row = session.execute(
        select(Case.person_id, Person.household_id, Case.category, Case.category_since)
        .join(Person, Person.id == Case.person_id).where(Case.id == case_id)).first()
    if row is None:
        return None
    person_id, household_id, category, since = row
    confirmed = getattr(category, "value", category) == CaseCategory.CONFIRMED.value
    return TraceWindow(case_id, int(person_id), int(household_id),
                       since if confirmed and since is not None else now, confirmed)


def visit_exposures(session: Session, window: TraceWindow) -> list[Exposure]:
    """Members of the teams that visited the household in the window, on the day of the visit."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    day = func.date(Visit.visited_at) if sqlite else cast(Visit.visited_at, Date)
    rows = session.execute(
        select(Responder.id, Responder.name, Responder.role, Responder.unit, Visit.visited_at,
               Team.name, Visit.outcome)
        .join(Team, Team.id == Visit.team_id)
        .join(TeamMember, TeamMember.team_id == Team.id)
        .join(Responder, Responder.id == TeamMember.responder_id)
        .where(Visit.household_id == window.household_id,
               Visit.visited_at >= window.since, Visit.visited_at <= window.until,
               TeamMember.joined_on <= day,
               or_(TeamMember.left_on.is_(None), TeamMember.left_on >= day)))
    return [Exposure(int(i), n, _text(r), u or "", VISIT, at, t or "", _text(o))
            for i, n, r, u, at, t, o in rows]


def transfer_exposures(session: Session, window: TraceWindow) -> list[Exposure]:
    """The crews of the person's transfers that reached the scene in the window."""
    met = func.coalesce(TransferOrder.on_scene_at, TransferOrder.picked_up_at)
    rows = session.execute(
        select(Responder.id, Responder.name, Responder.role, Responder.unit, met,
               Team.name, TransferOrder.number)
        .join(Case, Case.id == TransferOrder.case_id)
        .join(transfer_crew, transfer_crew.c.transfer_id == TransferOrder.id)
        .join(Responder, Responder.id == transfer_crew.c.responder_id)
        .outerjoin(Team, Team.id == TransferOrder.team_id)
        .where(Case.person_id == window.person_id, met.is_not(None),
               and_(met >= window.since, met <= window.until)))
    return [Exposure(int(i), n, _text(r), u or "", TRANSFER, at, t or "", number)
            for i, n, r, u, at, t, number in rows]


def exposures(session: Session, window: TraceWindow) -> list[Exposure]:
    """Every meeting in the window, the latest first (the freshest exposure matters most)."""
    found = visit_exposures(session, window) + transfer_exposures(session, window)
    return sorted(found, key=lambda e: (-e.at.timestamp(), e.name, e.responder_id))


def last_contacts(found: list[Exposure]) -> dict[int, datetime]:
    latest: dict[int, datetime] = {}
    for exposure in found:
        if exposure.responder_id not in latest or exposure.at > latest[exposure.responder_id]:
            latest[exposure.responder_id] = exposure.at
    return latest


def stand_down_exposed(session: Session, window: TraceWindow, responder_ids: list[int],
                       at: datetime, reason: str) -> dict[int, list[int]]:
    """Stand down each of `responder_ids` until 14 days after their last contact with the
    person. Refused whole if one of them did not meet the person in the window."""
    if not responder_ids:
        raise ExposureRefused("Choose at least one responder", ExposureRefusal.NOBODY)
    latest = last_contacts(exposures(session, window))
    strangers = [ident for ident in responder_ids if ident not in latest]
    if strangers:
        raise ExposureRefused(f"Responder {strangers[0]} was not exposed to case "
                              f"{window.case_id} in the past {WINDOW.days} days",
                              ExposureRefusal.NOT_EXPOSED, days=WINDOW.days)
    return {ident: stand_down_shifts(session, ident, at, latest[ident] + WINDOW, reason)
            for ident in dict.fromkeys(responder_ids)}


def on_duty_or_due(session: Session, responder_ids: list[int], at: datetime) -> set[int]:
    """Which of them still have a shift running or to come that nobody stood down."""
    if not responder_ids:
        return set()
    return {int(i) for i in session.scalars(
        select(DutyShift.responder_id).where(DutyShift.responder_id.in_(responder_ids),
                                             DutyShift.stood_down_at.is_(None),
                                             DutyShift.ends_at > at).distinct())}


@dataclass(frozen=True)
class ExposureTrace:
    """The back-trace of one case, as the Exposure tab shows it."""
    window: TraceWindow
    exposures: list[Exposure]
    still_on_duty: frozenset[int]   # responders with a shift running or to come, not stood down

    @property
    def confirmed(self) -> bool:
        return self.window.confirmed

    @property
    def responders(self) -> list[int]:
        return list(dict.fromkeys(e.responder_id for e in self.exposures))


def window_of_case(session: Session, case_id: int, now: datetime) -> TraceWindow:
    """The case's trace window, or ExposureRefused when there is no such case."""
    window = trace_window(session, case_id, now)
    if window is None:
        raise ExposureRefused(f"No case {case_id}", ExposureRefusal.CASE_NOT_FOUND)
    return window


def trace_case(session: Session, case_id: int, now: datetime) -> ExposureTrace:
    """The responders who met the case's person in the 14 days up to the confirmation (or up
    to now for a case not confirmed yet: what the trace would be if it were), and which of
    them are still on the roster."""
    window = window_of_case(session, case_id, now)
    found = exposures(session, window)
    on_duty = on_duty_or_due(session, list({e.responder_id for e in found}), now)
    return ExposureTrace(window, found, frozenset(on_duty))


def stand_down_case_contacts(session: Session, case_id: int, responder_ids: list[int],
                             at: datetime) -> dict[int, list[int]]:
    """Stand each responder down from `at` until 14 days after their last contact with the
    case's person; returns the shifts ended per responder. All or nothing."""
    window = window_of_case(session, case_id, at)
    reason = encode(SystemText.STOOD_DOWN_EXPOSED, case=case_id)
    return stand_down_exposed(session, window, list(responder_ids), at, reason)


def _text(value: object) -> str:
    return str(getattr(value, "value", value) or "")
