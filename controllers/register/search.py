"""Person search for the case board and the contact dialog: masked per role, run off the UI
thread by the caller (a search over the million-person register still answers in milliseconds).

A role that may not see identifiers finds a person by a whole resident ID or a whole phone only
(never by a prefix or tail that would give the hidden digits back a search at a time), and
each such search is audited in its own transaction: the identifier written masked, as that
role sees it, with the rows found. The lists' search boxes report theirs the same way
(`search_audit`)."""
from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import insert

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import actor_of, user_session
from models.accounts.audit import search_entry
from models.accounts.login_roles import MASKED_READERS
from models.accounts.permissions import Permission
from models.db.database import Database
from models.db.login_mode import has_identifier_lookup
from models.register.person_search import SEARCH_LIMIT, SearchAudit, search_held, searched_identifier
from models.schema.accounts import AuditEntry


class FoundPerson(NamedTuple):
    person_id: int
    name: str
    resident_id: str     # masked unless the role may see it
    phone: str           # likewise
    community: str
    address: str
    open_case_id: int | None


def search_audit(database: Database, user: SignedInUser, table: str) -> SearchAudit | None:
    """What a list searched by `user` reports its identifier searches to (None for a role that
    sees identifiers in full: its searches are not the ones this guards)."""
    if user.sees_full_identifiers:
        return None

    def audit(field: str, shown: str, found: int) -> None:
        with user_session(database, user) as session:
            session.execute(insert(AuditEntry),
                            [search_entry(actor_of(user), table, field, shown, found)])
    return audit


@action(Permission.VIEW)
def find_persons(database: Database, user: SignedInUser, text: str,
                 limit: int = SEARCH_LIMIT) -> list[FoundPerson]:
    """Persons whose name starts with, whose resident ID is or ends with, or whose phone starts
    with `text` (is, for a role that may not see identifiers). Any input is plain text: nothing
    typed can change the query."""
    # A held driver connection, not a session: searching is typed live and holds no objects.
    # Identifiers a role may not see are masked by the database and never reach this process.
    masked = not user.sees_full_identifiers
    # A whole ID typed by a role reading the masked views is looked up by the database's
    # function (models/register/person_search.py): the masked column equals no whole ID.
    lookup = masked and user.role in MASKED_READERS and has_identifier_lookup(database)
    hits = search_held(database, text, max(1, min(limit, SEARCH_LIMIT)), masked=masked,
                       lookup=lookup)
    audit = search_audit(database, user, "person")
    searched = searched_identifier(text) if audit is not None else None
    if audit is not None and searched is not None:
        audit(*searched, len(hits))
    return [FoundPerson._make(hit) for hit in hits]
