"""The register's list, handed to a user who may read it; its rows and their SQL are
models/register/rows.py's."""
from __future__ import annotations

from controllers.register.search import search_audit
from controllers.runtime.actions import SignedInUser, action
from models.accounts.login_roles import MASKED_READERS
from models.accounts.permissions import Permission
from models.db.database import Database
from models.register.rows import PersonRows


@action(Permission.VIEW)
def person_rows(database: Database, user: SignedInUser) -> PersonRows:
    """The persons, with resident IDs and phones masked in SQL unless `user`'s role may see
    them in full (and then ages, not birth dates, and searches by whole identifiers only,
    audited): the decision is taken here, once, for the whole list."""
    return PersonRows(database, sees_full=user.sees_full_identifiers,
                      audit=search_audit(database, user, "person"),
                      masked_views=user.role in MASKED_READERS)
