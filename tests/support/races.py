"""Two workstations doing the same thing at the same moment, many times over, at random.

Each workstation is its own Database (its own engine and connection pool) on the same SQLite file
or PostgreSQL database, as two Canvass windows on two desks would be. A race releases both at a
barrier, each after a random pause of up to a few milliseconds, so that over hundreds of races
every interleaving of their statements occurs: the reads of one between the reads and the write
of the other, the write of one between the two reads, and so on.

How many races: `CANVASS_RACES` (CI runs the default; the README's figure is a local run of
1,000). The seed is random and printed with every failure; `CANVASS_RACE_SEED` replays one.
"""
from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

from models.db.database import Database
from models.opening import open_database
from tests.support.second_workstation import url_of

T = TypeVar("T")
RACES = int(os.environ.get("CANVASS_RACES", "200"))
JITTER_S = 0.004


def race_seed() -> int:
    return int(os.environ.get("CANVASS_RACE_SEED") or time.time_ns() % 2**32)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What one workstation got: the action's result, or what it raised."""
    result: T | None = None
    error: BaseException | None = None

    @property
    def won(self) -> bool:
        return self.error is None


@contextmanager
def two_workstations(database: Database) -> Iterator[tuple[Database, Database]]:
    """Two more openings of the test's database, closed afterwards."""
    url = url_of(database)
    first, second = open_database(url), open_database(url)
    try:
        yield first, second
    finally:
        first.dispose()
        second.dispose()


class Racer:
    """Runs pairs of calls at once on two long-lived threads (a thread per race would make the
    start-up of the second thread, not the database, decide who comes first)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pool = ThreadPoolExecutor(2, thread_name_prefix="workstation")

    def __enter__(self) -> Racer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.pool.shutdown(wait=True)

    def race(self, first: Callable[[], T], second: Callable[[], T]
             ) -> tuple[Outcome[T], Outcome[T]]:
        gate = threading.Barrier(2)
        pauses = (self.rng.random() * JITTER_S, self.rng.random() * JITTER_S)

        def run(call: Callable[[], T], pause: float) -> Outcome[T]:
            gate.wait(timeout=30)
            time.sleep(pause)
            try:
                return Outcome(result=call())
            except BaseException as error:  # noqa: BLE001 - judged by the test
                return Outcome(error=error)

        futures = [self.pool.submit(run, first, pauses[0]), self.pool.submit(run, second, pauses[1])]
        one, two = (future.result(timeout=120) for future in futures)
        return one, two


def describe(outcome: Outcome[object]) -> str:
    if outcome.error is None:
        return "won"
    error = outcome.error
    return f"{type(error).__name__}({getattr(error, 'code', '')}: {error})"
