"""Incidents (突发事件): non-cooperation, violence during isolation, accidents during a transfer.
What a record must say before it is written, and the place it belongs to.

An incident belongs to a station (whose officers answer for it); it is found from the transfer or
the case it concerns when those are given, so the clerk does not have to look the station up.
A time in the future is a typing slip; an incident with no description or a closing with no
outcome tells the next shift nothing. All are refused before anything is written.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import IncidentKind
from models.errors import CanvassError
from models.schema.cases import Case
from models.schema.geography import Community, PoliceStation
from models.schema.register import Person
from models.schema.transfers import TransferOrder

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


def clean_text(text: str, empty_code: str, what: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise IncidentRefused(f"The {what} is empty", empty_code)
    if len(cleaned) > MAX_TEXT:
        raise IncidentRefused(f"The {what} is longer than {MAX_TEXT} characters",
                              "incident_text_too_long")
    return cleaned


def clean_handler(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if len(cleaned) > MAX_HANDLER:
        raise IncidentRefused(f"A name has at most {MAX_HANDLER} characters",
                              "incident_handler_too_long")
    return cleaned


def check_kind(kind: str) -> IncidentKind:
    try:
        return IncidentKind(kind)
    except ValueError:
        raise IncidentRefused(f"{kind!r} is not a kind of incident", "incident_unknown_kind") from None


def check_not_future(at: datetime, now: datetime) -> None:
    if at > now + CLOCK_SLACK:
        raise IncidentRefused(f"{at:%Y-%m-%d %H:%M} is in the future", "incident_future_time")


def find_place(session: Session, *, station_id: int | None = None,
               community_id: int | None = None, case_id: int | None = None,
               transfer_id: int | None = None) -> IncidentPlace:
    """The station, community, case and transfer of an incident, completed from the most
    specific one given (transfer → its case → the person's community → its station)."""
    if transfer_id is not None:
        case_of_transfer = session.scalar(select(TransferOrder.case_id)
                                          .where(TransferOrder.id == transfer_id))
        if case_of_transfer is None:
            raise IncidentRefused(f"No transfer {transfer_id}", "incident_unknown_transfer")
        if case_id is not None and case_id != case_of_transfer:
            raise IncidentRefused("That transfer is of another case",
                                  "incident_transfer_other_case")
        case_id = case_of_transfer
    if case_id is not None:
        community_of_case = session.scalar(
            select(Person.community_id).join(Case, Case.person_id == Person.id)
            .where(Case.id == case_id))
        if community_of_case is None:
            raise IncidentRefused(f"No case {case_id}", "incident_unknown_case")
        community_id = community_id or community_of_case
    if community_id is not None:
        station_of_community = session.scalar(select(Community.station_id)
                                              .where(Community.id == community_id))
        if station_of_community is None:
            raise IncidentRefused(f"No community {community_id}", "incident_unknown_place")
        station_id = station_of_community
    if station_id is None or session.get(PoliceStation, station_id) is None:
        raise IncidentRefused("An incident needs a station, community, case or transfer",
                              "incident_unknown_place")
    return IncidentPlace(int(station_id), community_id, case_id, transfer_id)
