"""The audit entry every export leaves: who took which list out, how many rows, masked or not,
under which filters. A file leaves the command center's control; the log says whose hands.
A search text among the filters is kept masked when it is an identifier or part of one: the
log is read by roles that may not see identifiers."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from controllers.runtime.actions import SignedInUser
from controllers.runtime.unit_of_work import actor_of, user_session
from models.accounts.audit import entry
from models.db.database import Database
from models.register.person_search import masked_query
from models.schema.accounts import AuditEntry


def audit_export(database: Database, user: SignedInUser, list_name: str, path: Path,
                 rows: int, filters: Mapping[str, Any]) -> None:
    with user_session(database, user) as session:
        session.execute(insert(AuditEntry), [entry(
            actor_of(user), "export", list_name, None,
            {"file": path.name, "rows": rows, "masked": not user.sees_full_identifiers,
             "filters": {key: masked_query(str(value)) if key == "text" else str(value)
                         for key, value in filters.items()}})])
