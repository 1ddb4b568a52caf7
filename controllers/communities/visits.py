"""Recording a door-knock visit: the form's choices, and the save (one audited transaction).

The rules (what is refused, when a fever case opens) and the form's reader are
models.communities.visits'; this is the use case a clerk triggers, permission-checked and
audited like every other.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from controllers.browse.vocabulary import VISIT_OUTCOMES
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.permissions import Permission
from models.communities.door_findings import FoundPerson, NewDoor, ResidenceChange
from models.communities.visit_form import FormMember, VisitForm, visit_form
from models.communities.visits import (
    InvalidVisit,
    MemberAbsence,
    MemberScreening,
    RecordedVisit,
    VisitEntry,
    clean_temperature,
    is_fever,
    record_visit,
)
from models.db.database import Database
from models.enums import MemberPresence, Residence

__all__ = [
    "VISIT_OUTCOMES",
    "FormMember",
    "FoundPerson",
    "InvalidVisit",
    "MemberAbsence",
    "MemberPresence",
    "MemberScreening",
    "NewDoor",
    "RecordedVisit",
    "Residence",
    "ResidenceChange",
    "VisitEntry",
    "VisitForm",
    "clean_temperature",
    "is_fever",
    "load_visit_form",
    "save_visit",
]


@action(Permission.VIEW)
def load_visit_form(database: Database, user: SignedInUser, household_id: int) -> VisitForm:
    """The household's members, and work groups: the community's own first, then the station's."""
    with read_session(database) as session:
        return visit_form(session, household_id)


@action(Permission.RECORD_VISITS)
def save_visit(database: Database, user: SignedInUser, household_id: int, outcome: str,
               visited_at: datetime, team_id: int | None = None, note: str = "",
               screenings: Sequence[MemberScreening] = (),
               now: datetime | None = None, *, absences: Sequence[MemberAbsence] = (),
               residences: Sequence[ResidenceChange] = (), found: Sequence[FoundPerson] = (),
               new_door: NewDoor | None = None, key: uuid.UUID | None = None) -> RecordedVisit:
    """Record the visit and what was found at the door; a CanvassError (nothing written) when a
    rule refuses it. Feverish persons come back as the ids of the fever cases opened for the
    case board; a new door as its household. `key`: the form's (VisitForm.entry_key); a save
    sent again with it answers as the first did and stores nothing twice."""
    entry = VisitEntry(household_id=household_id, outcome=outcome, visited_at=visited_at,
                       team_id=team_id, note=note, screenings=tuple(screenings),
                       absences=tuple(absences), residences=tuple(residences),
                       found=tuple(found), new_door=new_door, key=key)
    with user_session(database, user) as session:
        return record_visit(session, entry, now or datetime.now(), user.id)
