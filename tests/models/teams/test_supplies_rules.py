"""Supplies: stock never below zero; days left at the last week's rate of use."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from models.db.database import Database
from models.enums import SupplyItem
from models.schema import SupplyMovement, SupplyStock
from models.teams.supplies import SupplyRefused, low_stock, move_stock, stock_levels
from tests.support.factories import NOW, make_place


def test_days_left_and_negative_stock(database: Database) -> None:
    with database.sessions.begin() as session:
        place = make_place(session)
        suits = SupplyStock(station_id=place.station_id, item=SupplyItem.PROTECTIVE_SUIT,
                            quantity=0, low_threshold=5)
        session.add(suits)
        session.flush()
        move_stock(session, suits.id, 100, "received", NOW - timedelta(days=6), None)
        move_stock(session, suits.id, -35, "transfers", NOW - timedelta(days=3), None)
        move_stock(session, suits.id, -35, "transfers", NOW - timedelta(days=1), None)
        (level,) = stock_levels(session, NOW)
        assert (level.quantity, level.used_last_week) == (30, 70)
        assert level.days_left == pytest.approx(3.0)
        assert not level.low
        move_stock(session, suits.id, -10, "transfers", NOW, None)
        assert [level.item for level in low_stock(session, NOW)] == [SupplyItem.PROTECTIVE_SUIT]
        movements = session.scalar(select(func.count()).select_from(SupplyMovement))
        with pytest.raises(SupplyRefused) as refused:
            move_stock(session, suits.id, -21, "too many", NOW, None)
        assert refused.value.code == "negative_stock" and "Only 20" in str(refused.value)
        with pytest.raises(SupplyRefused):
            move_stock(session, suits.id, 0, "", NOW, None)
        session.refresh(suits)
        assert suits.quantity == 20
        assert session.scalar(select(func.count()).select_from(SupplyMovement)) == movements


def test_use_older_than_a_week_does_not_count(database: Database) -> None:
    with database.sessions.begin() as session:
        place = make_place(session)
        masks = SupplyStock(station_id=place.station_id, item=SupplyItem.MASK, quantity=500,
                            low_threshold=50)
        session.add(masks)
        session.flush()
        move_stock(session, masks.id, -100, "old", NOW - timedelta(days=8), None)
        (level,) = stock_levels(session, NOW, place.station_id)
        assert level.used_last_week == 0 and level.days_left is None and not level.low
