"""What an audit entry's record is called: "张三" for a person, the case's person for a case, the
sheet number for a transfer order, a team's, vehicle's or facility's own name.

An audit entry stores only a table name and an id, which nobody reads. A page of the log is named
in one statement per table: the page's ids are gathered by table (the entries' own records and
the records their foreign keys point at, `referenced_table`) and each table is asked once, by
primary key, for just those ids; never a statement per row, never a whole table. A record the
table no longer holds comes back `gone` (it was deleted since): the log still says which it was.

Names are stored values (a name, a plate, a stored enum value); the ui words them.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from models.db.database import Database
from models.db.held_reads import ask_held
from models.db.questions import Question
from models.schema import (
    Base,
    Case,
    CaseEvent,
    Community,
    ContactLink,
    Disinfection,
    District,
    DutyShift,
    Facility,
    Household,
    Incident,
    Lodging,
    Person,
    PersuasionVisit,
    PoliceStation,
    Responder,
    ScreeningResult,
    SupplyMovement,
    SupplyStock,
    Team,
    TeamMember,
    TemperatureCheck,
    TransferOrder,
    User,
    Vehicle,
    Visit,
    VisitAbsence,
)

Key = tuple[str, int]
Namer = Callable[[Sequence[int]], Select[*tuple[Any, ...]]]


@dataclass(frozen=True)
class RecordName:
    """A record as people call it: `parts` are the stored values that name it (the ui's
    template for `table` words them); `gone` when the table no longer holds `row_id`."""
    table: str
    row_id: int | None
    parts: tuple[Any, ...] = ()
    gone: bool = False


def household_place(address: str | None, community: str | None, building: str | None,
                    unit: str | None, door: str | None) -> str:
    """A household as the knock list finds it: its address, else its community and door."""
    if address:
        return address
    return " ".join(part for part in (community, building, unit, door) if part)


def _by_id(model: Any, *named: Any) -> Namer:
    return lambda ids: select(model.id, *named).where(model.id.in_(ids))


def _case_person(model: Any, case_column: Any) -> Namer:
    """Records of a case (its events, persuasion visits): named by the case's person."""
    return lambda ids: (select(model.id, Person.name).join(Case, Case.id == case_column)
                        .join(Person, Person.id == Case.person_id).where(model.id.in_(ids)))


def _of_person(model: Any) -> Namer:
    return lambda ids: (select(model.id, Person.name).join(Person, Person.id == model.person_id)
                        .where(model.id.in_(ids)))


