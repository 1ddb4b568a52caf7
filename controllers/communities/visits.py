"""Recording a door-knock visit: the form's choices, and the save (one audited transaction).

The rules (what is refused, when a fever case opens) are models.communities.visits'; this is the use case a
clerk triggers, permission-checked and audited like every other.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, select

from controllers.browse.vocabulary import VISIT_OUTCOMES
from controllers.communities.coverage import place_of
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.permissions import Permission
from models.communities.visits import (
    InvalidVisit,
    MemberScreening,
    RecordedVisit,
    VisitEntry,
    clean_temperature,
    is_fever,
    record_visit,
)
from models.db.database import Database
from models.enums import TeamKind
from models.schema.geography import Community
from models.schema.register import Household, Person
from models.schema.teams import Team, team_community

__all__ = [
    "VISIT_OUTCOMES",
    "InvalidVisit",
    "MemberScreening",
    "RecordedVisit",
    "VisitEntry",
    "VisitForm",
    "clean_temperature",
    "is_fever",
    "load_visit_form",
    "save_visit",
]


@dataclass(frozen=True)
class VisitForm:
    """What the visit dialog offers for one household: its members and the likely teams."""
    household_id: int
    community_id: int
    place: str
    members: tuple[tuple[int, str], ...]
    teams: tuple[tuple[int, str], ...]


@action(Permission.VIEW)
def load_visit_form(database: Database, user: SignedInUser, household_id: int) -> VisitForm:
    """The household's members, and work groups: the community's own first, then the station's."""
    with read_session(database) as session:
        household = session.get(Household, household_id)
        if household is None:
            raise InvalidVisit(f"household {household_id} is not in the register",
                               "visit_household_unknown")
        members = tuple((int(i), str(n)) for i, n in session.execute(
            select(Person.id, Person.name).where(Person.household_id == household_id)
            .order_by(Person.is_household_head.desc(), Person.id)))
        assigned = select(team_community.c.team_id).where(
            team_community.c.community_id == household.community_id)
        own = [(int(i), str(n)) for i, n in session.execute(
            select(Team.id, Team.name).where(Team.id.in_(assigned), Team.active.is_(True))
            .order_by(case((Team.kind == TeamKind.WORK_GROUP, 0), else_=1), Team.name))]
        station = session.scalar(select(Community.station_id).where(
            Community.id == household.community_id))
        others = [(int(i), str(n)) for i, n in session.execute(
            select(Team.id, Team.name).where(Team.station_id == station, Team.active.is_(True),
                                             Team.kind == TeamKind.WORK_GROUP,
                                             Team.id.not_in(assigned)).order_by(Team.name))]
        return VisitForm(household.id, household.community_id,
                         place_of(household.building, household.unit, household.door),
                         members, tuple(own + others))


@action(Permission.RECORD_VISITS)
def save_visit(database: Database, user: SignedInUser, household_id: int, outcome: str,
               visited_at: datetime, team_id: int | None = None, note: str = "",
               screenings: Sequence[MemberScreening] = (),
               now: datetime | None = None) -> RecordedVisit:
    """Record the visit; InvalidVisit (nothing written) when a rule refuses it. Feverish members
    come back as the ids of the fever cases opened for the case board."""
    entry = VisitEntry(household_id=household_id, outcome=outcome, visited_at=visited_at,
                       team_id=team_id, note=note, screenings=tuple(screenings))
    with user_session(database, user) as session:
        return record_visit(session, entry, now or datetime.now(), user.id)
