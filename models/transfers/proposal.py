"""What Canvass proposes when a dispatcher opens a case for transfer: the nearest facility that
takes the category and has a free bed, and a free, disinfected vehicle of a quick-response team
on duty, from the case's own station or the nearest one.

The dispatch dialog shows the proposal and the other choices; `order_transfer` computes the
proposal again inside its own transaction, so a departure from it always carries a reason.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from models.enums import CaseCategory
from models.errors import RecordGone
from models.schema.cases import Case
from models.schema.register import Person
from models.teams.crews import ShiftCrew, crews_on_duty
from models.transfers.rules import (
    FacilityChoice,
    VehicleChoice,
    active_order_of,
    crew_on_duty,
    facilities_for,
    origin_of,
    vehicles_for,
)


@dataclass(frozen=True)
class DispatchProposal:
    """The proposal (first of each list) and the alternatives, as plain values for a dialog."""
    case_id: int
    case_version: int
    person: str
    category: str
    status: str
    facilities: tuple[FacilityChoice, ...]   # nearest first; [0] is the suggestion
    vehicles: tuple[VehicleChoice, ...]      # own station first, then nearest; [0] suggested
    crew: tuple[str, ...]                    # on duty with the suggested vehicle's team
    under_way: str | None = None             # the number of the case's trip under way, if any
    # The crew on duty of each offered vehicle's team, judged per shift (models/teams/crews.py):
    # an incomplete one goes out only with a reason.
    crews: Mapping[int, ShiftCrew] = field(default_factory=dict)

    @property
    def facility(self) -> FacilityChoice | None:
        return self.facilities[0] if self.facilities else None

    @property
    def vehicle(self) -> VehicleChoice | None:
        return self.vehicles[0] if self.vehicles else None

    def departs(self, facility_id: int, team_id: int, vehicle_id: int) -> bool:
        """Whether the dispatcher's choice differs from the proposal (then a reason is due)."""
        return (self.facility is None or self.facility.facility_id != facility_id
                or self.vehicle is None or self.vehicle.vehicle_id != vehicle_id
                or self.vehicle.team_id != team_id)


def proposal_for(session: Session, case: Case, at: datetime) -> DispatchProposal:
    origin = origin_of(session, case)
    facilities = facilities_for(session, CaseCategory(case.category), origin)
    vehicles = vehicles_for(session, origin, at)
    crew = tuple(name for _, name in crew_on_duty(session, vehicles[0].team_id, at)) \
        if vehicles else ()
    person = session.get(Person, case.person_id)
    return DispatchProposal(case.id, case.version, person.name if person else "",
                            str(case.category), str(case.status), tuple(facilities),
                            tuple(vehicles), crew, active_order_of(session, case.id),
                            crews_on_duty(session, {v.team_id for v in vehicles}, at))


def proposal_for_case(session: Session, case_id: int, at: datetime) -> DispatchProposal:
    """The proposal for `case_id`; empty lists when no facility or no vehicle qualifies."""
    case = session.get(Case, case_id)
    if case is None:
        raise RecordGone("This case no longer exists")
    return proposal_for(session, case, at)
