"""Shifts and standby: who is on duty now and next, putting a member on duty, planning a
team's shifts for a block of days."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.masking import shown_phone
from models.accounts.permissions import Permission
from models.db.database import Database
from models.teams.crews import ShiftCrew, Watch, planned_crew, station_crews
from models.teams.planning import MOST_DAYS, ShiftPattern, ShiftPlan, plan_shifts
from models.teams.shifts import LONGEST_SHIFT_HOURS, DutyRow, add_shift, next_on_duty, on_duty, roster_for_day

__all__ = ["LONGEST_SHIFT_HOURS", "MOST_DAYS", "DutyRow", "ShiftCrew", "ShiftPattern", "ShiftPlan",
           "Watch", "duty_roster", "masked", "now", "plan_team_shifts", "planned_crew", "put_on_duty",
           "station_duty"]


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def masked(rows: list[DutyRow], user: SignedInUser) -> list[DutyRow]:
    """Phones as the user's role may see them: the same masking as everywhere else."""
    full = user.sees_full_identifiers
    return [replace(row, phone=shown_phone(row.phone, full)) for row in rows]


@dataclass(frozen=True)
class StationDuty:
    on_duty: list[DutyRow]
    next_on_duty: list[DutyRow]
    crews: list[tuple[str, ShiftCrew]]      # each team's crew on duty now, judged per shift


@action(Permission.VIEW)
def station_duty(database: Database, user: SignedInUser, station_id: int,
                 at: datetime | None = None) -> StationDuty:
    when = at or now()
    with read_session(database) as session:
        return StationDuty(masked(on_duty(session, station_id, when), user),
                           masked(next_on_duty(session, station_id, when), user),
                           station_crews(session, station_id, when))


@action(Permission.VIEW)
def duty_roster(database: Database, user: SignedInUser, station_id: int, day: date) -> list[DutyRow]:
    """Every shift of the station's teams on `day`: what the printed roster lists."""
    with read_session(database) as session:
        return masked(roster_for_day(session, station_id, day), user)


@action(Permission.MANAGE_TEAMS)
def put_on_duty(database: Database, user: SignedInUser, team_id: int, responder_id: int,
                starts: datetime, ends: datetime, leads: bool = False) -> int:
    """Refused (RosterRefused, nothing written) if the shift overlaps another of theirs."""
    with user_session(database, user) as session:
        return add_shift(session, team_id, responder_id, starts, ends, leads).id


@action(Permission.MANAGE_TEAMS)
def plan_team_shifts(database: Database, user: SignedInUser, plan: ShiftPlan) -> int:
    """Every shift of a block of days in one transaction, or none: an overlap names the
    responder and the time. How many shifts were planned."""
    with user_session(database, user) as session:
        return plan_shifts(session, plan)
