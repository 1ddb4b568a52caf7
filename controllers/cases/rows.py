"""The case board's list, handed to a user who may read it; its rows and their SQL are
models/cases/rows.py's."""
from __future__ import annotations

from controllers.register.search import search_audit
from controllers.runtime.actions import SignedInUser, action
from models.accounts.login_roles import MASKED_READERS
from models.accounts.permissions import Permission
from models.cases.rows import CaseRows
from models.db.database import Database


@action(Permission.VIEW)
def case_rows(database: Database, user: SignedInUser) -> CaseRows:
    """The cases, a count and a page at a time, with the chips' counts and the place filter;
    searched by whole identifiers only, audited, unless `user`'s role sees them in full."""
    return CaseRows(database, masked=not user.sees_full_identifiers,
                    audit=search_audit(database, user, "person_case"),
                    masked_views=user.role in MASKED_READERS)
