"""The exposure back-trace at the keyboard: who met a confirmed person in the past 14 days, and
standing them down (models/cases/exposure.py holds the rule)."""
from __future__ import annotations

from datetime import datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.teams.shifts import now
from models.accounts.permissions import Permission
from models.cases.exposure import ExposureTrace, stand_down_case_contacts, trace_case
from models.db.database import Database

__all__ = ["ExposureTrace", "stand_down_exposed_responders", "trace_exposures"]


@action(Permission.VIEW)
def trace_exposures(database: Database, user: SignedInUser, case_id: int,
                    at: datetime | None = None) -> ExposureTrace:
    """The responders who met the case's person in the 14 days up to the confirmation (or up
    to now for a case not confirmed yet: what the trace would be if it were)."""
    with read_session(database) as session:
        return trace_case(session, case_id, at or now())


@action(Permission.MANAGE_TEAMS)
def stand_down_exposed_responders(database: Database, user: SignedInUser, case_id: int,
                                  responder_ids: list[int],
                                  at: datetime | None = None) -> dict[int, list[int]]:
    """Stand each down from now until 14 days after their last contact; returns the shifts
    ended per responder. All or nothing: one responder who was not exposed refuses the lot."""
    with user_session(database, user) as session:
        return stand_down_case_contacts(session, case_id, responder_ids, at or now())
