"""The transfer sheet (转运单): what travels with the patient and is signed at each hand-over.

Every transfer prints one. The data of a batch is loaded by id lists, a handful of queries
whatever the number of sheets (the transfer with its person, place, team, vehicle, facility and
dispatcher in one join; the crews; the latest screening of each person), so printing a whole
day's sheets costs the same few round trips as printing one. Resident IDs and phones come as
registered: the caller masks them as the printing user's role requires (paper leaves the
building).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from models.errors import CanvassError
from models.schema import (
    Case,
    Community,
    District,
    Facility,
    Household,
    Person,
    PoliceStation,
    Responder,
    ScreeningResult,
    Team,
    TransferOrder,
    User,
    Vehicle,
    Visit,
    transfer_crew,
)
from models.transfers.refusals import SheetRefusal

CHUNK = 500
STEPS = ("ordered", "dispatched", "on_scene", "picked_up", "delivered", "disinfected",
         "cancelled", "failed")


class SheetNotFound(CanvassError):
    """No transfer carries the sheet number asked for: nothing printed."""


@dataclass(frozen=True)
class CrewMember:
    name: str
    role: str


@dataclass(frozen=True)
class TransferSheet:
    transfer_id: int
    number: str
    status: str
    district: str
    station: str
    community: str
    person: str
    sex: str            # "M", "F" or ""
    age: int | None
    resident_id: str    # as registered: the printing controller masks it as the role requires
    phone: str          # likewise
    address: str
    category: str
    temperature: Decimal | None
    symptoms: str
    screened_at: datetime | None
    origin: str
    facility: str
    facility_kind: str
    facility_address: str
    team: str
    vehicle: str
    crew: tuple[CrewMember, ...]
    dispatcher: str
    override_reason: str
    failure_reason: str
    times: dict[str, datetime | None]
    printed_at: datetime

    @property
    def response_minutes(self) -> int | None:
        """On scene − dispatched, the article's measure of a quick response."""
        dispatched, on_scene = self.times.get("dispatched"), self.times.get("on_scene")
        if dispatched is None or on_scene is None:
            return None
        return int((on_scene - dispatched).total_seconds() // 60)


def age_on(birth: date | None, day: date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def household_address(address: str, building: str, unit: str, door: str) -> str:
    """The register's address, or building/unit/door where the register left it empty."""
    if address:
        return address
    return " ".join(part for part in (building and f"{building}栋", unit and f"{unit}单元",
                                      door and f"{door}室") if part)


def _value(raw: object) -> str:
    return str(getattr(raw, "value", raw) or "")


def load_sheets(session: Session, transfer_ids: list[int],
                printed_at: datetime) -> list[TransferSheet]:
    """The sheets of `transfer_ids`, in the order given: three queries per 500 transfers."""
    sheets: dict[int, TransferSheet] = {}
    for start in range(0, len(transfer_ids), CHUNK):
        chunk = transfer_ids[start:start + CHUNK]
        crews = _crews(session, chunk)
        rows = session.execute(_sheet_rows().where(TransferOrder.id.in_(chunk))).all()
        screenings = _latest_screenings(session, sorted({int(row.person_id) for row in rows}))
        for row in rows:
            times = {step: getattr(row, f"{step}_at") for step in STEPS}
            temperature, symptoms, screened_at = screenings.get(int(row.person_id),
                                                                (None, "", None))
            sheets[int(row.id)] = TransferSheet(
                transfer_id=int(row.id), number=row.number, status=_value(row.status),
                district=row.district or "", station=row.station or "",
                community=row.community or "", person=row.person, sex=_value(row.sex),
                age=age_on(row.birth_date, row.ordered_at.date()),
                resident_id=row.resident_id or "", phone=row.phone or "",
                address=household_address(row.address or "", row.building or "", row.unit or "",
                                          row.door or ""),
                category=_value(row.category), temperature=temperature, symptoms=symptoms,
                screened_at=screened_at, origin=row.origin_address or "",
                facility=row.facility or "", facility_kind=_value(row.facility_kind),
                facility_address=row.facility_address or "", team=row.team or "",
                vehicle=row.plate or "", crew=tuple(crews.get(int(row.id), ())),
                dispatcher=row.dispatcher or "", override_reason=row.override_reason or "",
                failure_reason=row.failure_reason or "", times=times, printed_at=printed_at)
    return [sheets[ident] for ident in transfer_ids if ident in sheets]


def _sheet_rows() -> Select[*tuple[Any, ...]]:   # a Select of many labelled columns
    dispatcher = aliased(User)
    return (
        select(TransferOrder.id, TransferOrder.number, TransferOrder.status,
               TransferOrder.origin_address, TransferOrder.override_reason,
               TransferOrder.failure_reason,
               *(getattr(TransferOrder, f"{step}_at") for step in STEPS),
               Case.category, Person.id.label("person_id"), Person.name.label("person"),
               Person.sex, Person.birth_date, Person.resident_id, Person.phone,
               Household.address, Household.building, Household.unit, Household.door,
               Community.name.label("community"), PoliceStation.name.label("station"),
               District.name.label("district"), Facility.name.label("facility"),
               Facility.kind.label("facility_kind"), Facility.address.label("facility_address"),
               Team.name.label("team"), Vehicle.plate,
               dispatcher.display_name.label("dispatcher"))
        .join(Case, Case.id == TransferOrder.case_id)
        .join(Person, Person.id == Case.person_id)
        .join(Household, Household.id == Person.household_id)
        .join(Community, Community.id == Person.community_id)
        .join(PoliceStation, PoliceStation.id == Community.station_id)
        .join(District, District.id == PoliceStation.district_id)
        .join(Facility, Facility.id == TransferOrder.facility_id)
        .outerjoin(Team, Team.id == TransferOrder.team_id)
        .outerjoin(Vehicle, Vehicle.id == TransferOrder.vehicle_id)
        .outerjoin(dispatcher, dispatcher.id == TransferOrder.dispatcher_user_id))


def _crews(session: Session, transfer_ids: list[int]) -> dict[int, list[CrewMember]]:
    crews: dict[int, list[CrewMember]] = {}
    for transfer_id, name, role in session.execute(
            select(transfer_crew.c.transfer_id, Responder.name, Responder.role)
            .join(Responder, Responder.id == transfer_crew.c.responder_id)
            .where(transfer_crew.c.transfer_id.in_(transfer_ids))
            .order_by(transfer_crew.c.transfer_id, Responder.name, Responder.id)):
        crews.setdefault(int(transfer_id), []).append(CrewMember(name, _value(role)))
    return crews


def _latest_screenings(session: Session, person_ids: list[int]
                       ) -> dict[int, tuple[Decimal | None, str, datetime]]:
    """Each person's latest temperature and symptoms from the door-to-door screening."""
    latest: dict[int, tuple[Decimal | None, str, datetime]] = {}
    if not person_ids:
        return latest
    for person_id, temperature, has_symptoms, symptoms, at in session.execute(
            select(ScreeningResult.person_id, ScreeningResult.temperature_c,
                   ScreeningResult.has_symptoms, ScreeningResult.symptoms, Visit.visited_at)
            .join(Visit, Visit.id == ScreeningResult.visit_id)
            .where(ScreeningResult.person_id.in_(person_ids))
            .order_by(ScreeningResult.person_id, Visit.visited_at, ScreeningResult.id)):
        said = symptoms or ("+" if has_symptoms else "")
        latest[int(person_id)] = (None if temperature is None else Decimal(temperature), said, at)
    return latest


def sheet_by_number(session: Session, number: str, printed_at: datetime) -> TransferSheet:
    """One transfer's sheet by the number printed on it; SheetNotFound for a number no transfer
    carries."""
    wanted = number.strip().upper()
    ident = session.scalar(select(TransferOrder.id).where(TransferOrder.number == wanted))
    if ident is None:
        raise SheetNotFound(f"No transfer has the sheet number {number.strip()!r}",
                            SheetRefusal.NOT_FOUND)
    return load_sheets(session, [int(ident)], printed_at)[0]


def sheet_of_transfer(session: Session, transfer_id: int, printed_at: datetime) -> TransferSheet:
    """The sheet of one transfer; SheetNotFound when it no longer exists."""
    found = load_sheets(session, [transfer_id], printed_at)
    if not found:
        raise SheetNotFound("That transfer no longer exists", SheetRefusal.NOT_FOUND)
    return found[0]


def sheets_of_day(session: Session, day: date, printed_at: datetime) -> list[TransferSheet]:
    """Every transfer ordered on `day`, in the order they were ordered: the day's batch."""
    start = datetime.combine(day, datetime.min.time())
    ids = [int(i) for i in session.scalars(
        select(TransferOrder.id)
        .where(TransferOrder.ordered_at >= start,
               TransferOrder.ordered_at < start + timedelta(days=1))
        .order_by(TransferOrder.ordered_at, TransferOrder.id))]
    return load_sheets(session, ids, printed_at)
