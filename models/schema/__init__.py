"""Every mapped table of Canvass, in one room because they interlock (foreign keys, relationships).

Import tables from here or from their own module; rules and statements live in the feature rooms."""
from __future__ import annotations

from models.schema.accounts import AuditEntry, SignInDelay, User
from models.schema.alerts import AlertAcknowledgement
from models.schema.base import Base
from models.schema.boundaries import CommunityBoundary
from models.schema.campaign import SupervisionOrder, SweepCampaign, sweep_campaign_community
from models.schema.cases import Case, CaseEvent, ContactLink, PersuasionVisit
from models.schema.facilities import Facility, facility_accepts
from models.schema.fleet import Disinfection, Vehicle
from models.schema.geography import Community, District, PoliceStation
from models.schema.incidents import Incident
from models.schema.register import Household, Person
from models.schema.screening import ScreeningResult, Visit, VisitAbsence
from models.schema.supplies import SupplyMovement, SupplyStock
from models.schema.tallies import CommunityDayTally, HouseholdTally, PersonTally  # noqa: F401 - mapped with the rest
from models.schema.team_minimums import TeamMinimumsRow
from models.schema.teams import DutyShift, Lodging, Responder, Team, TeamMember, TemperatureCheck, team_community
from models.schema.transfers import TransferOrder, transfer_crew

__all__ = [
    "AlertAcknowledgement", "AuditEntry", "Base", "Case", "CaseEvent", "Community", "CommunityBoundary", "ContactLink", "Disinfection",
    "District", "DutyShift", "Facility", "Household", "Incident", "Lodging", "Person",
    "PersuasionVisit", "PoliceStation", "Responder", "ScreeningResult", "SignInDelay", "SupervisionOrder",
    "SupplyMovement", "SupplyStock", "SweepCampaign", "Team", "TeamMember", "TeamMinimumsRow", "TemperatureCheck",
    "TransferOrder", "User", "Vehicle", "Visit", "VisitAbsence", "facility_accepts", "sweep_campaign_community",
    "team_community", "transfer_crew",
]
