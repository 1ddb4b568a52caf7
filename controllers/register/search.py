"""Person search for the case board and the contact dialog: masked per role, run off the UI
thread by the caller (a search over the million-person register still answers in milliseconds)."""
from __future__ import annotations

from typing import NamedTuple

from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database
from models.register.person_search import SEARCH_LIMIT, search_held


class FoundPerson(NamedTuple):
    person_id: int
    name: str
    resident_id: str     # masked unless the role may see it
    phone: str           # likewise
    community: str
    address: str
    open_case_id: int | None


@action(Permission.VIEW)
def find_persons(database: Database, user: SignedInUser, text: str,
                 limit: int = SEARCH_LIMIT) -> list[FoundPerson]:
    """Persons whose name starts with, whose resident ID is or ends with, or whose phone starts
    with `text`. Any input is plain text: nothing typed can change the query."""
    # A held driver connection, not a session: searching is typed live and holds no objects.
    # Identifiers a role may not see are masked by the database and never reach this process.
    hits = search_held(database, text, max(1, min(limit, SEARCH_LIMIT)),
                       masked=not user.sees_full_identifiers)
    return [FoundPerson._make(hit) for hit in hits]
