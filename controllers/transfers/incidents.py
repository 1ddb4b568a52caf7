"""Incidents at the keyboard: log one (when, where, which case or transfer, who handled it),
close it with its outcome, look one up. Rules and writes in models/transfers/incidents.py; every
change is audited in the action's session."""
from __future__ import annotations

from datetime import datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.teams.shifts import now as clock
from models.accounts.permissions import Permission
from models.db.database import Database
from models.transfers import incidents
from models.transfers.incidents import IncidentRecord, IncidentSubject

__all__ = ["IncidentRecord", "IncidentSubject", "close_incident", "find_subject",
           "load_incident", "log_incident"]


@action(Permission.MANAGE_CASES)
def log_incident(database: Database, user: SignedInUser, kind: str, occurred_at: datetime,
                 description: str, *, handled_by: str = "", case_id: int | None = None,
                 transfer_id: int | None = None, station_id: int | None = None,
                 community_id: int | None = None, now: datetime | None = None) -> IncidentRecord:
    """Write a new open incident; refused whole, nothing written, on any bad field."""
    with user_session(database, user) as session:
        return incidents.log_incident(
            session, kind, occurred_at, description, now=now or clock(), handled_by=handled_by,
            case_id=case_id, transfer_id=transfer_id, station_id=station_id,
            community_id=community_id)


@action(Permission.MANAGE_CASES)
def close_incident(database: Database, user: SignedInUser, incident_id: int,
                   expected_version: int, outcome: str, *, handled_by: str | None = None,
                   closed_at: datetime | None = None,
                   now: datetime | None = None) -> IncidentRecord:
    """Close with its outcome. A stale version is an EditConflict the user sees."""
    with user_session(database, user) as session:
        return incidents.close_incident(session, incident_id, expected_version, outcome,
                                        now=now or clock(), handled_by=handled_by,
                                        closed_at=closed_at)


@action(Permission.VIEW)
def load_incident(database: Database, user: SignedInUser, incident_id: int) -> IncidentRecord:
    with read_session(database) as session:
        return incidents.incident_record(session, incident_id)


@action(Permission.VIEW)
def find_subject(database: Database, user: SignedInUser, reference: str) -> IncidentSubject:
    """"ZY…" finds a transfer by its sheet number; digits (or "#12") a case by its number."""
    with read_session(database) as session:
        return incidents.find_subject(session, reference)

