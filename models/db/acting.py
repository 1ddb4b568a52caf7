"""Who is writing: the Canvass user of each transaction, where the database's audit triggers
read it (migration 0019), and the chaining of each audit entry on SQLite.

PostgreSQL: `set_config('canvass.user', …, true)` and `canvass.user_id`, transaction-local, at
the start of every session transaction made for a signed-in person (and by `act_as` on a Core
connection, as the register import's); they end with the transaction, so a pooled connection
never carries one person's name into the next. The triggers chain entries at commit themselves.

SQLite: a trigger stored in the file sees only the file's tables and SQLite's own functions —
never a connection's temp table or a function Python registered (a tool without them, the
sqlite3 shell, would fail every write). So the stored triggers write the marker 'sqlite', and each
Canvass connection adds, on top, registered functions and one TEMP trigger on audit_entry that
rewrites a marked entry with the connection's actor and chains every entry (sha256 over the
previous hash and the entry's fields, `chain_text`) before it lands. The actor lives on the pool's
record of the driver connection and is cleared when the connection goes back to the pool.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

MARKER = "sqlite"          # who, in an entry a stored SQLite trigger wrote
STATE = "canvass_actor"    # the key of a connection's _State in its pool record's info
BULK = "canvass_bulk"      # the key of a bulk load's marks (models/accounts/audit_bulk.py)


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str


def chain_part(value: Any) -> str:
    """One field of the chained text: its length, a colon and itself; NULL is "~" (so no two
    different entries read the same, whatever their fields hold)."""
    return "~" if value is None else f"{len(str(value))}:{value}"


def chain_hash(*fields: Any) -> str:
    """sha256 (hex) over (chain_seq, prev_hash, id, at, user_id, username, db_role, action,
    table_name, row_id, changes), `at` as 'YYYY-MM-DD HH:MM:SS.ffffff' text — the same as
    PostgreSQL's canvass_audit_hash."""
    return hashlib.sha256("".join(chain_part(v) for v in fields).encode("utf-8")).hexdigest()


def moment_text(value: datetime | str) -> str:
    """`at` as it is chained: PostgreSQL's timestamp as text; SQLite's stored text as it is."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(value, datetime) else str(value)


def id_ranges(ids: Iterable[int]) -> str:
    """1,2,3,5 → "1-3,5": the ids of a bulk insert, as PostgreSQL's trigger writes them too."""
    ranges: list[str] = []
    run: list[int] = []
    for ident in sorted(set(ids)):
        if run and ident == run[-1] + 1:
            run[-1] = ident
            continue
        if run:
            ranges.append(str(run[0]) if run[0] == run[-1] else f"{run[0]}-{run[-1]}")
        run = [ident, ident]
    if run:
        ranges.append(str(run[0]) if run[0] == run[-1] else f"{run[0]}-{run[-1]}")
    return ",".join(ranges)


@dataclass
class _State:
    """One SQLite driver connection's actor, and whether its sealing trigger is in place."""
    actor: Actor | None = None
    sealing: bool = False
    registered: bool = field(default=False, repr=False)

    def user(self) -> str | None:
        return self.actor.username if self.actor else None

    def user_id(self) -> int | None:
        return self.actor.user_id if self.actor else None


_WRITTEN_BY_TRIGGER = f"(NEW.user_id IS NULL AND NEW.username = '{MARKER}')"
SEAL_TRIGGER = f"""CREATE TEMP TRIGGER IF NOT EXISTS canvass_seal
BEFORE INSERT ON main.audit_entry WHEN NEW.chain_seq IS NULL BEGIN
INSERT INTO audit_entry (id, at, user_id, username, db_role, action, table_name, row_id, changes,
                         chain_seq, prev_hash, hash)
SELECT nid, NEW.at, uid, uname, NEW.db_role, NEW.action, NEW.table_name, NEW.row_id, NEW.changes,
       seq, prev, canvass_seal(seq, prev, nid, NEW.at, uid, uname, NEW.db_role, NEW.action,
                               NEW.table_name, NEW.row_id, NEW.changes)
FROM (SELECT (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_entry) AS nid,
             COALESCE((SELECT MAX(chain_seq) FROM audit_entry WHERE chain_seq IS NOT NULL), 0)
                 + 1 AS seq,
             (SELECT hash FROM audit_entry WHERE chain_seq IS NOT NULL
              ORDER BY chain_seq DESC LIMIT 1) AS prev,
             CASE WHEN {_WRITTEN_BY_TRIGGER} THEN canvass_user_id() ELSE NEW.user_id END AS uid,
             CASE WHEN {_WRITTEN_BY_TRIGGER} THEN COALESCE(canvass_user(), NEW.username)
                  ELSE NEW.username END AS uname);
SELECT RAISE(IGNORE);
END"""


def _sqlite_state(connection: Connection) -> _State:
    """The connection's state, its functions registered and (once the schema has the chain
    columns) its sealing trigger in place; made on first use, kept while the connection lives."""
    record = connection.connection
    state: _State | None = record.info.get(STATE)
    if state is None:
        state = record.info[STATE] = _State()
    driver = record.driver_connection
    if driver is None:
        return state
    if not state.registered:
        driver.create_function("canvass_user", 0, state.user)
        driver.create_function("canvass_user_id", 0, state.user_id)
        driver.create_function("canvass_seal", 11, chain_hash, deterministic=True)
        state.registered = True
    if not state.sealing and driver.execute(
            "SELECT 1 FROM pragma_table_info('audit_entry') WHERE name = 'chain_seq'"
    ).fetchone() is not None:
        driver.execute(SEAL_TRIGGER)
        state.sealing = True
    return state


def _on_begin(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        _sqlite_state(connection)


def _on_checkin(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    state: _State | None = record.info.get(STATE)
    if state is not None:
        state.actor = None
    record.info.pop(BULK, None)


def act_as(connection: Connection, actor: Actor | None) -> None:
    """Write what follows on `connection`, in its open transaction, under `actor`."""
    if connection.dialect.name == "sqlite":
        _sqlite_state(connection).actor = actor
        return
    connection.execute(text("SELECT set_config('canvass.user', :name, true), "
                            "set_config('canvass.user_id', :ident, true)"),
                       {"name": actor.username if actor else "",
                        "ident": str(actor.user_id) if actor and actor.user_id else ""})


def _after_begin(session: Session, _transaction: SessionTransaction,
                 connection: Connection) -> None:
    actor: Actor | None = session.info.get("actor")
    if actor is not None or connection.dialect.name == "sqlite":
        act_as(connection, actor)


def attach(engine: Engine, sessions: sessionmaker[Session]) -> None:
    """Carry each session's `info["actor"]` to the triggers, and chain entries on SQLite
    (models/opening.py attaches it when a database is opened for work)."""
    event.listen(engine, "begin", _on_begin)
    event.listen(engine.pool, "checkin", _on_checkin)
    event.listen(sessions, "after_begin", _after_begin)


def bulk_summaries(connection: Connection, on: bool) -> None:
    """PostgreSQL: while on, every INSERT of `connection`'s transaction is audited as one entry
    per statement (row count and id ranges), however few rows it holds (`canvass.bulk`)."""
    connection.execute(text("SELECT set_config('canvass.bulk', :on, true)"),
                       {"on": "on" if on else "off"})
