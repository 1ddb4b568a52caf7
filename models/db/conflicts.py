"""What the database said when two workstations collided, as the sentence a person reads.

Every action runs in one transaction (controllers' `user_session`), and that is where the
database's own refusals are turned into Canvass's, in one place, on both databases:

* StaleDataError (an UPDATE whose version matched nothing: the row changed since it was read)
  becomes EditConflict, naming the record, its version now and who changed it last;
* IntegrityError becomes WriteClash: the constraint that refused the row (PostgreSQL names it;
  SQLite names the columns, looked up in the schema) is said in words when Canvass knows it (this
  visit is already recorded, the vehicle was just sent, that name was just taken); a foreign key
  means what it refers to was deleted (RecordGone); anything else, a general sentence;
* PostgreSQL's deadlock and serialization failures (two actions locking the same rows in turn)
  become the general WriteClash too.
* a full disk (SQLite's SQLITE_FULL, PostgreSQL's 53100) becomes DiskFull
  (models/db/disk_full.py).

Nothing of the action was written: the transaction is rolled back before the sentence is made.
"""
from __future__ import annotations

import re

from sqlalchemy import Table, UniqueConstraint, event, inspect, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from models.db.disk_full import disk_full
from models.errors import CanvassError, DatabaseRefusal, EditConflict, RecordGone, WriteClash
from models.schema.accounts import AuditEntry
from models.schema.base import Base

R = DatabaseRefusal
# A unique constraint or index → what the person is told clashed. The names are the schema's
# (models/schema, naming convention in base.py); tests/models/db/test_conflicts.py checks each.
CLASHES: dict[str, DatabaseRefusal] = {
    "uq_visit_door_time_outcome": R.CLASH_VISIT,
    "uq_visit_entry_key": R.CLASH_VISIT,
    "uq_transfer_order_vehicle_busy": R.CLASH_VEHICLE,
    "uq_person_case_open_person": R.CLASH_OPEN_CASE,
    "uq_person_resident_id_active": R.CLASH_RESIDENT_ID,
    "ix_responder_resident_id": R.CLASH_RESIDENT_ID,
    **dict.fromkeys((
        "uq_app_user_username", "uq_district_code", "uq_police_station_code", "uq_community_code",
        "uq_facility_name", "ix_facility_code", "ix_lodging_name", "uq_team_station_name",
        "uq_vehicle_plate", "uq_transfer_order_number"), R.CLASH_NAME),
}
UNIQUE_VIOLATION, FOREIGN_KEY_VIOLATION = "23505", "23503"
COLLISIONS = frozenset({"40001", "40P01", "55P03"})   # serialization, deadlock, lock not available
_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (?:index '([^']+)'|(.+))$")
_STALE_TABLE = re.compile(r"on table '([^']+)'")


def _sqlstate(error: DBAPIError) -> str | None:
    return getattr(error.orig, "sqlstate", None)


def unique_name(table: Table, columns: list[str]) -> str | None:
    """The unique constraint or index of `table` on exactly `columns`, as SQLite names only
    the columns of the one that refused a row."""
    uniques = [(c.name, [col.name for col in c.columns]) for c in table.constraints
               if isinstance(c, UniqueConstraint)]
    uniques += [(i.name, [col.name for col in i.columns]) for i in table.indexes if i.unique]
    for name, held in uniques:
        if held == columns and isinstance(name, str):
            return name
    return None


def constraint_of(error: IntegrityError) -> str | None:
    """The name of the unique constraint that refused the row, if the database says."""
    diag = getattr(error.orig, "diag", None)
    if diag is not None:
        return getattr(diag, "constraint_name", None)
    match = _SQLITE_UNIQUE.search(str(error.orig))
    if match is None:
        return None
    if match.group(1):
        return match.group(1)
    pairs = [part.strip().split(".", 1) for part in match.group(2).split(",")]
    table = Base.metadata.tables.get(pairs[0][0]) if pairs and len(pairs[0]) == 2 else None
    return unique_name(table, [pair[-1] for pair in pairs]) if table is not None else None


def clash_of(error: IntegrityError) -> CanvassError:
    """The refusal for a row the database would not take."""
    foreign_key = (_sqlstate(error) == FOREIGN_KEY_VIOLATION
                   or "FOREIGN KEY constraint failed" in str(error.orig))
    if foreign_key:
        return RecordGone("What this change refers to was deleted by someone else; "
                          "nothing was saved")
    unique = _sqlstate(error) == UNIQUE_VIOLATION or "UNIQUE constraint failed" in str(error.orig)
    name = constraint_of(error) if unique else None
    if not unique:
        return WriteClash("The database refused the change; nothing was saved", R.BROKEN_RULE,
                          None)
    return WriteClash(f"Another workstation saved the same record first ({name or 'unknown'}); "
                      "nothing was saved", CLASHES.get(name or "", R.CLASH), name)


FLUSHED = "canvass.flushed_versions"


def _note_versioned(session: Session, _context: object, _instances: object) -> None:
    """Before each flush: the versioned rows it is about to change, by table. A failed flush
    forgets them (rolled back, the objects may be gone), and the conflict must name the row."""
    rows: dict[str, set[int]] = {}
    for instance in (*session.dirty, *session.deleted):
        state = inspect(instance)
        if state.mapper.version_id_col is not None and state.identity:
            rows.setdefault(state.mapper.local_table.name, set()).add(int(state.identity[0]))
    session.info[FLUSHED] = rows


def attach(sessions: sessionmaker[Session]) -> None:
    """Sessions of `sessions` remember what each flush changes, for `stale_conflict`."""
    event.listen(sessions, "before_flush", _note_versioned)


def stale_conflict(session: Session, error: StaleDataError) -> CanvassError:
    """The EditConflict for a versioned UPDATE or DELETE that found the row changed: which row
    (when the flush changed one row of that table), its version now, who changed it last."""
    match = _STALE_TABLE.search(str(error))
    table_name = match.group(1) if match else ""
    held = set(session.info.get(FLUSHED, {}).get(table_name, ()))
    session.rollback()
    table = Base.metadata.tables.get(table_name)
    if table is None or len(held) != 1 or "version" not in table.c:
        return EditConflict(table_name, 0, 0, None, None, [])
    row_id = int(held.pop())
    version = session.scalar(select(table.c.version).where(table.c.id == row_id))
    if version is None:
        return RecordGone("This record was deleted by someone else; nothing was saved")
    last = session.execute(select(AuditEntry.username, AuditEntry.at).where(
        AuditEntry.table_name == table_name, AuditEntry.row_id == row_id)
        .order_by(AuditEntry.id.desc()).limit(1)).first()
    session.rollback()
    return EditConflict(table_name, row_id, int(version), last[0] if last else None,
                        last[1] if last else None, [])


def as_refusal(session: Session, error: BaseException) -> CanvassError | None:
    """The person's sentence for what the database raised, the session rolled back; None when
    the error is none of these (a lost connection, a bug). A full disk is said as such."""
    full = disk_full(error)
    if full is not None:
        session.rollback()
        return full
    if isinstance(error, StaleDataError):
        return stale_conflict(session, error)
    if isinstance(error, IntegrityError):
        session.rollback()
        return clash_of(error)
    if isinstance(error, DBAPIError) and _sqlstate(error) in COLLISIONS:
        session.rollback()
        return WriteClash("Another workstation was saving the same records; nothing was saved",
                          R.CLASH, None)
    return None
