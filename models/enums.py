"""The domain's closed vocabularies, stored as their string values.

Values are English identifiers; the words people read come from the UI's translations.
"""
from __future__ import annotations

from enum import StrEnum


class AreaKind(StrEnum):
    URBAN = "urban"      # 社区
    RURAL = "rural"      # 村


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class VisitOutcome(StrEnum):
    SCREENED = "screened"
    NOBODY_HOME = "nobody_home"
    REFUSED = "refused"
    MOVED_OUT = "moved_out"


class PersonOrigin(StrEnum):
    """Where a person in the register came from (不漏一人: the register is not the only source)."""
    REGISTER = "register"    # a community office's register (import, district setup, demo)
    DOOR = "door"            # found at the door by a work group, recorded with the visit
    INTAKE = "intake"        # named on a contact-tracing list, not yet in the register: to find


class Residence(StrEnum):
    """Whether a registered person lives at their household now, as the door-to-door teams find.
    HERE and AWAY count among the community's persons; the others no longer do."""
    HERE = "here"
    AWAY = "away"                # out for a while: where, since when
    MOVED_OUT = "moved_out"
    DECEASED = "deceased"
    ELSEWHERE = "elsewhere"      # registered here, living somewhere else (人户分离)


class MemberPresence(StrEnum):
    """A member living here who was not screened at a screened visit, and why."""
    ABSENT = "absent"
    REFUSED = "refused"


class CaseCategory(StrEnum):
    CLOSE_CONTACT = "close_contact"
    FEVER = "fever"
    SUSPECTED = "suspected"
    CONFIRMED = "confirmed"


class CaseStatus(StrEnum):
    IDENTIFIED = "identified"
    VERIFIED = "verified"
    AWAITING_TRANSFER = "awaiting_transfer"
    IN_TRANSIT = "in_transit"
    ADMITTED = "admitted"
    RELEASED = "released"
    REFUSED = "refused"
    HOME_OBSERVATION = "home_observation"
    CLEARED = "cleared"
    DECEASED = "deceased"


CLOSED_CASE_STATUSES: frozenset[CaseStatus] = frozenset(
    {CaseStatus.RELEASED, CaseStatus.CLEARED, CaseStatus.DECEASED}
)


class CaseEventKind(StrEnum):
    OPENED = "opened"
    STATUS = "status"
    CATEGORY = "category"
    NOTE = "note"


class TeamKind(StrEnum):
    WORK_GROUP = "work_group"
    QUICK_RESPONSE = "quick_response"
    CONTACT_TRACING = "contact_tracing"


class ResponderRole(StrEnum):
    POLICE = "police"
    AUXILIARY_POLICE = "auxiliary_police"
    HEALTH_WORKER = "health_worker"
    CADRE = "cadre"
    VOLUNTEER = "volunteer"
    SECURITY = "security"
    DRIVER = "driver"


class VehicleStatus(StrEnum):
    AVAILABLE = "available"
    DISPATCHED = "dispatched"
    ON_SCENE = "on_scene"
    TRANSPORTING = "transporting"
    AWAITING_DISINFECTION = "awaiting_disinfection"
    OUT_OF_SERVICE = "out_of_service"


class FacilityKind(StrEnum):
    DESIGNATED_HOSPITAL = "designated_hospital"
    FIELD_HOSPITAL = "field_hospital"
    ISOLATION_SITE = "isolation_site"
    FEVER_CLINIC = "fever_clinic"


class TransferStatus(StrEnum):
    ORDERED = "ordered"
    DISPATCHED = "dispatched"
    ON_SCENE = "on_scene"
    PICKED_UP = "picked_up"
    DELIVERED = "delivered"
    DISINFECTED = "disinfected"
    CANCELLED = "cancelled"
    FAILED = "failed"


class AlertKind(StrEnum):
    """What an alert on the dashboard and the wall is about (models/alerts/rules.py)."""
    STEP_OVERDUE = "step_overdue"                    # a trip under way, past its step's limit
    DISINFECTION_OVERDUE = "disinfection_overdue"    # a vehicle waiting for disinfection too long


class SupplyItem(StrEnum):
    PROTECTIVE_SUIT = "protective_suit"
    MASK = "mask"
    DISINFECTANT = "disinfectant"


class IncidentKind(StrEnum):
    NON_COOPERATION = "non_cooperation"
    VIOLENCE = "violence"
    ACCIDENT = "accident"
    OTHER = "other"


class UserRole(StrEnum):
    COMMANDER = "commander"
    DISPATCHER = "dispatcher"
    CLERK = "clerk"
    VIEWER = "viewer"
    ADMIN = "admin"


class SupervisionStatus(StrEnum):
    """A supervision order (督办单) of a sweep campaign (models/campaign/orders.py)."""
    ISSUED = "issued"        # sent to the community, no answer yet
    ANSWERED = "answered"    # the community's reply is on record
    CLOSED = "closed"        # the command center closed it


class CampaignPhase(StrEnum):
    """Where a sweep campaign stands on the day it is read (computed, never stored)."""
    UPCOMING = "upcoming"
    RUNNING = "running"
    OVER = "over"
