"""The printed duty roster (值班表) of one station for one day: the station's name over every
shift of its teams that day (models.teams.shifts.roster_for_day), read in one session."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema.geography import PoliceStation
from models.teams.shifts import DutyRow, roster_for_day


@dataclass(frozen=True)
class DutyRosterSheet:
    station: str
    day: date
    printed_at: datetime
    rows: list[DutyRow]     # phones as registered: the printing controller masks them


def duty_roster_sheet(session: Session, station_id: int, day: date,
                      printed_at: datetime) -> DutyRosterSheet:
    """The station's roster for `day`; an unknown station prints without a name and no shifts."""
    station = session.scalar(select(PoliceStation.name).where(PoliceStation.id == station_id))
    return DutyRosterSheet(station or "", day, printed_at, roster_for_day(session, station_id, day))
