"""Protective supplies per station: stock levels, receiving and drawing, low-stock warnings."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from controllers.browse.system_text import render
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.teams.shifts import now
from models.accounts.permissions import Permission
from models.db.database import Database
from models.teams.supplies import Movement, StockLevel, low_stock, move_stock, movements, stock_levels


@action(Permission.VIEW)
def station_stock(database: Database, user: SignedInUser, station_id: int | None = None,
                  at: datetime | None = None) -> list[StockLevel]:
    with read_session(database) as session:
        return stock_levels(session, at or now(), station_id)


@action(Permission.VIEW)
def low_stock_warnings(database: Database, user: SignedInUser, station_id: int | None = None,
                       at: datetime | None = None) -> list[StockLevel]:
    with read_session(database) as session:
        return low_stock(session, at or now(), station_id)


@action(Permission.VIEW)
def stock_movements(database: Database, user: SignedInUser, stock_id: int) -> list[Movement]:
    """The latest movements, their reasons as people read them (a suit drawn for a transfer is
    Canvass's code until shown)."""
    with read_session(database) as session:
        return [replace(m, reason=render(m.reason)) for m in movements(session, stock_id)]


@action(Permission.MANAGE_TEAMS)
def record_movement(database: Database, user: SignedInUser, stock_id: int, delta: int,
                    reason: str = "", at: datetime | None = None) -> int:
    """Receive (positive) or draw (negative); below zero is refused and nothing is written."""
    with user_session(database, user) as session:
        return move_stock(session, stock_id, delta, reason, at or now(), user.id).id
