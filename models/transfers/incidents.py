"""Incidents (突发事件): non-cooperation, violence during isolation, accidents during a transfer.
What a record must say before it is written, and the place it belongs to.

An incident belongs to a station (whose officers answer for it); it is found from the transfer or
the case it concerns when those are given, so the clerk does not have to look the station up.
A time in the future is a typing slip; an incident with no description or a closing with no
outcome tells the next shift nothing. All are refused before anything is written. Logging,
closing and looking one up are here too, each inside the caller's transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.editing import apply_edit
from models.enums import IncidentKind
from models.errors import CanvassError
from models.schema.cases import Case
from models.schema.geography import Community, PoliceStation
from models.schema.incidents import Incident
from models.schema.register import Person
from models.schema.transfers import TransferOrder
from models.transfers.refusals import IncidentRefusal

MAX_TEXT = 2000
MAX_HANDLER = 64
CLOCK_SLACK = timedelta(minutes=2)   # workstation clocks drift a little; a typo is hours off


class IncidentRefused(CanvassError):
    """An incident record that breaks a rule; nothing was written."""


@dataclass(frozen=True)
class IncidentPlace:
    station_id: int
    community_id: int | None
    case_id: int | None
    transfer_id: int | None


def clean_text(text: str, empty_code: IncidentRefusal, what: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise IncidentRefused(f"The {what} is empty", empty_code)
    if len(cleaned) > MAX_TEXT:
        raise IncidentRefused(f"The {what} is longer than {MAX_TEXT} characters",
                              IncidentRefusal.TEXT_TOO_LONG, limit=MAX_TEXT)
    return cleaned


def clean_handler(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if len(cleaned) > MAX_HANDLER:
        raise IncidentRefused(f"A name has at most {MAX_HANDLER} characters",
                              IncidentRefusal.HANDLER_TOO_LONG, limit=MAX_HANDLER)
    return cleaned


def check_kind(kind: str) -> IncidentKind:
    try:
        return IncidentKind(kind)
    except ValueError:
        raise IncidentRefused(f"{kind!r} is not a kind of incident",
                              IncidentRefusal.UNKNOWN_KIND) from None


def check_not_future(at: datetime, now: datetime) -> None:
    if at > now + CLOCK_SLACK:
        raise IncidentRefused(f"{at:%Y-%m-%d %H:%M} is in the future", IncidentRefusal.FUTURE_TIME)


def find_place(session: Session, *, station_id: int | None = None,
               community_id: int | None = None, case_id: int | None = None,
               transfer_id: int | None = None) -> IncidentPlace:
    """The station, community, case and transfer of an incident, completed from the most
    specific one given (transfer → its case → the person's community → its station)."""
    if transfer_id is not None:
        case_of_transfer = session.scalar(select(TransferOrder.case_id)
                                          .where(TransferOrder.id == transfer_id))
        if case_of_transfer is None:
            raise IncidentRefused(f"No transfer {transfer_id}", IncidentRefusal.UNKNOWN_TRANSFER)
        if case_id is not None and case_id != case_of_transfer:
            raise IncidentRefused("That transfer is of another case",
                                  IncidentRefusal.TRANSFER_OTHER_CASE)
        case_id = case_of_transfer
    if case_id is not None:
        community_of_case = session.scalar(
            select(Person.community_id).join(Case, Case.person_id == Person.id)
            .where(Case.id == case_id))
        if community_of_case is None:
            raise IncidentRefused(f"No case {case_id}", IncidentRefusal.UNKNOWN_CASE)
        community_id = community_id or community_of_case
    if community_id is not None:
        station_of_community = session.scalar(select(Community.station_id)
                                              .where(Community.id == community_id))
        if station_of_community is None:
            raise IncidentRefused(f"No community {community_id}", IncidentRefusal.UNKNOWN_PLACE)
        station_id = station_of_community
    if station_id is None or session.get(PoliceStation, station_id) is None:
        raise IncidentRefused("An incident needs a station, community, case or transfer",
                              IncidentRefusal.UNKNOWN_PLACE)
    return IncidentPlace(int(station_id), community_id, case_id, transfer_id)


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


def log_incident(session: Session, kind: str, occurred_at: datetime, description: str, *,
                 now: datetime, handled_by: str = "", case_id: int | None = None,
                 transfer_id: int | None = None, station_id: int | None = None,
                 community_id: int | None = None) -> IncidentRecord:
    """Write a new open incident; refused whole, nothing written, on any bad field."""
    checked_kind = check_kind(kind)
    text = clean_text(description, IncidentRefusal.DESCRIPTION_EMPTY, "description")
    handler = clean_handler(handled_by)
    check_not_future(occurred_at, now)
    place = find_place(session, station_id=station_id, community_id=community_id,
                       case_id=case_id, transfer_id=transfer_id)
    incident = Incident(kind=checked_kind, occurred_at=occurred_at.replace(microsecond=0),
                        description=text, handled_by=handler, station_id=place.station_id,
                        community_id=place.community_id, case_id=place.case_id,
                        transfer_id=place.transfer_id, resolution="")
    session.add(incident)
    session.flush()
    return _record(incident)


def close_incident(session: Session, incident_id: int, expected_version: int, outcome: str, *,
                   now: datetime, handled_by: str | None = None,
                   closed_at: datetime | None = None) -> IncidentRecord:
    """Close with its outcome (at `closed_at`, or now). A stale version is an EditConflict the
    user sees; a second closing, or one before the incident happened, is refused."""
    text = clean_text(outcome, IncidentRefusal.OUTCOME_EMPTY, "outcome")
    when = (closed_at or now).replace(microsecond=0)
    check_not_future(when, now)
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise IncidentRefused(f"No incident {incident_id}", IncidentRefusal.NOT_FOUND)
    if incident.closed_at is not None:
        raise IncidentRefused("The incident is already closed", IncidentRefusal.ALREADY_CLOSED)
    if when < incident.occurred_at:
        raise IncidentRefused("An incident cannot be closed before it happened",
                              IncidentRefusal.CLOSED_BEFORE)
    changes: dict[str, object] = {"closed_at": when, "resolution": text}
    if handled_by is not None and handled_by.strip():
        changes["handled_by"] = clean_handler(handled_by)
    original = {field: getattr(incident, field) for field in changes}
    record = apply_edit(session, Incident, incident_id, expected_version, original, changes)
    assert isinstance(record, Incident)
    return _record(record)


def incident_record(session: Session, incident_id: int) -> IncidentRecord:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise IncidentRefused(f"No incident {incident_id}", IncidentRefusal.NOT_FOUND)
    return _record(incident)


@dataclass(frozen=True)
class IncidentSubject:
    """What a typed reference turned out to be: a transfer (by its sheet number) or a case (by
    its number), with the person's name for the dialog to confirm."""
    case_id: int | None
    transfer_id: int | None
    person: str


def find_subject(session: Session, reference: str) -> IncidentSubject:
    """"ZY…" finds a transfer by its sheet number; digits (or "#12") a case by its number."""
    text = reference.strip().lstrip("#")
    if text.isdigit():
        row = session.execute(select(Case.id, Person.name)
                              .join(Person, Person.id == Case.person_id)
                              .where(Case.id == int(text))).first()
        if row is None:
            raise IncidentRefused(f"No case {text}", IncidentRefusal.UNKNOWN_CASE)
        return IncidentSubject(int(row[0]), None, row[1])
    transfer = session.execute(select(TransferOrder.id, TransferOrder.case_id, Person.name)
                               .join(Case, Case.id == TransferOrder.case_id)
                               .join(Person, Person.id == Case.person_id)
                               .where(TransferOrder.number == text.upper())).first()
    if transfer is None:
        raise IncidentRefused(f"No transfer {text}", IncidentRefusal.UNKNOWN_TRANSFER)
    return IncidentSubject(int(transfer[1]), int(transfer[0]), transfer[2])
