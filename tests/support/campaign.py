"""A sweep campaign's scene: three communities, doors settled on known days, a campaign of
three days over two of them, looked at on its last morning.

甲社区: 12 households, 2 settled before the campaign (10 open at its start); 4, 3 and 1 settled
on its three days: on the planned line (7 by the end of day 2), today's target 3.
乙社区: 10 households, none settled before; 2 and 1 on the first two days (and a door nobody
opened, which settles nothing): 4 short of the line's 7, today's target 7.
丙社区: 5 households, not in the campaign.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from models.db.database import Database
from models.enums import AreaKind, VisitOutcome
from models.schema import Community, District, Household, PoliceStation, SweepCampaign, Visit
from models.schema.campaign import sweep_campaign_community

STARTS, DEADLINE = date(2020, 2, 18), date(2020, 2, 20)
NOW = datetime(2020, 2, 20, 10, 0)
BEFORE = date(2020, 2, 15)


@dataclass
class CampaignScene:
    campaign_id: int
    ahead: int        # 甲社区: on the line
    behind: int       # 乙社区: behind it
    outside: int      # 丙社区: not in the campaign
    now: datetime = NOW


def _community(session: Session, station_id: int, code: str, name: str, households: int) -> int:
    community = Community(station_id=station_id, code=code, name=name, area_kind=AreaKind.URBAN,
                          latitude=30.6, longitude=114.3, registered_households=households,
                          registered_persons=households * 2)
    session.add(community)
    session.flush()
    return community.id


def settle(session: Session, community_id: int, days: list[tuple[date, int]],
           outcome: VisitOutcome = VisitOutcome.SCREENED) -> None:
    """New households of the community, each visited once on its day with `outcome`."""
    for day, number in days:
        for n in range(number):
            household = Household(community_id=community_id, building=str(day.day),
                                  unit=outcome.value, door=str(n))
            session.add(household)
            session.flush()
            session.add(Visit(household_id=household.id, community_id=community_id,
                              visited_at=datetime.combine(day, time(9, n)), outcome=outcome))
    session.flush()


def make_campaign_scene(database: Database, *, declare: bool = True,
                        today: date = DEADLINE, recorded_days: int = 3) -> CampaignScene:
    """The scene with its last day on `today` (the screens read the wall clock's today).
    `recorded_days` < 3: the visits of the campaign's later days are left out (the records stop
    there, as in an old file)."""
    shift = today - DEADLINE
    starts, second, deadline = STARTS + shift, STARTS + shift + timedelta(days=1), today
    last = starts + timedelta(days=recorded_days - 1)

    def record(session: Session, community_id: int, days: list[tuple[date, int]],
               outcome: VisitOutcome = VisitOutcome.SCREENED) -> None:
        settle(session, community_id, [(day, n) for day, n in days if day <= last], outcome)

    with database.sessions.begin() as session:
        district = District(code="D9", name="江岸区")
        session.add(district)
        session.flush()
        station = PoliceStation(district_id=district.id, code="S9", name="大智派出所",
                                area_kind=AreaKind.URBAN, latitude=30.59, longitude=114.30)
        session.add(station)
        session.flush()
        ahead = _community(session, station.id, "C1", "甲社区", 12)
        behind = _community(session, station.id, "C2", "乙社区", 10)
        outside = _community(session, station.id, "C3", "丙社区", 5)
        record(session, ahead, [(BEFORE + shift, 2), (starts, 4), (second, 3), (deadline, 1)])
        record(session, behind, [(starts, 2), (second, 1)])
        record(session, behind, [(second, 1)], VisitOutcome.NOBODY_HOME)
        record(session, outside, [(starts, 5)])
        campaign_id = 0
        if declare:
            campaign = SweepCampaign(name="集中拉网排查", starts_on=starts, deadline=deadline,
                                     declared_at=datetime.combine(starts, time(8)) - timedelta(hours=12),
                                     declared_by="commander1")
            session.add(campaign)
            session.flush()
            campaign_id = campaign.id
            session.execute(sweep_campaign_community.insert(), [
                {"campaign_id": campaign_id, "community_id": ident} for ident in (ahead, behind)])
    return CampaignScene(campaign_id, ahead, behind, outside, NOW + shift)
