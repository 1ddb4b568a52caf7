"""Facilities for the dispatcher: kind, categories accepted, beds total / taken / free.

Beds taken are maintained by admissions (a transfer delivered) and discharges in the same
transaction (models/transfers/beds.py), so this board is a plain read of the counters.
"""
from __future__ import annotations

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.transfers.beds import FacilityBeds
from models.transfers.beds import facility_beds as beds_of_facilities


@action(Permission.VIEW)
def facility_beds(database: Database, user: SignedInUser,
                  category: str | None = None) -> list[FacilityBeds]:
    """Every facility with its beds (optionally only those taking `category`), fullest last."""
    with read_session(database) as session:
        return beds_of_facilities(session, category)
