"""A SQLite file's audit guards: Canvass refuses a file whose guard or audit triggers were
dropped, altered or joined by one that swallows entries, until an administrator puts them back
(audited); at head every guard is exactly as the migrations made it."""
from __future__ import annotations

import json
import sqlite3

import pytest

from controllers.accounts.audit_chain import restore_audit_guards, verify_audit
from controllers.runtime.actions import SignedInUser
from models.accounts.audit_guards import AuditGuardsAltered, guard_state
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.enums import UserRole
from models.opening import open_database
from tests.support.audit_chain import entries

ADMIN = SignedInUser(id=None, username="admin1", display_name="管理员", role=UserRole.ADMIN)
CLERK = SignedInUser(id=None, username="clerk1", display_name="录入员", role=UserRole.CLERK)


def shell(path: str, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def file_of(database: Database) -> str:
    path = str(database.url.database)
    database.dispose()
    return path


def test_every_guard_is_as_created_at_head(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as connection:
        state = guard_state(connection)
    assert state.intact


@pytest.mark.parametrize("statements", [
    ["DROP TRIGGER audit_entry_no_delete"],
    ["DROP TRIGGER person_audit_update"],
    ["DROP TRIGGER household_audit_insert",
     "CREATE TRIGGER household_audit_insert AFTER INSERT ON household BEGIN SELECT 1; END"],
    ["CREATE TRIGGER quiet BEFORE INSERT ON audit_entry BEGIN SELECT RAISE(IGNORE); END"],
], ids=["guard dropped", "audit trigger dropped", "audit trigger altered", "entries swallowed"])
def test_a_tampered_file_is_refused_with_one_sentence(sqlite_database: Database,
                                                      statements: list[str]) -> None:
    path = file_of(sqlite_database)
    shell(path, *statements)
    with pytest.raises(AuditGuardsAltered) as refused:
        open_database(path)
    message = str(refused.value)
    assert "\n" not in message and "restore-guards" in message
    assert refused.value.trigger in " ".join(statements)


def test_an_administrator_restores_the_guards_and_the_trail_says_so(
        sqlite_database: Database) -> None:
    path = file_of(sqlite_database)
    shell(path, "DROP TRIGGER person_audit_update", "DROP TRIGGER audit_entry_no_update",
          "CREATE TRIGGER quiet BEFORE INSERT ON audit_entry BEGIN SELECT RAISE(IGNORE); END")
    database = open_database(path, guards_checked=False)
    try:
        with pytest.raises(PermissionDenied):
            restore_audit_guards(database, CLERK)
        touched = restore_audit_guards(database, ADMIN)
        assert touched == ["audit_entry_no_update", "person_audit_update", "quiet"]
        assert restore_audit_guards(database, ADMIN) == []      # intact now: nothing written
        restored = [e for e in entries(database) if e.action == "restore_guards"]
        assert len(restored) == 1 and restored[0].username == "admin1"
        assert json.loads(restored[0].changes) == {
            "restored": ["audit_entry_no_update", "person_audit_update"], "dropped": ["quiet"]}
        assert verify_audit(database, ADMIN).intact
    finally:
        database.dispose()
    open_database(path).dispose()                                # no longer refused


def test_the_check_names_the_guard_but_reads_the_chain_all_the_same(
        sqlite_database: Database) -> None:
    path = file_of(sqlite_database)
    shell(path, "DROP TRIGGER visit_audit_delete")
    database = open_database(path, guards_checked=False)
    try:
        report = verify_audit(database, ADMIN)
    finally:
        database.dispose()
    assert report.verdict.intact and not report.intact
    assert report.guards is not None and report.guards.missing_or_altered == ("visit_audit_delete",)

