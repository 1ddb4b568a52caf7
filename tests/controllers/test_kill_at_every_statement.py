"""Every write action killed at each statement boundary in turn, on both databases (issue 21):
after each death the database is sound (integrity, foreign keys), its coverage tallies equal a
recount, its audit chain verifies, and nothing of the action is there; run whole, all of it is.

How: tests/support/faults.py (the checks, the sampling of long actions) and
tests/support/kill_at_statement.py (the child that dies). The figures are in the README,
"Reliability".
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from models.db.database import Database
from tests.support.faults import ACTIONS, KillServer, sweep

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server() -> Iterator[KillServer]:
    with KillServer() as started:
        yield started


@pytest.mark.parametrize("name", list(ACTIONS))
def test_killed_at_every_statement_the_action_is_all_or_nothing(
        server: KillServer, database: Database, tmp_path: Path, name: str) -> None:
    figures = sweep(server, database, ACTIONS[name], tmp_path)
    print(figures.line())
