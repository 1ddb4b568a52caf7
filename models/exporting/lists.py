"""Line lists out: cases, households with coverage, transfers, rosters, as .xlsx or CSV.

The lists `canvass export` writes: fuller than any one screen (a case's resident ID, birth date
and address beside its status), for the province's line list. Every list is read in pages by
primary key (keyset, PAGE rows at a time) and written as it is read (models/exporting/files.py),
so a million-row export never sits in memory. Resident IDs and phones pass through
models.accounts.masking exactly as on screen: a role that may not see them gets them masked,
and the age where the birth date would be (the masked digits of an ID are its birth date: the
two side by side gave the whole ID back).
Stored identifiers ("fever", "in_transit", True) are handed to the caller's `label` with their
vocabulary, and headings to its `heading`: the controller words both in the reader's language.
Times stay times, so the file holds real date cells. The columns that hold codes (resident IDs,
phones, buildings, units, doors) say so, and a CSV keeps them text (models/exporting/csv_cells.py).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from models.accounts.masking import age_on, shown_phone, shown_resident_id
from models.db.database import Database
from models.exporting.files import Cell, write_rows
from models.schema.cases import Case
from models.schema.facilities import Facility
from models.schema.fleet import Vehicle
from models.schema.geography import Community, PoliceStation
from models.schema.register import Household, Person
from models.schema.tallies import HouseholdTally
from models.schema.teams import Responder, Team, TeamMember
from models.schema.transfers import TransferOrder
from models.translatable import QT_TRANSLATE_NOOP

PAGE = 2000
# The vocabulary of a text column where Canvass writes codes (models/system_text.py) beside what
# people typed: its `label` renders them.
WRITTEN = "written"
YES_NO = "yes_no"          # a flag (True / False), worded yes or no
AGE = QT_TRANSLATE_NOOP("ExportColumn", "Age")
Page = Sequence[Sequence[Any]]   # rows, each ending with its id
Label = Callable[[str, Any], str]   # (vocabulary, stored value) → the word people read


@dataclass(frozen=True)
class ListColumn:
    """One column: its heading (English source, translated in the "ExportColumn" context), the
    vocabulary of the stored identifiers it holds, whether it is a resident ID or a phone
    (masked for a role that may not see them) or a birth date (an age for such a role), and
    whether it is some other `code` made of digits (a building, a door: "0301" is not 301)."""
    heading: str
    words: str = ""
    identifier: str = ""    # "resident_id" | "phone" | "birth_date" | ""
    code: bool = False

    @property
    def kept_as_text(self) -> bool:
        """Whether a spreadsheet must read the column as text, never as a number."""
        return self.code or self.identifier in ("resident_id", "phone")

    def heading_for(self, may_see: bool) -> str:
        return AGE if self.identifier == "birth_date" and not may_see else self.heading


@dataclass(frozen=True)
class ListSpec:
    """One kind of line list: its columns and how to read a page after a given id (each row
    ends with the id the next page starts after)."""
    kind: str
    columns: tuple[ListColumn, ...]
    read_page: Callable[[Session, int, Select[*tuple[Any, ...]] | None], Page]

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(column.heading for column in self.columns)

    def headings_for(self, may_see: bool) -> tuple[str, ...]:
        """The headings a reader who may (not) see identifiers gets: Age for Born."""
        return tuple(column.heading_for(may_see) for column in self.columns)

    @property
    def codes(self) -> tuple[int, ...]:
        """The positions of the columns a CSV keeps as text."""
        return tuple(index for index, column in enumerate(self.columns) if column.kept_as_text)


def _read(session: Session, statement: Select[*tuple[Any, ...]]) -> list[Any]:
    """A page's rows through the session's connection: the statements name columns, never
    entities, and the ORM's loading of each row cost as much as the reading itself."""
    return list(session.connection().execute(statement).all())


