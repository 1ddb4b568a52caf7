"""A person's window: their cases, screenings, household and its visits, masked for the
reader's role (models/register/person_file.py reads it)."""
from __future__ import annotations

from dataclasses import replace

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.masking import shown_phone, shown_resident_id
from models.accounts.permissions import Permission
from models.db.database import Database
from models.register.person_file import HouseholdVisit, PersonCase, PersonFile, PersonScreening, person_file

__all__ = ["HouseholdVisit", "PersonCase", "PersonFile", "PersonScreening", "load_person_file"]


@action(Permission.VIEW)
def load_person_file(database: Database, user: SignedInUser, person_id: int) -> PersonFile:
    """The person's file as `user` may read it: identifiers masked unless the role sees them,
    and then no birth date either (the digits the masked ID hides)."""
    with read_session(database) as session:
        found = person_file(session, person_id)
    full = user.sees_full_identifiers
    return replace(found, resident_id=shown_resident_id(found.resident_id, full),
                   birth_date=found.birth_date if full else None,
                   phone=shown_phone(found.phone, full),
                   members=tuple((i, name, shown_resident_id(rid, full))
                                 for i, name, rid in found.members))
