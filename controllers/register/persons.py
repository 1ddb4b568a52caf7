"""Editing a person in the register: load a form, save it with conflict detection."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.editing import apply_edit
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.masking import shown_phone, shown_resident_id
from models.accounts.permissions import Permission
from models.db.database import Database
from models.register.person_fields import InvalidField, clean_name, clean_phone
from models.register.resident_id import validate
from models.schema import Household, Person

EDITABLE = ("name", "phone", "resident_id")


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


def _form(person: Person, household: Household | None, user: SignedInUser,
          warnings: tuple[str, ...] = ()) -> PersonForm:
    full = user.sees_full_identifiers
    values = {"name": person.name, "phone": person.phone, "resident_id": person.resident_id}
    shown = {"name": person.name, "phone": shown_phone(person.phone, full),
             "resident_id": shown_resident_id(person.resident_id, full)}
    address = household.address if household is not None else ""
    if not full:  # the form never holds what the role may not see
        values = {"name": person.name}
    return PersonForm(person.id, person.version, values, shown, address, full, warnings)


@action(Permission.VIEW)
def load_person(database: Database, user: SignedInUser, person_id: int) -> PersonForm:
    with read_session(database) as session:
        person = session.get(Person, person_id)
        if person is None:
            raise InvalidField("id", "No such person", "gone")
        return _form(person, session.get(Household, person.household_id), user)


def clean_person_changes(user: SignedInUser, changes: dict[str, Any],
                         today: date) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Validate every changed field; masked fields can only be changed by roles that see them."""
    clean: dict[str, Any] = {}
    warnings: tuple[str, ...] = ()
    for field, raw in changes.items():
        if field not in EDITABLE:
            raise InvalidField(field, f"{field} cannot be edited here", "not_editable")
        if field != "name" and not user.sees_full_identifiers:
            raise InvalidField(field, "Your role may not change resident IDs or phones",
                               "permission_denied")
        text = str(raw or "")
        if field == "name":
            clean["name"] = clean_name(text)
        elif field == "phone":
            clean["phone"] = clean_phone(text)
        else:
            check = validate(text, today)
            if not check.ok:
                raise InvalidField("resident_id", " ".join(p.message for p in check.errors),
                                   f"resident_id_{check.errors[0].code}")
            clean["resident_id"] = check.value
            clean["resident_id_reversed"] = check.value[::-1]
            warnings = tuple(p.message for p in check.warnings)
    return clean, warnings


@action(Permission.EDIT_REGISTER)
def save_person(database: Database, user: SignedInUser, person_id: int, expected_version: int,
                original: dict[str, Any], changes: dict[str, Any],
                today: date | None = None) -> PersonForm:
    """Save the changed fields; EditConflict if someone else saved first (nothing written)."""
    clean, warnings = clean_person_changes(user, changes, today or date.today())
    with user_session(database, user) as session:
        person = apply_edit(session, Person, person_id, expected_version,
                            {k: v for k, v in original.items() if k in EDITABLE}, clean)
        assert isinstance(person, Person)
        form = _form(person, session.get(Household, person.household_id), user, warnings)
    return form
