"""Editing a person in the register: load a form, save it with conflict detection (the checks
and the save are in models/register/persons.py; the form is masked here per role)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.masking import shown_phone, shown_resident_id
from models.accounts.permissions import Permission
from models.db.database import Database
from models.register import persons
from models.register.persons import PersonRecord


@dataclass(frozen=True)
class PersonForm:
    """What the edit form shows; `values` are the stored ones, `shown` masked per role."""
    id: int
    version: int
    values: dict[str, Any]
    shown: dict[str, str]
    address: str
    may_edit_identifiers: bool
    warnings: tuple[str, ...] = ()


def _form(person: PersonRecord, user: SignedInUser, warnings: tuple[str, ...] = ()) -> PersonForm:
    full = user.sees_full_identifiers
    values = {"name": person.name, "phone": person.phone, "resident_id": person.resident_id}
    shown = {"name": person.name, "phone": shown_phone(person.phone, full),
             "resident_id": shown_resident_id(person.resident_id, full)}
    if not full:  # the form never holds what the role may not see
        values = {"name": person.name}
    return PersonForm(person.id, person.version, values, shown, person.address, full, warnings)


@action(Permission.VIEW)
def load_person(database: Database, user: SignedInUser, person_id: int) -> PersonForm:
    with read_session(database) as session:
        return _form(persons.person_record(session, person_id), user)


@action(Permission.EDIT_REGISTER)
def save_person(database: Database, user: SignedInUser, person_id: int, expected_version: int,
                original: dict[str, Any], changes: dict[str, Any],
                today: date | None = None) -> PersonForm:
    """Save the changed fields; EditConflict if someone else saved first (nothing written)."""
    with user_session(database, user) as session:
        person, warnings = persons.save_person(session, person_id, expected_version, original,
                                               changes, user.sees_full_identifiers,
                                               today or date.today())
    return _form(person, user, warnings)
