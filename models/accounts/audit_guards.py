"""A SQLite file's audit guards: present and unaltered, or Canvass does not work on the file.

Whoever holds a SQLite file can `DROP TRIGGER` the append-only guard or an audit trigger and
write unseen. Canvass cannot stop that, but it does not go on writing into such a file as if
nothing happened: at open it compares the file's triggers with what the migrations create —
the two append-only guards of 0002 and the three audit triggers per audited table of 0019, their
SQL rebuilt here from the table's columns exactly as the migration built it — and any other
trigger on audit_entry (one that swallows entries) counts as an alteration. The comparison is of
one digest over the expected definitions against one over the file's, then, when they differ,
trigger by trigger to name the first. An administrator puts them back with `canvass audit
restore-guards`, which is audited itself.

PostgreSQL keeps its guards behind the owner role's privileges (README, "Roles").
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, text

from models.accounts.audit import AUDIT_SKIPPED, AUDITED_TABLES, MARKER, Actor, entry
from models.errors import CanvassError, DatabaseRefusal
from models.schema.accounts import AuditEntry

SECRET = frozenset({"password_hash"})
SQLITE_NOW = ("strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime') || "
              "substr(strftime('%f', 'now', 'localtime'), 3) || '000'")
# As migration 0002 created them.
APPEND_ONLY = {
    "audit_entry_no_update": """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    "audit_entry_no_delete": """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
}


class AuditGuardsAltered(CanvassError):
    """A SQLite file whose append-only guard or audit triggers are missing or altered
    (DatabaseRefusal.AUDIT_GUARDS, `trigger`: the first of them)."""

    @property
    def trigger(self) -> str:
        return str(self.params["trigger"])


def _value(row: str, name: str, kind: str) -> str:
    if name in SECRET:
        return f"CASE WHEN {row}.{name} IS NULL THEN NULL ELSE '***' END"
    if kind.upper() == "BOOLEAN":
        return (f"json(CASE WHEN {row}.{name} IS NULL THEN 'null' WHEN {row}.{name} "
                f"THEN 'true' ELSE 'false' END)")
    return f"{row}.{name}"


def table_triggers(table: str, columns: list[tuple[str, str]], key: str) -> dict[str, str]:
    """The three audit triggers of `table` by name, as migration 0019 writes them; `columns`
    are (name, declared type) in the table's order, `key` the column naming the row."""
    shown = [(name, kind) for name, kind in columns if name not in AUDIT_SKIPPED]
    inserted = ", ".join(f"'{n}', {_value('NEW', n, k)}" for n, k in shown)
    updated = ", ".join(
        f"'{n}', CASE WHEN OLD.{n} IS NOT NEW.{n} THEN json_array("
        f"{_value('OLD', n, k)}, {_value('NEW', n, k)}) END" for n, k in shown)
    deleted = ", ".join(f"'{n}', json_array({_value('OLD', n, k)}, NULL)" for n, k in shown)
    changed = " OR ".join(f"OLD.{n} IS NOT NEW.{n}" for n, _ in shown)

    def body(action: str, row: str, changes: str) -> str:
        return (f"BEGIN INSERT INTO audit_entry (at, user_id, username, action, table_name, "
                f"row_id, changes) VALUES ({SQLITE_NOW}, NULL, '{MARKER}', '{action}', "
                f"'{table}', {row}.{key}, {changes}); END")

    return {
        f"{table}_audit_insert": f"CREATE TRIGGER {table}_audit_insert AFTER INSERT ON {table} "
        + body("insert", "NEW", f"json_patch('{{}}', json_object({inserted}))"),
        f"{table}_audit_update": f"CREATE TRIGGER {table}_audit_update AFTER UPDATE ON {table} "
        f"WHEN {changed} " + body("update", "NEW", f"json_patch('{{}}', json_object({updated}))"),
        f"{table}_audit_delete": f"CREATE TRIGGER {table}_audit_delete AFTER DELETE ON {table} "
        + body("delete", "OLD", f"json_object({deleted})"),
    }


def expected_triggers(connection: Connection) -> dict[str, str]:
    """Every guard trigger the file should hold, by name, for the columns its tables have."""
    expected = dict(APPEND_ONLY)
    for table in AUDITED_TABLES:
        rows = connection.exec_driver_sql(f"PRAGMA table_info({table})").all()
        keys = sorted((int(row[5]), str(row[1])) for row in rows if int(row[5]) > 0)
        if keys:
            expected.update(table_triggers(table, [(str(r[1]), str(r[2])) for r in rows],
                                           keys[0][1]))
    return expected


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _digest(triggers: dict[str, str]) -> str:
    text_ = "\n".join(f"{name}\t{_normal(sql)}" for name, sql in sorted(triggers.items()))
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class GuardState:
    missing_or_altered: tuple[str, ...]   # expected triggers absent or not as created
    foreign: tuple[str, ...]              # other triggers on audit_entry

    @property
    def intact(self) -> bool:
        return not self.missing_or_altered and not self.foreign


def guard_state(connection: Connection) -> GuardState:
    expected = expected_triggers(connection)
    found = {str(name): (str(table), str(sql)) for name, table, sql in connection.execute(text(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"))}
    installed = {name: sql for name, (_table, sql) in found.items() if name in expected}
    foreign = tuple(sorted(name for name, (table, _sql) in found.items()
                           if name not in expected and table == "audit_entry"))
    if _digest(installed) == _digest(expected) and not foreign:
        return GuardState((), ())
    altered = tuple(sorted(name for name, sql in expected.items()
                           if _normal(installed.get(name)) != _normal(sql)))
    return GuardState(altered, foreign)


def check_guards(connection: Connection) -> None:
    """AuditGuardsAltered naming the first trigger missing, altered or foreign."""
    state = guard_state(connection)
    if not state.intact:
        first = (state.missing_or_altered + state.foreign)[0]
        raise AuditGuardsAltered(
            f"The audit trigger {first} of this file is missing or altered: Canvass will not "
            "work on it until an administrator runs `canvass audit restore-guards`",
            DatabaseRefusal.AUDIT_GUARDS, trigger=first)


def restore_guards(connection: Connection, actor: Actor) -> list[str]:
    """Put back every guard trigger missing or altered and drop the foreign ones on
    audit_entry, in `connection`'s transaction; one audit entry says which, under `actor`.
    Returns the triggers touched (none when all were intact: nothing is written then)."""
    state = guard_state(connection)
    if state.intact:
        return []
    expected = expected_triggers(connection)
    # The sqlite3 driver opens its transaction at the first INSERT: open it now, so the DDL is
    # part of it and a failure leaves the file as it was.
    driver = connection.connection.driver_connection
    if driver is not None and not driver.in_transaction:
        connection.exec_driver_sql("BEGIN")
    for name in state.missing_or_altered + state.foreign:
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    for name in state.missing_or_altered:
        connection.exec_driver_sql(expected[name])
    connection.execute(AuditEntry.__table__.insert(), [entry(
        actor, "restore_guards", "audit_entry", None,
        {"restored": list(state.missing_or_altered), "dropped": list(state.foreign)})])
    return list(state.missing_or_altered + state.foreign)
