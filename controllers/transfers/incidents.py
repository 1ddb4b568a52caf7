"""Incidents at the keyboard: log one (when, where, which case or transfer, who handled it),
close it with its outcome, look one up. Rules in models/transfers/incidents.py; every change is
audited in the action's session."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.editing import apply_edit
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.teams.shifts import now as clock
from models.accounts.permissions import Permission
from models.db.database import Database
from models.schema.cases import Case
from models.schema.incidents import Incident
from models.schema.register import Person
from models.schema.transfers import TransferOrder
from models.transfers.incidents import (
    IncidentRefused,
    check_kind,
    check_not_future,
    clean_handler,
    clean_text,
    find_place,
)


@dataclass(frozen=True)
class IncidentRecord:
    id: int
    version: int
    kind: str
    occurred_at: datetime
    description: str
    handled_by: str
    station_id: int
    community_id: int | None
    case_id: int | None
    transfer_id: int | None
    closed_at: datetime | None
    resolution: str


def _record(incident: Incident) -> IncidentRecord:
    return IncidentRecord(incident.id, incident.version, str(incident.kind.value),
                          incident.occurred_at, incident.description, incident.handled_by,
                          incident.station_id, incident.community_id, incident.case_id,
                          incident.transfer_id, incident.closed_at, incident.resolution)


@action(Permission.MANAGE_CASES)
def log_incident(database: Database, user: SignedInUser, kind: str, occurred_at: datetime,
                 description: str, *, handled_by: str = "", case_id: int | None = None,
                 transfer_id: int | None = None, station_id: int | None = None,
                 community_id: int | None = None, now: datetime | None = None) -> IncidentRecord:
    """Write a new open incident; refused whole, nothing written, on any bad field."""
    checked_kind = check_kind(kind)
    text = clean_text(description, "incident_description_empty", "description")
    handler = clean_handler(handled_by)
    check_not_future(occurred_at, now or clock())
    with user_session(database, user) as session:
        place = find_place(session, station_id=station_id, community_id=community_id,
                           case_id=case_id, transfer_id=transfer_id)
        incident = Incident(kind=checked_kind, occurred_at=occurred_at.replace(microsecond=0),
                            description=text, handled_by=handler, station_id=place.station_id,
                            community_id=place.community_id, case_id=place.case_id,
                            transfer_id=place.transfer_id, resolution="")
        session.add(incident)
        session.flush()
        return _record(incident)


@action(Permission.MANAGE_CASES)
def close_incident(database: Database, user: SignedInUser, incident_id: int,
                   expected_version: int, outcome: str, *, handled_by: str | None = None,
                   closed_at: datetime | None = None,
                   now: datetime | None = None) -> IncidentRecord:
    """Close with its outcome. A stale version is an EditConflict the user sees."""
    moment = now or clock()
    text = clean_text(outcome, "incident_outcome_empty", "outcome")
    when = (closed_at or moment).replace(microsecond=0)
    check_not_future(when, moment)
    with user_session(database, user) as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise IncidentRefused(f"No incident {incident_id}", "incident_not_found")
        if incident.closed_at is not None:
            raise IncidentRefused("The incident is already closed", "incident_already_closed")
        if when < incident.occurred_at:
            raise IncidentRefused("An incident cannot be closed before it happened",
                                  "incident_closed_before")
        changes: dict[str, object] = {"closed_at": when, "resolution": text}
        if handled_by is not None and handled_by.strip():
            changes["handled_by"] = clean_handler(handled_by)
        original = {field: getattr(incident, field) for field in changes}
        record = apply_edit(session, Incident, incident_id, expected_version, original, changes)
        return _record(record)  # type: ignore[arg-type]


@action(Permission.VIEW)
def load_incident(database: Database, user: SignedInUser, incident_id: int) -> IncidentRecord:
    with read_session(database) as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise IncidentRefused(f"No incident {incident_id}", "incident_not_found")
        return _record(incident)


@dataclass(frozen=True)
class IncidentSubject:
    """What a typed reference turned out to be: a transfer (by its sheet number) or a case (by
    its number), with the person's name for the dialog to confirm."""
    case_id: int | None
    transfer_id: int | None
    person: str


@action(Permission.VIEW)
def find_subject(database: Database, user: SignedInUser, reference: str) -> IncidentSubject:
    """"ZY…" finds a transfer by its sheet number; digits (or "#12") a case by its number."""
    text = reference.strip().lstrip("#")
    with read_session(database) as session:
        if text.isdigit():
            row = session.execute(select(Case.id, Person.name)
                                  .join(Person, Person.id == Case.person_id)
                                  .where(Case.id == int(text))).first()
            if row is None:
                raise IncidentRefused(f"No case {text}", "incident_unknown_case")
            return IncidentSubject(int(row[0]), None, row[1])
        transfer = session.execute(select(TransferOrder.id, TransferOrder.case_id, Person.name)
                                   .join(Case, Case.id == TransferOrder.case_id)
                                   .join(Person, Person.id == Case.person_id)
                                   .where(TransferOrder.number == text.upper())).first()
        if transfer is None:
            raise IncidentRefused(f"No transfer {text}", "incident_unknown_transfer")
        return IncidentSubject(int(transfer[1]), int(transfer[0]), transfer[2])
