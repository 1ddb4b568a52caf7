"""Loading a register file into the database: everything or nothing, in one transaction.

Rows stream through: read → checked → grouped into households → written in chunks with the
driver's executemany (SQLite) or COPY (PostgreSQL) on the transaction's own connection. No ORM
object is made per row (add_all manages some 17,000 rows/s; this is an order of magnitude more).
If any row is refused and the clerk did not ask to skip refused rows, or on a dry run, or on a
cancel, the transaction is rolled back; a process killed halfway leaves an uncommitted transaction
that SQLite's journal and PostgreSQL discard, so the register is as it was.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, insert, text

from models.accounts.audit import Actor, act_as, entry
from models.accounts.audit_bulk import begin_bulk_inserts, end_bulk_inserts
from models.db.database import Database
from models.db.disk_full import disk_full
from models.db.statistics import REGISTER_TABLES, analyse
from models.importing.columns import Mapping
from models.importing.errors import ImportCancelled
from models.importing.households import HouseholdBook, Wanted
from models.importing.readers import RegisterFile
from models.importing.refusals import ImportRefusal
from models.importing.validate import PersonRow, Problem, RowChecker
from models.pinyin import name_key
from models.schema.accounts import AuditEntry

CHUNK = 5000
LOOKUP_CHUNK = 900
MAX_LISTED_PROBLEMS = 100_000
PERSON_COLUMNS = ("household_id", "community_id", "name", "name_pinyin", "resident_id",
                  "resident_id_reversed", "sex", "birth_date", "phone", "is_household_head")
HOUSEHOLD_COLUMNS = ("id", "community_id", "building", "unit", "door", "address")


def _at_least_held(column: str, table: str) -> str:
    """`column` raised to the rows of `table` the community holds (a CASE: SQLite has no
    GREATEST, and PostgreSQL's MAX is an aggregate); the count runs on community_id's index."""
    held = f"(SELECT COUNT(*) FROM {table} WHERE {table}.community_id = community.id)"
    return f"{column} = CASE WHEN {column} < {held} THEN {held} ELSE {column} END"


RAISE_TO_HELD = text(f"UPDATE community SET {_at_least_held('registered_households', 'household')}, "
                     f"{_at_least_held('registered_persons', 'person')} WHERE id = :c")


class OnExisting(StrEnum):
    """A row whose ID is already in the register: keep the register's person, or update it."""
    KEEP = "keep"
    UPDATE = "update"


@dataclass(frozen=True)
class ImportOptions:
    today: date
    community: str = ""            # for every row without a community column (name or code)
    dry_run: bool = False
    skip_invalid: bool = False
    on_existing: OnExisting = OnExisting.KEEP


@dataclass
class ImportResult:
    rows_read: int = 0
    empty_rows: int = 0
    refused_rows: int = 0
    persons_added: int = 0
    persons_updated: int = 0
    persons_kept: int = 0
    persons_moved: int = 0
    households_added: int = 0
    addresses_unread: int = 0
    without_address: int = 0
    committed: bool = False
    skip_invalid: bool = False
    problems: list[Problem] = field(default_factory=list)
    problems_not_listed: int = 0

    @property
    def refused(self) -> bool:
        """The whole file was turned away because of refused rows (not merely some rows
        skipped, as the clerk asked)."""
        return self.refused_rows > 0 and not self.skip_invalid

    def summary(self) -> dict[str, int]:
        return {"rows_read": self.rows_read, "empty_rows": self.empty_rows,
                "refused_rows": self.refused_rows, "persons_added": self.persons_added,
                "persons_updated": self.persons_updated, "persons_kept": self.persons_kept,
                "persons_moved": self.persons_moved, "households_added": self.households_added,
                "addresses_unread": self.addresses_unread, "without_address": self.without_address}


class _Loader:
    """The state of one import inside its transaction."""

    def __init__(self, connection: Connection, kind: str, result: ImportResult,
                 options: ImportOptions, id_column: str, address_column: str) -> None:
        self.connection = connection
        self.id_column = id_column
        self.address_column = address_column
        self.kind = kind
        self.result = result
        self.options = options
        self.households = HouseholdBook(connection, kind)
        self.grown: set[int] = set()             # communities that gained rows
        self.communities: dict[str, int] = {}
        for cid, code, name in connection.exec_driver_sql("SELECT id, code, name FROM community"):
            self.communities.setdefault(code, cid)
            self.communities[name] = cid

    def note(self, problem: Problem) -> None:
        if len(self.result.problems) < MAX_LISTED_PROBLEMS:
            self.result.problems.append(problem)
        else:
            self.result.problems_not_listed += 1

    def _existing(self, ids: list[str]) -> dict[str, tuple[int, int, int]]:
        """Resident ID → (person, household, community) of the persons already registered: an
        entry merged away stands for the entry it was merged into, and an active entry for an
        ID over one set aside (migration 0013)."""
        found: dict[str, tuple[int, int, int]] = {}
        merged: dict[str, int] = {}                  # resident ID → the entry it was merged into
        # One index lookup per ID (a join of person to itself here let PostgreSQL's planner,
        # blind to a table growing inside the import's transaction, hash the whole table on
        # every chunk); on PostgreSQL the chunk's IDs travel as one array parameter, one
        # statement per chunk with nothing to compile per ID.
        rows = self._by_column("resident_id", ids, "resident_id, id, household_id, community_id, "
                               "merged_into_id", "ORDER BY active, id")
        for rid, pid, hid, cid, into in rows:
            if into is None:
                found[rid] = (pid, hid, cid)
                merged.pop(rid, None)
            elif rid not in found:
                merged[rid] = int(into)
        if merged:
            kept = {pid: (pid, hid, cid) for pid, hid, cid in self._by_column(
                "id", sorted(set(merged.values())), "id, household_id, community_id")}
            for rid, into in merged.items():
                if into in kept:
                    found[rid] = kept[into]
        return found

    def _by_column(self, column: str, values: Sequence[object], shown: str,
                   order: str = "") -> list[tuple[Any, ...]]:
        """The persons whose `column` is one of `values`: one statement on PostgreSQL (an
        array), statements of LOOKUP_CHUNK values on SQLite (its limit on parameters)."""
        if not values:
            return []
        if self.kind == "postgresql":
            # An index probe per value whatever the planner guesses: inside the import's
            # transaction the table grows by a million rows it has no statistics for, and a
            # scan of the whole table per chunk made the import quadratic (a million-row
            # register took over ten minutes; see also `plan_cache_mode` in import_register).
            self.connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            try:
                return [tuple(row) for row in self.connection.exec_driver_sql(
                    f"SELECT {shown} FROM person WHERE {column} = ANY(%(values)s) {order}",
                    {"values": list(values)})]
            finally:
                self.connection.exec_driver_sql("SET LOCAL enable_seqscan = on")
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(values), LOOKUP_CHUNK):
            part = tuple(values[start:start + LOOKUP_CHUNK])
            marks = ", ".join("?" * len(part))
            rows.extend(tuple(row) for row in self.connection.exec_driver_sql(
                f"SELECT {shown} FROM person WHERE {column} IN ({marks}) {order}", part))
        return rows

    def _write(self, table: str, columns: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> None:
        if not rows or self.options.dry_run:
            return
        if self.kind == "postgresql":
            driver = self.connection.connection.driver_connection
            with driver.cursor() as cursor:  # type: ignore[union-attr]
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        else:
            marks = ", ".join("?" * len(columns))
            self.connection.exec_driver_sql(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def flush(self, pending: list[tuple[int, PersonRow]], writing: bool) -> None:
        """Write a chunk of checked rows. With OnExisting.UPDATE a registered person also moves
        to the household of the file's address (in the same community): how a register
        imported before households were built from addresses gets its doors back."""
        existing = self._existing([person.resident_id for _, person in pending])
        sqlite = self.kind == "sqlite"
        wanted: list[Wanted] = []
        persons: list[tuple[int, PersonRow, int]] = []            # community, row, its want
        updates: list[tuple[int, int, PersonRow, int]] = []       # person, household, row, want
        for community_id, person in pending:
            known = existing.get(person.resident_id)
            if known is not None:
                if self.options.on_existing == OnExisting.UPDATE:
                    person_id, household_id, registered_in = known
                    rehome = registered_in == community_id and person.place is not None
                    updates.append((person_id, household_id, person, len(wanted) if rehome else -1))
                    if rehome:
                        wanted.append(Wanted(community_id, person.place, person.row))
                    self.result.persons_updated += 1
                else:
                    self.result.persons_kept += 1
                    self.note(Problem(person.row, self.id_column, "already_registered", "This ID is already "
                                      "in the register; the register's person was kept.",
                                      person.resident_id, blocking=False))
                continue
            persons.append((community_id, person, len(wanted)))
            wanted.append(Wanted(community_id, person.place, person.row))
            if person.place is None:
                self.result.without_address += 1
        assigned = self.households.assign(wanted)
        for unread in assigned.unread:
            self.result.addresses_unread += 1
            self.note(Problem(unread.row, self.address_column, "address_unread",
                              "No building, unit or door could be read from this address: the "
                              "persons living at it make one household, known by the address "
                              "as written.", unread.place.address if unread.place else "",
                              blocking=False))
        self.grown.update(row[1] for row in assigned.new_rows)
        targets = assigned.household_ids
        moves: list[dict[str, object]] = []
        for person_id, household_id, person, want in updates:
            moved_to = targets[want] if want >= 0 else household_id
            self.result.persons_moved += moved_to != household_id
            moves.append({"n": person.name, "k": name_key(person.name), "p": person.phone,
                          "h": moved_to, "i": person_id})
        rows = []
        for community_id, person, want in persons:
            rows.append((targets[want], community_id, person.name, name_key(person.name),
                         person.resident_id, person.resident_id[::-1],
                         person.sex.value if person.sex else None,
                         (person.birth_date.isoformat() if sqlite else person.birth_date)
                         if person.birth_date else None,
                         person.phone, (1 if person.is_head else 0) if sqlite else person.is_head))
            self.grown.add(community_id)
        self.result.households_added += len(assigned.new_rows)
        self.result.persons_added += len(rows)
        if writing:
            self._write("household", HOUSEHOLD_COLUMNS, assigned.new_rows)
            self._write("person", PERSON_COLUMNS, rows)
            if moves and not self.options.dry_run:
                self.connection.execute(text(
                    "UPDATE person SET name = :n, name_pinyin = :k, phone = :p, household_id = :h, "
                    "version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE id = :i"), moves)

    def finish(self, actor: Actor, source: str) -> None:
        """The register's figures become at least what each community now holds. Figures entered
        beforehand (the district workbook's, from the census) stay when they are larger: the file
        is that register, or part of it, not more people on top of it."""
        end_bulk_inserts(self.connection, actor)
        if self.grown:
            self.connection.execute(RAISE_TO_HELD, [{"c": c} for c in sorted(self.grown)])
        changes = {"file": source, **self.result.summary()}
        self.connection.execute(insert(AuditEntry), [entry(actor, "import", "person", None, changes)])


def import_register(database: Database, register: RegisterFile, mapping: Mapping,
                    options: ImportOptions, actor: Actor,
                    progress: Callable[[float], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Check and load every row of `register`; commit only if the import may land whole (or the
    clerk chose to skip refused rows). The result carries the problems for the report."""
    result = ImportResult(skip_invalid=options.skip_invalid)
    checker = RowChecker(register.headers, mapping, options.today, options.community)
    with database.engine.connect() as connection:
        transaction = connection.begin()
        try:
            if database.kind == "postgresql":
                # Every chunk asks the same statements with other values: a plan cached after
                # the first chunks (psycopg prepares a statement run five times) would be made
                # for a table of other size and values; plan each one for its own values.
                connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
            act_as(connection, actor)          # the rows' audit entries name the clerk
            begin_bulk_inserts(connection, ("household", "person"))  # one entry per table
            loader = _Loader(connection, database.kind, result, options,
                             checker.column("resident_id"), checker.column("address"))
            pending: list[tuple[int, PersonRow]] = []
            writing = True
            for number, cells in register.rows:
                result.rows_read += 1
                person, problems = checker.check(number, cells)
                for problem in problems:
                    loader.note(problem)
                if person is None:
                    if problems:
                        result.refused_rows += 1
                        writing = writing and options.skip_invalid
                    else:
                        result.empty_rows += 1
                    continue
                community_id = loader.communities.get(person.community)
                if community_id is None:
                    loader.note(Problem(number, checker.column("community"), "unknown_community",
                                        "No community of this name or code is in the register.",
                                        person.community))
                    result.refused_rows += 1
                    writing = writing and options.skip_invalid
                    continue
                pending.append((community_id, person))
                if len(pending) >= CHUNK:
                    loader.flush(pending, writing)
                    pending.clear()
                    if cancelled is not None and cancelled():
                        raise ImportCancelled("The import was cancelled; nothing was written.",
                                              ImportRefusal.CANCELLED)
                    if progress is not None:
                        progress(register.progress())
            loader.flush(pending, writing)
            result.rows_read -= result.empty_rows
            if writing and not options.dry_run and (result.refused_rows == 0 or options.skip_invalid):
                loader.finish(actor, register.path.name)
                transaction.commit()
                result.committed = True
            else:
                transaction.rollback()
        except BaseException as error:
            transaction.rollback()
            full = disk_full(error)      # the one failure said here: the rest, by the caller
            if full is not None:
                raise full from error
            raise
    if result.committed:
        analyse(database, REGISTER_TABLES)   # the planner sees the new rows at once
    if progress is not None:
        progress(1.0)
    return result
