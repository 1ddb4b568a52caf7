"""Killing a write action at each statement boundary in turn, as SQLite's own crash tests do, and
checking after each kill that the database is whole: shared by the reliability tests.

A sweep of one action (`sweep`): the scene is written; a child process (tests/support/
kill_at_statement.py) runs the action once to count its boundaries — every statement it sends,
and its commits — dying at its first commit; then once per boundary N, dying as N is reached;
then once whole. After every death the test's own process checks:

* the file is sound (SQLite: `PRAGMA integrity_check` says ok, `PRAGMA foreign_key_check` finds
  nothing);
* the coverage tallies the triggers keep equal a recount from the visits (models/schema/tallies.py);
* the audit trail's chain verifies, every entry in it (models/accounts/audit_verify.py);
* nothing of the action is there: every table holds what it held before, row for row — what an
  action writes is one transaction, so a death before its commit must leave all of it out.

After the whole run the same checks hold, and the action's rows and its audit entries are there.
An action may commit more than once (an import commits its rows, then refreshes the planner's
statistics in a transaction of its own): a kill past the first commit must find the action
there whole, the same rows in every table as the whole run left; before each such kill the
database goes back to the scene (`Kept`).
Statements are swept one by one up to SAMPLE_ALL boundaries; a longer action (an import) is
sampled deterministically: its first and last FIRST_AND_LAST and SAMPLES evenly between.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import create_engine, inspect

from models.accounts.audit_verify import verify_chain
from models.db.database import Database
from models.schema.tallies import recount, snapshot
from tests.support.fault_actions import ACTIONS, FaultAction

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ALL, SAMPLES, FIRST_AND_LAST = 40, 40, 5
KILLED = 137
Tables = dict[str, tuple[int, str]]


@dataclass(frozen=True)
class Sweep:
    """What one sweep did, for the README's table: the action's boundaries (statements and
    commits) and the first commit's place among them, the boundaries killed at, and the
    seconds the sweep took."""
    action: str
    backend: str
    boundaries: int
    first_commit: int
    kills: int
    seconds: float

    def line(self) -> str:
        return (f"{self.action} on {self.backend}: {self.boundaries} boundaries (first commit "
                f"{self.first_commit}), {self.kills} kills, {self.seconds:.1f} s")


def chosen(first: int, last: int) -> list[int]:
    """Every boundary from `first` to `last` when they are few; else the first and last few and
    an even spread between."""
    if last - first + 1 <= SAMPLE_ALL:
        return list(range(first, last + 1))
    spread = {first + round(i * (last - first) / (SAMPLES - 1)) for i in range(SAMPLES)}
    ends = set(range(first, first + FIRST_AND_LAST)) | set(range(last - FIRST_AND_LAST + 1,
                                                                 last + 1))
    return sorted(spread | ends)


class KillServer:
    """The forking process of tests/support/kill_at_statement.py: started once (importing
    Canvass takes seconds), it serves the trials of every sweep."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.kill_at_statement"], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def trial(self, database: Database, action: str, arguments: dict[str, Any],
              kill_at: int) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({
            "url": database.url.render_as_string(hide_password=False), "action": action,
            "arguments": arguments, "kill_at": kill_at}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, f"the kill server died (exit {self.process.poll()})"
        report: dict[str, Any] = json.loads(line)
        return report

    def __enter__(self) -> KillServer:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def tables(database: Database) -> Tables:
    """Every table's row count and a hash of its rows: what "nothing changed" is compared by."""
    held: Tables = {}
    with database.engine.connect() as connection:
        for name in sorted(inspect(connection).get_table_names()):
            rows = sorted(repr(tuple(row)) for row in connection.exec_driver_sql(
                f"SELECT * FROM {name}"))
            held[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return held


def soundness(database: Database) -> list[str]:
    """What is wrong with the database as a whole: the file, the tallies, the audit chain."""
    problems = []
    with database.engine.connect() as connection:
        if database.kind == "sqlite":
            integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.append(f"integrity_check: {integrity[:5]}")
            keys = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if keys:
                problems.append(f"foreign_key_check: {keys[:5]}")
        kept = snapshot(connection)
        recount(connection)
        if snapshot(connection) != kept:
            problems.append("the tallies differ from a recount")
        connection.rollback()       # the recount was only to compare
    with database.engine.connect() as connection:   # its own: it streams, changing the options
        verdict = verify_chain(connection)
        if not verdict.intact:
            problems.append(f"audit chain: {verdict}")
    return problems


def changed(before: Tables, after: Tables) -> list[str]:
    return [f"{name} ({before.get(name, (0, ''))[0]} -> {after.get(name, (0, ''))[0]} rows)"
            for name in sorted(set(before) | set(after)) if before.get(name) != after.get(name)]


class Kept:
    """The database as the scene left it, to go back to after a kill that came after the
    action's first commit (its later transactions: the statistics an import refreshes).
    SQLite: a copy of the file; PostgreSQL: a database made from it as a template."""

    def __init__(self, database: Database, folder: Path) -> None:
        self.database = database
        database.engine.dispose()
        if database.kind == "sqlite":
            self.path = Path(str(database.url.database))
            self.copy = folder / "kept.sqlite3"
            connection = sqlite3.connect(self.path)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
            shutil.copyfile(self.path, self.copy)
        else:
            self.name = str(database.url.database)
            self._admin(f"CREATE DATABASE {self.name}_kept TEMPLATE {self.name}")

    def _admin(self, *statements: str) -> None:
        admin = create_engine(self.database.url.set(database="postgres"),
                              isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
        admin.dispose()

    def restore(self) -> None:
        self.database.engine.dispose()
        if self.database.kind == "sqlite":
            for left in (Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
                left.unlink(missing_ok=True)
            shutil.copyfile(self.copy, self.path)
        else:
            self._admin(f"DROP DATABASE {self.name} WITH (FORCE)",
                        f"CREATE DATABASE {self.name} TEMPLATE {self.name}_kept")

    def drop(self) -> None:
        if self.database.kind == "postgresql":
            self._admin(f"DROP DATABASE {self.name}_kept")


def sweep(server: KillServer, database: Database, action: FaultAction, folder: Path) -> Sweep:
    """Kill `action` at each (or each sampled) boundary on `database`; fail naming the first
    boundary after which the database was not whole."""
    arguments = action.prepare(database, folder)
    before = tables(database)
    assert soundness(database) == []
    kept = Kept(database, folder)
    started = time.monotonic()

    def killed(kill_at: int, boundaries: int) -> str:
        report = server.trial(database, action.name, arguments, kill_at)
        where = f"{action.name} on {database.kind}, killed at boundary {kill_at} of {boundaries}"
        assert (report["rc"], report["boundaries"]) == (KILLED, kill_at), f"{where}: {report}"
        assert soundness(database) == [], f"{where}: {soundness(database)}"
        return where

    try:
        learned = server.trial(database, action.name, arguments, 0)
        assert learned["rc"] == KILLED, f"{action.name} did not reach its commit: {learned}"
        first_commit = int(learned["boundaries"])
        points = chosen(1, first_commit)
        for kill_at in points:
            where = killed(kill_at, first_commit)
            now = tables(database)
            assert now == before, f"{where}: half-written: {changed(before, now)}"
        whole = server.trial(database, action.name, arguments, -1)
        where = f"{action.name} on {database.kind}, run whole"
        assert whole["rc"] == 0, f"{where}: {whole}"
        boundaries = int(whole["boundaries"])
        assert soundness(database) == [], f"{where}: {soundness(database)}"
        after = tables(database)
        grown = {name: after[name][0] - before[name][0] for name in after}
        assert grown["audit_entry"] > 0, f"{where}: nothing audited"
        for name, rows in action.landed.items():
            assert grown[name] == rows, f"{where}: {name} grew by {grown[name]}, not {rows}"
        assert changed(before, after), f"{where}: nothing written"
        later = chosen(first_commit + 1, boundaries)
        for kill_at in later:       # past the first commit: the action must be there whole
            kept.restore()
            where = killed(kill_at, boundaries)
            now = tables(database)
            counts = {name: rows for name, (rows, _hash) in now.items()}
            assert counts == {name: rows for name, (rows, _hash) in after.items()}, (
                f"{where}: not whole: {changed(after, now)}")
    finally:
        database.engine.dispose()
        kept.drop()
    return Sweep(action.name, database.kind, boundaries, first_commit, len(points) + len(later),
                 time.monotonic() - started)


__all__ = ["ACTIONS", "KillServer", "Sweep", "chosen", "soundness", "sweep", "tables"]
