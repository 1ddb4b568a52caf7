"""The printed duty roster (值班表) of one station for one day: the station's name over every
shift of its teams that day (models.teams.shifts.roster_for_day) and the verdict on each shift's
crew (models/teams/crews.py), read in one session."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema.geography import PoliceStation
from models.teams.crews import ShiftCrew, crews_of_rows
from models.teams.minimums import stored_minimums
from models.teams.rules import usable_vehicles
from models.teams.shifts import DutyRow, roster_for_day


@dataclass(frozen=True)
class DutyRosterSheet:
    station: str
    day: date
    printed_at: datetime
    rows: list[DutyRow]     # phones as registered: the printing controller masks them
    # Each shift's crew by (team id, the shift's end): complete, or what it lacks.
    crews: dict[tuple[int, datetime], ShiftCrew] = field(default_factory=dict)


def duty_roster_sheet(session: Session, station_id: int, day: date,
                      printed_at: datetime) -> DutyRosterSheet:
    """The station's roster for `day`; an unknown station prints without a name and no shifts."""
    station = session.scalar(select(PoliceStation.name).where(PoliceStation.id == station_id))
    rows = roster_for_day(session, station_id, day)
    vehicles = usable_vehicles(session, sorted({row.team_id for row in rows}))
    return DutyRosterSheet(station or "", day, printed_at, rows,
                           crews_of_rows(rows, vehicles, stored_minimums(session)[0]))
