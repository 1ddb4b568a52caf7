"""The exposure back-trace at the keyboard: who met a confirmed person in the past 14 days, and
standing them down (models/cases/exposure.py holds the rule)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from controllers.teams.shifts import now
from models.accounts.permissions import Permission
from models.cases.exposure import (
    Exposure,
    ExposureRefused,
    TraceWindow,
    exposures,
    on_duty_or_due,
    stand_down_exposed,
    trace_window,
)
from models.db.database import Database
from models.system_text import SystemText, encode

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ExposureTrace:
    window: TraceWindow
    exposures: list[Exposure]
    still_on_duty: frozenset[int]   # responders with a shift running or to come, not stood down

    @property
    def confirmed(self) -> bool:
        return self.window.confirmed

    @property
    def responders(self) -> list[int]:
        return list(dict.fromkeys(e.responder_id for e in self.exposures))


def _window(session: object, case_id: int, moment: datetime) -> TraceWindow:
    window = trace_window(session, case_id, moment)  # type: ignore[arg-type]
    if window is None:
        raise ExposureRefused(f"No case {case_id}", "exposure_case_not_found")
    return window


@action(Permission.VIEW)
def trace_exposures(database: Database, user: SignedInUser, case_id: int,
                    at: datetime | None = None) -> ExposureTrace:
    """The responders who met the case's person in the 14 days up to the confirmation (or up
    to now for a case not confirmed yet: what the trace would be if it were)."""
    moment = at or now()
    with read_session(database) as session:
        window = _window(session, case_id, moment)
        found = exposures(session, window)
        on_duty = on_duty_or_due(session, list({e.responder_id for e in found}), moment)
    return ExposureTrace(window, found, frozenset(on_duty))


@action(Permission.MANAGE_TEAMS)
def stand_down_exposed_responders(database: Database, user: SignedInUser, case_id: int,
                                  responder_ids: list[int],
                                  at: datetime | None = None) -> dict[int, list[int]]:
    """Stand each down from now until 14 days after their last contact; returns the shifts
    ended per responder. All or nothing: one responder who was not exposed refuses the lot."""
    moment = at or now()
    reason = encode(SystemText.STOOD_DOWN_EXPOSED, case=case_id)
    with user_session(database, user) as session:
        window = _window(session, case_id, moment)
        return stand_down_exposed(session, window, list(responder_ids), moment, reason)
