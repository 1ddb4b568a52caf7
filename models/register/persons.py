"""One person of the register as the edit form reads and saves them: what may be changed, how
each field is checked, and the save against the version the form loaded (models/editing.py).

Values come back as stored; the controller masks them for the reader's role and says whether
that role may change the identifiers (`may_edit_identifiers`)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.accounts.refusals import AccountRefusal
from models.editing import apply_edit
from models.errors import DatabaseRefusal
from models.register.person_fields import InvalidField, clean_name, clean_phone
from models.register.refusals import RegisterRefusal
from models.register.resident_id import validate
from models.schema.register import Household, Person

EDITABLE = ("name", "phone", "resident_id")


@dataclass(frozen=True)
class PersonRecord:
    id: int
    version: int
    name: str
    phone: str | None
    resident_id: str | None
    address: str


def _record(session: Session, person: Person) -> PersonRecord:
    household = session.get(Household, person.household_id)
    return PersonRecord(person.id, person.version, person.name, person.phone, person.resident_id,
                        household.address if household is not None else "")


def person_record(session: Session, person_id: int) -> PersonRecord:
    person = session.get(Person, person_id)
    if person is None:
        raise InvalidField("id", "No such person", DatabaseRefusal.GONE)
    return _record(session, person)


def clean_person_changes(changes: dict[str, Any], may_edit_identifiers: bool,
                         today: date) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Validate every changed field; the resident ID and phone only by a role that sees them.
    Returns the columns to write and the warnings to show (a doubtful region code)."""
    clean: dict[str, Any] = {}
    warnings: tuple[str, ...] = ()
    for field, raw in changes.items():
        if field not in EDITABLE:
            raise InvalidField(field, f"{field} cannot be edited here",
                               RegisterRefusal.NOT_EDITABLE)
        if field != "name" and not may_edit_identifiers:
            raise InvalidField(field, "Your role may not change resident IDs or phones",
                               AccountRefusal.PERMISSION_DENIED)
        text = str(raw or "")
        if field == "name":
            clean["name"] = clean_name(text)
        elif field == "phone":
            clean["phone"] = clean_phone(text)
        else:
            check = validate(text, today)
            if not check.ok:
                raise InvalidField("resident_id", " ".join(p.message for p in check.errors),
                                   RegisterRefusal.of_resident_id(check.errors[0].code))
            clean["resident_id"] = check.value
            clean["resident_id_reversed"] = check.value[::-1]
            warnings = tuple(p.message for p in check.warnings)
    return clean, warnings


def save_person(session: Session, person_id: int, expected_version: int,
                original: dict[str, Any], changes: dict[str, Any], may_edit_identifiers: bool,
                today: date) -> tuple[PersonRecord, tuple[str, ...]]:
    """Save the changed fields; EditConflict if someone else saved first (nothing written)."""
    clean, warnings = clean_person_changes(changes, may_edit_identifiers, today)
    if clean.get("resident_id") and session.scalar(select(Person.id).where(
            Person.resident_id == clean["resident_id"], Person.id != person_id,
            Person.active.is_(True))) is not None:
        raise InvalidField("resident_id", "Another person in the register holds this resident ID: "
                           "merge the two entries instead", RegisterRefusal.RESIDENT_ID_TAKEN)
    person = apply_edit(session, Person, person_id, expected_version,
                        {k: v for k, v in original.items() if k in EDITABLE}, clean)
    assert isinstance(person, Person)
    return _record(session, person), warnings
