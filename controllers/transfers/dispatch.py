"""Transfer use cases: dispatch a case in one action, move the order step by step, record the
vehicle's disinfection (models/transfers/dispatch.py and steps.py hold the rules and writes).

Each is one transaction: a refusal (TransferRefused, EditConflict) leaves nothing written.
"""
from __future__ import annotations

from datetime import datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.transfers.suggestion import now
from models.accounts.permissions import Permission
from models.db.database import Database
from models.transfers.dispatch import NumberTaken, order_transfer
from models.transfers.steps import TransferBrief, apply_step, transfer_brief

__all__ = ["TransferBrief", "advance_transfer", "dispatch", "load_transfer",
           "record_disinfection"]

NUMBER_ATTEMPTS = 3


@action(Permission.DISPATCH_TRANSFERS)
def dispatch(database: Database, user: SignedInUser, case_id: int, facility_id: int,
             team_id: int, vehicle_id: int, override_reason: str = "",
             at: datetime | None = None, expected_version: int | None = None) -> int:
    """Order a transfer of `case_id` with this team and vehicle to this facility; returns the
    order's id, or a refusal saying which precondition failed, with nothing written. Two
    dispatches that drew the same sheet number at once: the later one is tried again, in a
    new transaction."""
    for attempt in range(NUMBER_ATTEMPTS):
        try:
            moment = now()
            with user_session(database, user) as session:
                return order_transfer(
                    session, case_id=case_id, facility_id=facility_id, team_id=team_id,
                    vehicle_id=vehicle_id, dispatcher_id=user.id, at=at or moment, now=moment,
                    override_reason=override_reason, expected_version=expected_version)
        except NumberTaken:
            if attempt == NUMBER_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


@action(Permission.DISPATCH_TRANSFERS)
def advance_transfer(database: Database, user: SignedInUser, transfer_id: int,
                     expected_version: int, step: str, at: datetime | None = None,
                     reason: str = "") -> int:
    """Move the order one step (see models/transfers/workflow.py); returns its new version.
    Delivered takes a bed and admits the case; picked up puts it in transit; failed (the
    patient refused) puts it on the persuasion road; cancelled returns it to the queue."""
    moment = now()
    with user_session(database, user) as session:
        return apply_step(session, user.id, transfer_id, expected_version, step, at or moment,
                          moment, reason)


@action(Permission.DISPATCH_TRANSFERS)
def record_disinfection(database: Database, user: SignedInUser, transfer_id: int, inside: bool,
                        outside: bool, by_name: str, at: datetime | None = None,
                        expected_version: int | None = None) -> int:
    """The vehicle was disinfected inside and out after this trip: it may be dispatched again."""
    moment = now()
    with user_session(database, user) as session:
        return apply_step(session, user.id, transfer_id, expected_version, "disinfected",
                          at or moment, moment, disinfection=(inside, outside, by_name))


@action(Permission.VIEW)
def load_transfer(database: Database, user: SignedInUser, transfer_id: int) -> TransferBrief:
    with read_session(database) as session:
        return transfer_brief(session, transfer_id)
