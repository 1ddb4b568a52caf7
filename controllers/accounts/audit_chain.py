"""The audit trail's integrity: checking its hash chain, and putting a SQLite file's guard
triggers back (models/accounts/audit_verify.py, audit_guards.py).

Checking reads only, and on SQLite also says whether the file's guards are as created; restoring
is an administrator's act, written to the trail under their name in the same transaction."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import actor_of
from models.accounts.audit_guards import GuardState, guard_state, restore_guards
from models.accounts.audit_verify import ChainFault, Verdict, verify_chain
from models.accounts.permissions import Permission
from models.db.database import Database

__all__ = ["ChainFault", "ChainReport", "Verdict", "restore_audit_guards", "verify_audit"]


@dataclass(frozen=True)
class ChainReport:
    verdict: Verdict
    guards: GuardState | None    # SQLite only: None on PostgreSQL

    @property
    def intact(self) -> bool:
        return self.verdict.intact and (self.guards is None or self.guards.intact)


@action(Permission.VIEW_AUDIT_LOG)
def verify_audit(database: Database, user: SignedInUser,
                 progress: Callable[[int], None] | None = None) -> ChainReport:
    """The whole chain, checked in one read-only transaction."""
    with database.engine.connect() as connection:
        verdict = verify_chain(connection, progress)
        guards = guard_state(connection) if database.kind == "sqlite" else None
        connection.rollback()
    return ChainReport(verdict, guards)


@action(Permission.MANAGE_USERS)
def restore_audit_guards(database: Database, user: SignedInUser) -> list[str]:
    """Put a SQLite file's guard triggers back as the migrations created them; the triggers
    touched (none, and nothing written, when they were intact or on PostgreSQL)."""
    if database.kind != "sqlite":
        return []
    with database.engine.begin() as connection:
        return restore_guards(connection, actor_of(user))
