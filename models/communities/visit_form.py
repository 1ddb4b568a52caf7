"""What the visit dialog offers for one household: its members as the teams last found them
(a person to find is marked; the deceased are not listed, nor entries merged away) and the work
groups likely to have knocked, the community's own first."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from models.communities.household import place_of
from models.communities.refusals import CommunityRefusal
from models.communities.visits import InvalidVisit
from models.enums import Residence, TeamKind
from models.schema.geography import Community
from models.schema.register import Household, Person
from models.schema.teams import Team, team_community


@dataclass(frozen=True)
class FormMember:
    """A member as the visit dialog lists them, with what the teams knew of them so far."""
    person_id: int
    name: str
    residence: str = Residence.HERE.value
    where: str = ""
    since: date | None = None
    to_find: bool = False           # named on a contact-tracing list: the team looks for them


@dataclass(frozen=True)
class VisitForm:
    """What the visit dialog offers for one household: its members and the likely teams, and the
    key every save of this form sends, made once as the form is read: a save sent again after
    its answer was lost is then the same visit, not a second one (models/communities/
    visit_keys.py)."""
    household_id: int
    community_id: int
    place: str
    members: tuple[FormMember, ...]
    teams: tuple[tuple[int, str], ...]
    address: str = ""
    building: str = ""      # where a door the list lacks is most likely: beside this one
    unit: str = ""
    entry_key: uuid.UUID = field(default_factory=uuid.uuid4)


def visit_form(session: Session, household_id: int) -> VisitForm:
    """The household's members, and work groups: the community's own first, then the station's;
    InvalidVisit for a household not in the register."""
    household = session.get(Household, household_id)
    if household is None:
        raise InvalidVisit(f"household {household_id} is not in the register",
                           CommunityRefusal.VISIT_HOUSEHOLD_UNKNOWN)
    members = tuple(FormMember(int(i), str(n), getattr(r, "value", str(r)), w or "", since,
                               bool(find))
                    for i, n, r, w, since, find in session.execute(
                        select(Person.id, Person.name, Person.residence, Person.residence_where,
                               Person.residence_since, Person.to_find)
                        .where(Person.household_id == household_id, Person.active.is_(True),
                               Person.residence != Residence.DECEASED)
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
                     members, tuple(own + others), household.address, household.building,
                     household.unit)
