"""Persons entered twice: the list to merge from, and the merge (the SQL and the rules are
models/register/duplicates.py's and merging.py's). Both are register work: a clerk's or the
commander's; identifiers come masked unless the role may see them."""
from __future__ import annotations

from sqlalchemy import insert

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import actor_of, user_session
from models.accounts.audit import entry
from models.accounts.permissions import Permission
from models.db.database import Database
from models.register import merging
from models.register.duplicates import DuplicateRows, Sameness
from models.register.merging import Merged, MergeRefused
from models.schema.accounts import AuditEntry

__all__ = ["DuplicateRows", "MergeRefused", "Merged", "Sameness", "duplicate_rows",
           "merge_persons"]


@action(Permission.EDIT_REGISTER)
def duplicate_rows(database: Database, user: SignedInUser) -> DuplicateRows:
    """The entries to merge away, each beside the entry to keep (filters: sameness,
    community_id)."""
    return DuplicateRows(database, sees_full=user.sees_full_identifiers)


@action(Permission.EDIT_REGISTER)
def merge_persons(database: Database, user: SignedInUser, kept_id: int, merged_id: int) -> Merged:
    """Merge entry `merged_id` into `kept_id` in one transaction, with one audit entry saying
    what moved (the rows changed are audited too); MergeRefused with the reason otherwise."""
    with user_session(database, user) as session:
        merged = merging.merge_persons(session, kept_id, merged_id)
        session.execute(insert(AuditEntry), [entry(actor_of(user), "merge", "person", kept_id,
                                                   merged.audit_changes())])
    return merged