def _cases(session: Session, after: int, only: Select[*tuple[Any, ...]] | None) -> Page:
    statement = (select(Case.id, Person.name, Person.resident_id, Person.sex, Person.birth_date,
                        Person.phone, Community.name, Household.address, Case.category,
                        Case.status, Case.opened_at, Case.status_since, Facility.name,
                        Case.last_action)
                 .join(Person, Person.id == Case.person_id)
                 .join(Household, Household.id == Person.household_id)
                 .join(Community, Community.id == Case.community_id)
                 .outerjoin(Facility, Facility.id == Case.facility_id)
                 .where(Case.id > after).order_by(Case.id).limit(PAGE))
    if only is not None:
        statement = statement.where(Case.id.in_(only))
    return [tuple(row[1:]) + (row[0],) for row in _read(session, statement)]


def _households(session: Session, after: int, only: Select[*tuple[Any, ...]] | None) -> Page:
    """One statement a page: the visits come from the household's tally (kept by the database's
    triggers with every visit, models/schema/tallies.py), the persons from a count the person
    index answers, so 400,000 households are 200 statements, not 600 with 2,000 ids bound in
    each."""
    persons = (select(func.count()).select_from(Person)
               .where(Person.household_id == Household.id).scalar_subquery())
    statement = (select(Community.name, Household.building, Household.unit, Household.door,
                        Household.address, persons, func.coalesce(HouseholdTally.visits, 0),
                        func.coalesce(HouseholdTally.done_visits, 0) > 0,
                        HouseholdTally.last_visit_at, Household.id)
                 .join(Community, Community.id == Household.community_id)
                 .outerjoin(HouseholdTally, HouseholdTally.household_id == Household.id)
                 .where(Household.id > after).order_by(Household.id).limit(PAGE))
    if only is not None:
        statement = statement.where(Household.id.in_(only))
    # Tuples, not the driver's rows: a tuple of plain values leaves the garbage collector's
    # watch at its first pass, where 400,000 rows that each keep their result's metadata
    # made it sweep every object of the process again and again (two full passes of 80 ms
    # for 40,000 households).
    return [tuple(row) for row in _read(session, statement)]


def _transfers(session: Session, after: int, only: Select[*tuple[Any, ...]] | None) -> Page:
    statement = (select(TransferOrder.id, Person.name, Person.resident_id, Case.category,
                        TransferOrder.status, Team.name, Vehicle.plate, Facility.name,
                        TransferOrder.ordered_at, TransferOrder.dispatched_at,
                        TransferOrder.on_scene_at, TransferOrder.delivered_at,
                        TransferOrder.disinfected_at, TransferOrder.failure_reason)
                 .join(Case, Case.id == TransferOrder.case_id)
                 .join(Person, Person.id == Case.person_id)
                 .join(Facility, Facility.id == TransferOrder.facility_id)
                 .outerjoin(Team, Team.id == TransferOrder.team_id)
                 .outerjoin(Vehicle, Vehicle.id == TransferOrder.vehicle_id)
                 .where(TransferOrder.id > after).order_by(TransferOrder.id).limit(PAGE))
    if only is not None:
        statement = statement.where(TransferOrder.id.in_(only))
    page = []
    for row in _read(session, statement):
        dispatched, on_scene = row[9], row[10]
        minutes = round((on_scene - dispatched).total_seconds() / 60, 1) \
            if dispatched and on_scene else None
        page.append((*row[1:13], minutes, row[13], row[0]))
    return page


def _rosters(session: Session, after: int, only: Select[*tuple[Any, ...]] | None) -> Page:
    station = aliased(PoliceStation)
    statement = (select(TeamMember.id, station.name, Team.name, Team.kind, Responder.name,
                        Responder.role, Responder.unit, Responder.phone, TeamMember.is_leader,
                        TeamMember.joined_on)
                 .join(Team, Team.id == TeamMember.team_id)
                 .join(station, station.id == Team.station_id)
                 .join(Responder, Responder.id == TeamMember.responder_id)
                 .where(TeamMember.left_on.is_(None), TeamMember.id > after)
                 .order_by(TeamMember.id).limit(PAGE))
    if only is not None:
        statement = statement.where(Team.id.in_(only))
    return [(*row[1:8], bool(row[8]), row[9], row[0]) for row in _read(session, statement)]


