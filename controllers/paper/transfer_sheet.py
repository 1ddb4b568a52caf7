"""The transfer sheet (转运单) printed for every transfer: by its number, for the transfer on
screen, or a whole day's batch. The sheets are models.transfers.sheet's; here the permission is
checked, one session opened, and resident IDs and phones masked unless the printing user's role
may see them: paper leaves the building.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.masking import shown_phone, shown_resident_id
from models.accounts.permissions import Permission
from models.db.database import Database
from models.transfers import sheet
from models.transfers.refusals import SheetRefusal
from models.transfers.sheet import SheetNotFound, TransferSheet

__all__ = ["SheetNotFound", "TransferSheet", "sheet_by_number", "sheet_of_transfer",
           "sheets_of_day", "sheets_of_transfers"]


def _as_seen_by(found: TransferSheet, user: SignedInUser) -> TransferSheet:
    may_see = user.sees_full_identifiers
    return replace(found, resident_id=shown_resident_id(found.resident_id, may_see),
                   phone=shown_phone(found.phone, may_see))


@action(Permission.VIEW)
def sheet_by_number(database: Database, user: SignedInUser, number: str,
                    printed_at: datetime | None = None) -> TransferSheet:
    """One transfer's sheet; SheetNotFound for a number no transfer carries."""
    with read_session(database) as session:
        found = sheet.sheet_by_number(session, number, printed_at or datetime.now())
    return _as_seen_by(found, user)


@action(Permission.VIEW)
def sheet_of_transfer(database: Database, user: SignedInUser, transfer_id: int,
                      printed_at: datetime | None = None) -> TransferSheet:
    """The sheet of the transfer selected on screen."""
    with read_session(database) as session:
        found = sheet.sheet_of_transfer(session, transfer_id, printed_at or datetime.now())
    return _as_seen_by(found, user)


@action(Permission.VIEW)
def sheets_of_transfers(database: Database, user: SignedInUser, transfer_ids: list[int],
                        printed_at: datetime | None = None) -> list[TransferSheet]:
    """The sheets of the orders selected on screen, in the order given (a few queries for the
    whole batch); SheetNotFound when none of them exists any more."""
    with read_session(database) as session:
        found = sheet.load_sheets(session, list(transfer_ids), printed_at or datetime.now())
    if not found and transfer_ids:
        raise SheetNotFound("Those transfers no longer exist", SheetRefusal.NOT_FOUND)
    return [_as_seen_by(one, user) for one in found]


@action(Permission.VIEW)
def sheets_of_day(database: Database, user: SignedInUser, day: date,
                  printed_at: datetime | None = None) -> list[TransferSheet]:
    """Every transfer ordered on `day`, in the order they were ordered: the day's batch."""
    with read_session(database) as session:
        found = sheet.sheets_of_day(session, day, printed_at or datetime.now())
    return [_as_seen_by(one, user) for one in found]
