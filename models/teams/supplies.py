"""Protective supplies per station: stock that never goes below zero, and how long it lasts.

Every transfer burns one protective suit per crew member; a station that sees its suits run
out tomorrow must know today. Days left = stock ÷ the average daily use of the last seven days,
computed in SQL over supply_movement; a stock is low when it lasts fewer days than its own
low-stock days (the district workbook's 低库存天数, 3 unless set), or is at its threshold.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from models.enums import SupplyItem
from models.errors import DatabaseRefusal
from models.schema.geography import PoliceStation
from models.schema.supplies import DEFAULT_LOW_STOCK_DAYS, SupplyMovement, SupplyStock
from models.teams.refusals import TeamRefusal
from models.teams.shifts import RosterRefused

USE_WINDOW_DAYS = 7


class SupplyRefused(RosterRefused):
    """A stock movement that would break a rule (below zero, zero, unknown stock)."""


@dataclass(frozen=True)
class StockLevel:
    stock_id: int
    station_id: int
    station: str
    item: SupplyItem
    quantity: int
    low_threshold: int
    used_last_week: int
    low_stock_days: int = DEFAULT_LOW_STOCK_DAYS

    @property
    def daily_use(self) -> float:
        return self.used_last_week / USE_WINDOW_DAYS

    @property
    def days_left(self) -> float | None:
        """None when nothing was used this week: the stock lasts as long as nobody draws it."""
        return self.quantity / self.daily_use if self.used_last_week > 0 else None

    @property
    def low(self) -> bool:
        days = self.days_left
        return self.quantity <= self.low_threshold or (days is not None and days < self.low_stock_days)


def stock_levels(session: Session, now: datetime, station_id: int | None = None) -> list[StockLevel]:
    """Each stock with its use over the last seven days (one GROUP BY on the movements)."""
    since = now - timedelta(days=USE_WINDOW_DAYS)
    used = (select(SupplyMovement.stock_id, func.sum(-SupplyMovement.delta).label("used"))
            .where(SupplyMovement.delta < 0, SupplyMovement.at >= since, SupplyMovement.at <= now)
            .group_by(SupplyMovement.stock_id).subquery())
    statement = (select(SupplyStock.id, SupplyStock.station_id, PoliceStation.name, SupplyStock.item,
                        SupplyStock.quantity, SupplyStock.low_threshold,
                        func.coalesce(used.c.used, 0), SupplyStock.low_stock_days)
                 .join(PoliceStation, PoliceStation.id == SupplyStock.station_id)
                 .outerjoin(used, used.c.stock_id == SupplyStock.id)
                 .order_by(PoliceStation.name, SupplyStock.item))
    if station_id is not None:
        statement = statement.where(SupplyStock.station_id == station_id)
    return [StockLevel(i, s, name, SupplyItem(item), int(q), int(low), int(u), int(days))
            for i, s, name, item, q, low, u, days in session.execute(statement)]


def low_stock(session: Session, now: datetime, station_id: int | None = None) -> list[StockLevel]:
    return [level for level in stock_levels(session, now, station_id) if level.low]


def move_stock(session: Session, stock_id: int, delta: int, reason: str, at: datetime,
               user_id: int | None, transfer_id: int | None = None) -> SupplyMovement:
    """Receive (positive) or draw (negative) stock. The stock is changed by one conditional
    UPDATE, so two workstations drawing at once cannot take it below zero."""
    if not isinstance(delta, int) or isinstance(delta, bool):   # a form may send 1.5 or True
        raise SupplyRefused("A movement is a whole number", TeamRefusal.ZERO_MOVEMENT)
    if delta == 0:
        raise SupplyRefused("A movement of zero changes nothing", TeamRefusal.ZERO_MOVEMENT)
    stock = session.get(SupplyStock, stock_id)
    if stock is None:
        raise SupplyRefused("No such stock", DatabaseRefusal.GONE)
    changed = cast(CursorResult[*tuple[Any, ...]], session.execute(   # an UPDATE's result
        update(SupplyStock)
        .where(SupplyStock.id == stock_id, SupplyStock.quantity + delta >= 0)
        .values(quantity=SupplyStock.quantity + delta, version=SupplyStock.version + 1)
        .execution_options(synchronize_session=False)))
    if changed.rowcount != 1:
        session.refresh(stock)
        raise SupplyRefused(f"Only {stock.quantity} in stock: cannot draw {-delta}",
                            TeamRefusal.NEGATIVE_STOCK)
    movement = SupplyMovement(stock_id=stock_id, at=at, delta=delta, reason=reason[:200],
                              transfer_id=transfer_id, user_id=user_id)
    session.add(movement)
    session.flush()
    session.expire(stock)
    return movement


@dataclass(frozen=True)
class Movement:
    id: int
    at: datetime
    delta: int
    reason: str


def movements(session: Session, stock_id: int, limit: int = 200) -> list[Movement]:
    """The latest movements of one stock, newest first."""
    return [Movement(*row) for row in session.execute(
        select(SupplyMovement.id, SupplyMovement.at, SupplyMovement.delta, SupplyMovement.reason)
        .where(SupplyMovement.stock_id == stock_id)
        .order_by(SupplyMovement.at.desc(), SupplyMovement.id.desc()).limit(limit))]
