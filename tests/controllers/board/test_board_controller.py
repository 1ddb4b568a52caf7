"""The four-100% board's reads through its controller: for every role that may read, and measured
at the right moment."""
from __future__ import annotations

from datetime import datetime

import pytest

from controllers.board.rows import board_rows, board_shares
from models.db.database import Database
from tests.support.factories import signed_in
from tests.support.four_hundred import EXPECTED_LIST, make_board_scene


def test_an_older_database_is_measured_at_its_last_evening(database: Database) -> None:
    """Looked at after the campaign, waits are counted to the evening of its last day (the
    transfers' day), not to today: the demo's cases have not waited six years."""
    make_board_scene(database)
    shares = board_shares(database, signed_in("viewer"), now=datetime(2026, 12, 7, 9))
    assert shares.as_of == datetime(2020, 2, 20, 18)
    live = board_shares(database, signed_in("viewer"), now=datetime(2020, 2, 20, 21))
    assert live.as_of == datetime(2020, 2, 20, 21)


def test_every_reading_role_gets_the_list(database: Database) -> None:
    make_board_scene(database)
    for role in ("viewer", "clerk", "dispatcher", "commander", "admin"):
        assert board_rows(database, signed_in(role)).count({}) == len(EXPECTED_LIST)


def test_the_list_refuses_a_filter_it_does_not_know(database: Database) -> None:
    rows = board_rows(database, signed_in("viewer"))
    with pytest.raises(ValueError):
        rows.count({"station_id": 1})
