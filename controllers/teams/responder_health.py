"""Responder health at the keyboard: the daily temperature, stand-downs and replacements."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.teams.shifts import now
from models.accounts.permissions import Permission
from models.db.database import Database
from models.teams.responder_health import (
    Candidate,
    CheckOutcome,
    ResponderChoice,
    Unchecked,
    assign_replacement,
    parse_temperature,
    record_check,
    replacement_candidates,
    responders_named,
    unchecked_on_duty,
)


def checked_temperature(temperature: str) -> Decimal:
    """The reading as it would be recorded, or the refusal at once: the fast-entry form checks
    before it queues a save, so a slip of the finger is retyped while the member is still chosen."""
    return parse_temperature(temperature)


@action(Permission.RECORD_TEMPERATURES)
def record_temperature(database: Database, user: SignedInUser, responder_id: int,
                       temperature: str | float | Decimal, unwell: bool = False,
                       note: str = "", at: datetime | None = None) -> CheckOutcome:
    """Parsed before any session opens: 30 or 45 °C is refused with nothing written. A fever
    or feeling unwell stands the responder down (models/teams/responder_health.py)."""
    reading = parse_temperature(temperature)
    with user_session(database, user) as session:
        return record_check(session, responder_id, reading, unwell, at or now(), user.id, note)


@action(Permission.VIEW)
def not_checked_today(database: Database, user: SignedInUser, station_id: int | None = None,
                      at: datetime | None = None) -> list[Unchecked]:
    with read_session(database) as session:
        return unchecked_on_duty(session, station_id, at or now())


@action(Permission.VIEW)
def replacements(database: Database, user: SignedInUser, shift_id: int,
                 at: datetime | None = None) -> list[Candidate]:
    with read_session(database) as session:
        return replacement_candidates(session, shift_id, at or now())


@action(Permission.MANAGE_TEAMS)
def replace_stood_down(database: Database, user: SignedInUser, shift_id: int, replacement_id: int,
                       at: datetime | None = None) -> int:
    """Refused with a sentence if the replacement is unwell, unchecked or busy then."""
    with user_session(database, user) as session:
        return assign_replacement(session, shift_id, replacement_id, at or now()).id


@action(Permission.VIEW)
def find_responders(database: Database, user: SignedInUser, text: str,
                    station_id: int | None = None, limit: int = 20) -> list[ResponderChoice]:
    """Responders whose name starts with `text`, for the fast temperature entry."""
    with read_session(database) as session:
        return responders_named(session, database.kind, text, station_id, limit)
