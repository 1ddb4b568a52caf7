"""A handful of rows across the whole schema, inserted with SQLAlchemy, for view and row-source
tests: small enough to reason about every figure by hand."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from models.db.database import Database
from models.schema import (
    Case,
    Community,
    District,
    Facility,
    Household,
    Person,
    PoliceStation,
    Responder,
    ScreeningResult,
    Team,
    TeamMember,
    TransferOrder,
    Visit,
)

DAY = datetime(2020, 2, 10, 9, 0)


@dataclass(frozen=True)
class Sample:
    communities: dict[str, int]
    cases: dict[str, int]
    teams: dict[str, int]
    transfers: dict[str, int]


def add_sample_district(database: Database) -> Sample:
    """Three communities with known coverage (东湖社区 3 of 4 households done = 75 %, 水果湖社区
    none, 花山村 1 of 3), five cases, two teams, two transfers (one with a 7-minute response)."""
    with database.sessions.begin() as session:
        district = District(code="420101", name="示范区")
        session.add(district)
        session.flush()
        donghu = PoliceStation(district_id=district.id, code="S01", name="东湖派出所",
                               area_kind="urban", latitude=30.55, longitude=114.37)
        huashan = PoliceStation(district_id=district.id, code="S02", name="花山派出所",
                                area_kind="rural", latitude=30.52, longitude=114.50)
        session.add_all([donghu, huashan])
        session.flush()
        communities = {
            "东湖社区": Community(station_id=donghu.id, code="C01", name="东湖社区", area_kind="urban",
                              latitude=30.55, longitude=114.37, registered_households=4,
                              registered_persons=8),
            "水果湖社区": Community(station_id=donghu.id, code="C02", name="水果湖社区",
                               area_kind="urban", latitude=30.56, longitude=114.36,
                               registered_households=2, registered_persons=4),
            "花山村": Community(station_id=huashan.id, code="C03", name="花山村", area_kind="rural",
                             latitude=30.52, longitude=114.50, registered_households=3,
                             registered_persons=5),
        }
        session.add_all(communities.values())
        session.flush()
        households: list[Household] = []
        for name, count in (("东湖社区", 4), ("水果湖社区", 2), ("花山村", 3)):
            for door in range(count):
                households.append(Household(community_id=communities[name].id, building="1",
                                            door=f"{door + 1:02d}"))
        session.add_all(households)
        session.flush()
        dh = [h for h in households if h.community_id == communities["东湖社区"].id]
        hs = [h for h in households if h.community_id == communities["花山村"].id]
        names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"]
        persons = [Person(household_id=dh[i % 4].id, community_id=communities["东湖社区"].id,
                          name=name) for i, name in enumerate(names)]
        persons.append(Person(household_id=hs[0].id, community_id=communities["花山村"].id,
                              name="赵敏"))
        session.add_all(persons)
        session.flush()
        visits = [
            Visit(household_id=dh[0].id, community_id=dh[0].community_id, visited_at=DAY,
                  outcome="screened"),
            Visit(household_id=dh[1].id, community_id=dh[1].community_id, visited_at=DAY,
                  outcome="nobody_home"),
            Visit(household_id=dh[1].id, community_id=dh[1].community_id,
                  visited_at=DAY + timedelta(days=1), outcome="screened"),
            Visit(household_id=dh[2].id, community_id=dh[2].community_id, visited_at=DAY,
                  outcome="refused"),
            Visit(household_id=dh[3].id, community_id=dh[3].community_id, visited_at=DAY,
                  outcome="nobody_home"),
            Visit(household_id=hs[0].id, community_id=hs[0].community_id,
                  visited_at=DAY + timedelta(days=1), outcome="moved_out"),
        ]
        session.add_all(visits)
        session.flush()
        # Day 1: 张伟, 陈静 (household 0); day 2: 王芳, 杨磊 (household 1).
        session.add_all([
            ScreeningResult(visit_id=visits[0].id, person_id=persons[0].id),
            ScreeningResult(visit_id=visits[0].id, person_id=persons[4].id),
            ScreeningResult(visit_id=visits[2].id, person_id=persons[1].id),
            ScreeningResult(visit_id=visits[2].id, person_id=persons[5].id),
        ])
        facility = Facility(district_id=district.id, kind="designated_hospital", name="金银潭医院",
                            latitude=30.6, longitude=114.2, beds_total=100, beds_taken=3)
        fangcang = Facility(district_id=district.id, kind="field_hospital", name="洪山方舱医院",
                            latitude=30.5, longitude=114.3, beds_total=200, beds_taken=10)
        session.add_all([facility, fangcang])
        session.flush()
        spec = [("张伟", "confirmed", "admitted"), ("王芳", "suspected", "awaiting_transfer"),
                ("李娜", "fever", "identified"), ("刘洋", "close_contact", "home_observation"),
                ("赵敏", "close_contact", "cleared")]
        by_name = {person.name: person for person in persons}
        cases: dict[str, Case] = {}
        for offset, (name, category, status) in enumerate(spec):
            moment = DAY + timedelta(hours=offset)
            cases[name] = Case(person_id=by_name[name].id, community_id=by_name[name].community_id,
                               category=category, status=status, opened_at=moment,
                               status_since=moment, category_since=moment,
                               is_open=status != "cleared")
        session.add_all(cases.values())
        session.flush()
        leader = Responder(station_id=donghu.id, name="周警官", role="police")
        medic = Responder(station_id=donghu.id, name="吴医生", role="health_worker")
        session.add_all([leader, medic])
        session.flush()
        qrt = Team(station_id=donghu.id, kind="quick_response", name="东湖快反一队")
        group = Team(station_id=huashan.id, kind="work_group", name="花山工作组")
        session.add_all([qrt, group])
        session.flush()
        session.add_all([
            TeamMember(team_id=qrt.id, responder_id=leader.id, is_leader=True,
                       joined_on=date(2020, 2, 1)),
            TeamMember(team_id=qrt.id, responder_id=medic.id, joined_on=date(2020, 2, 1)),
        ])
        transfers = {
            "ZY-0001": TransferOrder(number="ZY-0001", case_id=cases["张伟"].id, team_id=qrt.id,
                                     facility_id=facility.id, status="delivered",
                                     ordered_at=DAY, dispatched_at=DAY + timedelta(minutes=2),
                                     on_scene_at=DAY + timedelta(minutes=9),
                                     delivered_at=DAY + timedelta(minutes=40)),
            "ZY-0002": TransferOrder(number="ZY-0002", case_id=cases["王芳"].id,
                                     facility_id=fangcang.id, status="ordered",
                                     ordered_at=DAY + timedelta(hours=3)),
        }
        session.add_all(transfers.values())
        session.flush()
        return Sample(communities={k: v.id for k, v in communities.items()},
                      cases={k: v.id for k, v in cases.items()},
                      teams={qrt.name: qrt.id, group.name: group.id},
                      transfers={k: v.id for k, v in transfers.items()})
