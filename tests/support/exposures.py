"""A confirmed case with visits, transfers and shifts around the 14 days before it: who was exposed is
decided by the same scene in the model and the controller tests."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from models.db.database import Database
from models.schema import DutyShift, Household, Responder, Team, TeamMember, Visit
from tests.support.factories import NOW, make_case, make_person, make_place, make_transfer

CONFIRMED_AT = NOW


@dataclass
class Scene:
    case_id: int
    people: dict[str, int]      # responder name → id
    shifts: dict[str, int]      # label → shift id


def add_scene(database: Database) -> Scene:
    """张伟 confirmed at NOW. Visits to his household by four teams: at exactly 14 days before
    (老李, in), a minute earlier (老赵, out), after the confirmation (老孙, out), and 9 days before
    by a group 小王 joined only later (out) and 老李 belongs to (in). A transfer crewed by 周警官 and
    吴医生 2 days before (in); a cancelled one that never reached him (out). A visit next door by
    老钱 (out)."""
    people: dict[str, int] = {}
    with database.sessions.begin() as session:
        place = make_place(session)
        person = make_person(session, place)
        case = make_case(session, place, person)
        case.category, case.category_since = "confirmed", CONFIRMED_AT
        neighbour = Household(community_id=place.community_id, building="1", unit="2", door="302")
        session.add(neighbour)
        session.flush()

        def responder(name: str) -> int:
            found = Responder(station_id=place.station_id, name=name, role="police")
            session.add(found)
            session.flush()
            people[name] = found.id
            return found.id

        def team_visit(name: str, members: list[tuple[str, date]], at: datetime,
                       household: int = place.household_id) -> None:
            team = Team(station_id=place.station_id, kind="work_group", name=name)
            session.add(team)
            session.flush()
            for member, joined in members:
                ident = people.get(member) or responder(member)
                session.add(TeamMember(team_id=team.id, responder_id=ident, joined_on=joined))
            session.add(Visit(household_id=household, community_id=place.community_id,
                              team_id=team.id, visited_at=at, outcome="screened"))
            session.flush()

        early = date(2020, 1, 20)
        team_visit("一组", [("老李", early)], CONFIRMED_AT - timedelta(days=14))
        team_visit("二组", [("老赵", early)], CONFIRMED_AT - timedelta(days=14, minutes=1))
        team_visit("三组", [("老孙", early)], CONFIRMED_AT + timedelta(hours=1))
        team_visit("四组", [("小王", date(2020, 2, 15)), ("老李", early)],
                   CONFIRMED_AT - timedelta(days=9))
        team_visit("五组", [("老钱", early)], CONFIRMED_AT - timedelta(days=1), neighbour.id)
        make_transfer(session, place, case, number="ZY202002180001",
                      ordered_at=CONFIRMED_AT - timedelta(days=2))
        cancelled = make_transfer(session, place, case, number="ZY202002190001",
                                  ordered_at=CONFIRMED_AT - timedelta(days=1), crew=("冯司机",),
                                  status="cancelled")
        cancelled.on_scene_at = cancelled.picked_up_at = cancelled.delivered_at = None
        for name in ("周警官", "吴医生", "冯司机"):
            people[name] = session.query(Responder.id).filter_by(name=name).scalar()
        team = session.query(Team.id).filter_by(name="一组").scalar()
        shifts = {
            "running": DutyShift(team_id=team, responder_id=people["老李"],
                                 starts_at=CONFIRMED_AT - timedelta(hours=1),
                                 ends_at=CONFIRMED_AT + timedelta(hours=8)),
            "in 3 days": DutyShift(team_id=team, responder_id=people["老李"],
                                   starts_at=CONFIRMED_AT + timedelta(days=3),
                                   ends_at=CONFIRMED_AT + timedelta(days=3, hours=12)),
            # 老李's last contact is 9 days before: back on duty from 5 days after confirmation
            "in 6 days": DutyShift(team_id=team, responder_id=people["老李"],
                                   starts_at=CONFIRMED_AT + timedelta(days=6),
                                   ends_at=CONFIRMED_AT + timedelta(days=6, hours=12)),
            "someone else": DutyShift(team_id=team, responder_id=people["老钱"],
                                      starts_at=CONFIRMED_AT - timedelta(hours=1),
                                      ends_at=CONFIRMED_AT + timedelta(hours=8)),
        }
        session.add_all(shifts.values())
        session.flush()
        return Scene(case.id, people, {k: v.id for k, v in shifts.items()})