def _of_responder(model: Any, *more: Any) -> Namer:
    def statement(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
        query = select(model.id, Responder.name, *more).join(
            Responder, Responder.id == model.responder_id)
        if more:
            query = query.join(Team, Team.id == model.team_id)
        return query.where(model.id.in_(ids))
    return statement


def _households(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    return (select(Household.id, Household.address, Community.name, Household.building,
                   Household.unit, Household.door)
            .join(Community, Community.id == Household.community_id).where(Household.id.in_(ids)))


def _visits(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    return (select(Visit.id, Household.address, Community.name, Household.building,
                   Household.unit, Household.door)
            .join(Household, Household.id == Visit.household_id)
            .join(Community, Community.id == Household.community_id).where(Visit.id.in_(ids)))


def _stocks(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    return (select(SupplyStock.id, PoliceStation.name, SupplyStock.item)
            .join(PoliceStation, PoliceStation.id == SupplyStock.station_id)
            .where(SupplyStock.id.in_(ids)))


def _movements(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    return (select(SupplyMovement.id, PoliceStation.name, SupplyStock.item)
            .join(SupplyStock, SupplyStock.id == SupplyMovement.stock_id)
            .join(PoliceStation, PoliceStation.id == SupplyStock.station_id)
            .where(SupplyMovement.id.in_(ids)))


def _contacts(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    contact = aliased(Case)
    return (select(ContactLink.id, Person.name)
            .join(contact, contact.id == ContactLink.contact_case_id)
            .join(Person, Person.id == contact.person_id).where(ContactLink.id.in_(ids)))


def _incidents(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    """An incident by its kind and where: its community, else its station."""
    return (select(Incident.id, Incident.kind, func.coalesce(Community.name, PoliceStation.name))
            .join(PoliceStation, PoliceStation.id == Incident.station_id)
            .outerjoin(Community, Community.id == Incident.community_id)
            .where(Incident.id.in_(ids)))


def _alerts(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    """An acknowledged alert, by its trip's sheet number (read through the metadata: the
    table is the alerts room's, models/schema/alerts.py)."""
    alert = Base.metadata.tables["alert_acknowledgement"]
    return (select(alert.c.id, TransferOrder.number)
            .join(TransferOrder, TransferOrder.id == alert.c.transfer_id)
            .where(alert.c.id.in_(ids)))


NAMERS: dict[str, Namer] = {
    "person": _by_id(Person, Person.name),
    "person_case": _of_person(Case),
    "transfer_order": _by_id(TransferOrder, TransferOrder.number),
    "team": _by_id(Team, Team.name),
    "household": _households,
    "vehicle": _by_id(Vehicle, Vehicle.plate),
    "facility": _by_id(Facility, Facility.name),
    "app_user": _by_id(User, User.username),
    "community": _by_id(Community, Community.name),
    "police_station": _by_id(PoliceStation, PoliceStation.name),
    "district": _by_id(District, District.name),
    "lodging": _by_id(Lodging, Lodging.name),
    "responder": _by_id(Responder, Responder.name),
    "team_member": _of_responder(TeamMember, Team.name),
    "duty_shift": _of_responder(DutyShift, Team.name),
    "temperature_check": _of_responder(TemperatureCheck),
    "case_event": _case_person(CaseEvent, CaseEvent.case_id),
    "persuasion_visit": _case_person(PersuasionVisit, PersuasionVisit.case_id),
    "contact_link": _contacts,
    "visit": _visits,
    "screening_result": _of_person(ScreeningResult),
    "visit_absence": _of_person(VisitAbsence),
    "disinfection": lambda ids: (select(Disinfection.id, Vehicle.plate)
                                 .join(Vehicle, Vehicle.id == Disinfection.vehicle_id)
                                 .where(Disinfection.id.in_(ids))),
    "supply_stock": _stocks,
    "supply_movement": _movements,
    "incident": _incidents,
}
if "alert_acknowledgement" in Base.metadata.tables:
    NAMERS["alert_acknowledgement"] = _alerts
# Rows that are one place's: the household's and a visit's door read as one text.
PLACES = frozenset({"household", "visit"})
# Lists of ids an entry records under a name that is no column (models/district/records.py).
LINKS: dict[tuple[str, str], str] = {("team", "communities"): "community"}


def referenced_table(table: str, field: str) -> str | None:
    """The table whose ids `field` of `table` holds (a foreign key, or a list of linked ids),
    when Canvass can name its records; None for any other field."""
    if (table, field) in LINKS:
        return LINKS[table, field]
    found = Base.metadata.tables.get(table)
    if found is None or field not in found.c:
        return None
    targets = {key.column.table.name for key in found.c[field].foreign_keys}
    target = next(iter(targets)) if len(targets) == 1 else None
    return target if target in NAMERS else None


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def record_names(session: Session, wanted: Iterable[Key]) -> dict[Key, RecordName]:
    """The names of the records `wanted`: one statement per table among them, by primary key.
    A table Canvass cannot name is not asked (its records read as their table and id)."""
    return _named([question.asked_in(session) for question in name_questions(wanted)])


def record_names_held(database: Database, wanted: Iterable[Key]) -> dict[Key, RecordName]:
    """The same, every table's statement asked at once on a held connection: one round trip."""
    questions = name_questions(wanted)
    return _named(ask_held(database, questions) if questions else [])


def name_questions(wanted: Iterable[Key]) -> list[Question[list[RecordName]]]:
    """One question per table among `wanted` that Canvass can name, by primary key."""
    ids: dict[str, set[int]] = defaultdict(set)
    for table, row_id in wanted:
        if table in NAMERS and isinstance(row_id, int) and not isinstance(row_id, bool):
            ids[table].add(row_id)
    return [Question.of(NAMERS[table](sorted(chosen)), _reader(table, sorted(chosen)))
            for table, chosen in sorted(ids.items())]


def _reader(table: str, ordered: list[int]) -> Callable[[Sequence[tuple[Any, ...]]],
                                                        list[RecordName]]:
    def read(rows: Sequence[tuple[Any, ...]]) -> list[RecordName]:
        found: dict[int, RecordName] = {}
        for row in rows:
            parts: tuple[Any, ...] = tuple(_plain(value) for value in row[1:])
            if table in PLACES:
                parts = (household_place(*parts),)
            found[int(row[0])] = RecordName(table, int(row[0]), parts)
        return [found.get(row_id, RecordName(table, row_id, gone=True)) for row_id in ordered]
    return read


def _named(answers: Iterable[list[RecordName]]) -> dict[Key, RecordName]:
    return {(name.table, name.row_id): name for answer in answers for name in answer
            if name.row_id is not None}


def name_of(names: dict[Key, RecordName], table: str, row_id: int | None) -> RecordName:
    """The record's name as `record_names` found it; a table Canvass cannot name, or an entry
    about no one record (an export, an import), reads as its table alone."""
    if row_id is None:
        return RecordName(table, None)
    return names.get((table, row_id), RecordName(table, row_id))
