"""Canvass's data layer: tables, domain rules, all SQL, migrations. No Qt here."""
from __future__ import annotations

from models.accounts import AuditEntry, User
from models.base import Base
from models.cases import Case, CaseEvent, ContactLink, PersuasionVisit
from models.facilities import Facility, facility_accepts
from models.fleet import Disinfection, Vehicle
from models.geography import Community, District, PoliceStation
from models.incidents import Incident
from models.register import Household, Person
from models.screening import ScreeningResult, Visit
from models.supplies import SupplyMovement, SupplyStock
from models.tallies import CommunityDayTally, HouseholdTally, PersonTally
from models.team_minimums import TeamMinimumsRow
from models.teams import DutyShift, Lodging, Responder, Team, TeamMember, TemperatureCheck, team_community
from models.transfers import TransferOrder, transfer_crew

# A discharge frees its bed whichever screen or command moved the case: the flush listener must
# be registered in every process that uses the models, not only where transfers are imported.
from models import transfer_rules_beds  # noqa: E402,F401  isort:skip

__all__ = [
    "AuditEntry", "Base", "Case", "CaseEvent", "Community", "ContactLink", "Disinfection",
    "District", "DutyShift", "Facility", "Household", "Incident", "Lodging", "Person",
    "PersuasionVisit", "PoliceStation", "Responder", "ScreeningResult", "SupplyMovement",
    "SupplyStock", "Team", "TeamMember", "TeamMinimumsRow", "TemperatureCheck", "TransferOrder", "User", "Vehicle",
    "Visit", "facility_accepts", "team_community", "transfer_crew",
]
