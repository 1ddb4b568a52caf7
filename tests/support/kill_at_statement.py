"""The process the kill sweep kills: `python -m tests.support.kill_at_statement`.

It imports Canvass once, then for each trial the sweep sends on stdin (one line of JSON: the
database's URL, the action, its arguments and the boundary N to die at) forks a child that
counts every statement the action sends (SQLAlchemy's `before_cursor_execute`) and every commit
(`commit`, before the driver's), and calls `os._exit(137)` as boundary N is reached: no
rollback, no closing, no atexit, the SQLite file and the PostgreSQL socket left as a power cut
or `kill -9` leaves them. N = 0 counts the boundaries up to the first commit and dies there
(learning the action's length without committing it); N = -1 runs the action to its end. One
line of JSON answers each: the child's exit code, the boundaries it passed and, when the action
raised, what.

Forked, not spawned, per trial: a fresh Python importing Canvass costs seconds, a fork of this
one milliseconds, and the child is still a process of its own that dies mid-action. Before the
first trial of an action the server runs it once itself, stopped at its commit and rolled back,
so that the forks inherit its statements compiled (compiling them again in every child cost
most of a trial). No connection crosses a fork (the pool is emptied before each): one shared
by two processes would corrupt both.
"""
from __future__ import annotations

import gc
import json
import os
import sys
import traceback
from typing import Any

from sqlalchemy import event

from models.db.database import Database
from models.opening import open_database
from tests.support.fault_actions import ACTIONS

KILLED = 137
COUNT_TO_COMMIT, RUN_WHOLE = 0, -1


class WarmedUp(Exception):
    """Raised at the warm-up run's commit: the action rolls back and writes nothing."""


def _stop_at_commit(*_args: Any) -> None:
    raise WarmedUp


def warm_up(database: Database, action: str, arguments: dict[str, Any]) -> None:
    event.listen(database.engine, "commit", _stop_at_commit)
    try:
        ACTIONS[action].run(database, arguments)
    except Exception:  # noqa: BLE001 - WarmedUp, or what the trials will report themselves
        pass
    finally:
        event.remove(database.engine, "commit", _stop_at_commit)
        database.engine.dispose()


def _trial(database: Database, action: str, arguments: dict[str, Any], kill_at: int,
           answer: int) -> None:
    """In the forked child: never returns."""
    try:
        passed = 0

        def tell(**what: Any) -> None:
            os.write(answer, json.dumps({"boundaries": passed, **what}).encode())

        def boundary(*_args: Any, commit: bool = False) -> None:
            nonlocal passed
            passed += 1
            if passed == kill_at or (commit and kill_at == COUNT_TO_COMMIT):
                tell()
                os._exit(KILLED)

        event.listen(database.engine, "before_cursor_execute", boundary)
        event.listen(database.engine, "commit", lambda *args: boundary(*args, commit=True))
        ACTIONS[action].run(database, arguments)
        tell()
        os._exit(0)
    except BaseException as error:  # noqa: BLE001 - the sweep reports it; the child must die
        try:
            os.write(answer, json.dumps({"boundaries": -1, "error": "".join(
                traceback.format_exception_only(error)).strip()}).encode())
        finally:
            os._exit(1)


def _fork(database: Database, action: str, arguments: dict[str, Any], kill_at: int
          ) -> dict[str, Any]:
    database.engine.dispose()
    database.memo.clear()
    read_end, answer = os.pipe()
    sys.stdout.flush()
    gc.freeze()     # the child's collections leave the server's objects alone: fewer pages copied
    child = os.fork()
    if child == 0:
        os.close(read_end)
        _trial(database, action, arguments, kill_at, answer)
    os.close(answer)
    _pid, status = os.waitpid(child, 0)
    said = b""
    while chunk := os.read(read_end, 65536):
        said += chunk
    os.close(read_end)
    report: dict[str, Any] = json.loads(said) if said else {"boundaries": -1,
                                                             "error": "no answer"}
    report["rc"] = os.waitstatus_to_exitcode(status)
    return report


def serve() -> None:
    """Trials until stdin closes; the database of the latest URL kept open between them."""
    database: Database | None = None
    opened: str | None = None
    warmed: tuple[str, str] | None = None
    for line in sys.stdin:
        trial = json.loads(line)
        url, action = trial["url"], trial["action"]
        if database is None or opened != url:
            if database is not None:
                database.dispose()
            database, opened = open_database(url, migrate=False), url
        if warmed != (url, action):
            warm_up(database, action, trial["arguments"])
            warmed = (url, action)
        report = _fork(database, action, trial["arguments"], int(trial["kill_at"]))
        print(json.dumps(report), flush=True)
    if database is not None:
        database.dispose()


if __name__ == "__main__":
    serve()