C = ListColumn   # short, for the tables below
LISTS: dict[str, ListSpec] = {spec.kind: spec for spec in (
    ListSpec("cases", (
        C(QT_TRANSLATE_NOOP("ExportColumn", "Name")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Resident ID"), identifier="resident_id"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Sex"), "sex"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Born"), identifier="birth_date"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Phone"), identifier="phone"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Community")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Address")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Category"), "category"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Status"), "case_status"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Opened")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "In this status since")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Facility")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Last action"), WRITTEN)), _cases),
    ListSpec("households", (
        C(QT_TRANSLATE_NOOP("ExportColumn", "Community")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Building"), code=True),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Unit"), code=True),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Door"), code=True),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Address")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Persons")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Visits")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Has an outcome"), YES_NO),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Last visit"))), _households),
    ListSpec("transfers", (
        C(QT_TRANSLATE_NOOP("ExportColumn", "Name")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Resident ID"), identifier="resident_id"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Category"), "category"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Status"), "transfer_status"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Team")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Vehicle")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Destination")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Ordered")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Dispatched")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "On scene")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Delivered")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Disinfected")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Response (min)")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Why it failed"), WRITTEN)), _transfers),
    ListSpec("rosters", (
        C(QT_TRANSLATE_NOOP("ExportColumn", "Station")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Team")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Kind"), "team_kind"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Name")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Role"), "responder_role"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Unit")),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Phone"), identifier="phone"),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Leader"), YES_NO),
        C(QT_TRANSLATE_NOOP("ExportColumn", "Joined"))), _rosters),
)}
KINDS: tuple[str, ...] = tuple(LISTS)
FORMATS: tuple[str, ...] = ("xlsx", "csv")


def _masks(spec: ListSpec, may_see: bool, today: date) -> list[tuple[int, Callable[[Any], Any]]]:
    """(column, what the reader gets for its stored value) for the columns that hold
    identifiers or give them away."""
    def birth(value: Any) -> Any:
        return value if may_see else age_on(value, today)
    shown: dict[str, Callable[[Any], Any]] = {
        "resident_id": lambda value: shown_resident_id(value, may_see),
        "phone": lambda value: shown_phone(value, may_see), "birth_date": birth}
    return [(index, shown[column.identifier]) for index, column in enumerate(spec.columns)
            if column.identifier]


def rows(database: Database, spec: ListSpec, may_see: bool,
         only: Select[*tuple[Any, ...]] | None = None,
         label: Label | None = None, today: date | None = None) -> Iterator[list[Cell]]:
    """The list's rows, masked for the role, one page's session at a time (ages on `today`,
    by default the day the export runs). `label` turns stored identifiers into words; without
    it they stay as stored."""
    masks = _masks(spec, may_see, today or date.today())
    worded = [(index, column.words) for index, column in enumerate(spec.columns) if column.words]
    # What the file holds for a stored value of a worded column, by (vocabulary, value): a
    # vocabulary has a few words, each worded once.
    said: dict[tuple[str, Any], Any] = {}

    def word(vocabulary: str, value: Any) -> Any:
        key = (vocabulary, value)
        if value is None or value == "":
            found = value
        else:
            stored = value.value if isinstance(value, Enum) else value
            found = label(vocabulary, stored) if label is not None else stored
        said[key] = found
        return found
    after = 0
    while True:
        with database.sessions() as session:
            page = spec.read_page(session, after, only)
        if not page:
            return
        after = page[-1][-1]
        for raw in page:
            values = list(raw[:-1])
            for index, mask in masks:
                values[index] = mask(values[index])
            # Only the worded columns hold stored enums: each as its stored string, then (for
            # a `label`) as its word. Everything else (dates included) stays as it is.
            for index, vocabulary in worded:
                value = values[index]
                found = said.get((vocabulary, value), said)
                values[index] = word(vocabulary, value) if found is said else found
            yield values


def export_list(database: Database, kind: str, path: Path | str, may_see: bool,
                only: Select[*tuple[Any, ...]] | None = None,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, label: Label | None = None,
                heading: Callable[[str], str] = str) -> int:
    """Write the `kind` list to `path` (.xlsx unless it ends in .csv); returns the rows written.
    `only` (a SELECT of ids) keeps the filters the list had on screen; `heading` words the
    column headings (English as they stand)."""
    spec = LISTS[kind]
    return write_rows(path, kind, [heading(text) for text in spec.headings_for(may_see)],
                      rows(database, spec, may_see, only, label), progress, cancelled,
                      spec.codes)
