"""A campaign's progress as it stands: per community the doors done each campaign day, the
planned line, today's target, the gap and whether it is behind; the district's sums of them.

Four statements whatever the district's size: the campaign, its communities (at most the
district's 200, with their register counts), the done-by-day figures and the standing orders.
The done-by-day figures are one GROUP BY over the coverage day tallies
(models/schema/tallies.py: households settled for the first time, persons screened for the
first time, per community and day, kept by triggers from every visit), read through their
primary key (community_id, day): everything before the campaign's first day is summed into one
row per community (the doors already settled when it began), every campaign day is a row of its
own. No visit or household row is read.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Select, case, func, literal, select
from sqlalchemy.orm import Session

from models.campaign import rules
from models.campaign.refusals import CampaignRefusal, CampaignRefused
from models.communities.coverage import open_doors
from models.enums import CampaignPhase, SupervisionStatus
from models.schema.campaign import SupervisionOrder, SweepCampaign, sweep_campaign_community
from models.schema.geography import Community, PoliceStation
from models.schema.tallies import CommunityDayTally


@dataclass(frozen=True)
class CampaignHeader:
    id: int
    name: str
    starts_on: date
    deadline: date
    declared_at: datetime
    declared_by: str
    version: int


@dataclass(frozen=True)
class StandingOrder:
    """The community's order not yet closed, if any."""
    id: int
    number: str
    status: str
    version: int


@dataclass(frozen=True)
class CommunityProgress:
    community_id: int
    name: str
    station: str
    registered: int
    open_at_start: int
    done_by_day: tuple[int, ...]      # campaign days so far (today's included), doors settled
    target_today: int
    planned_to_date: int              # by the end of yesterday
    persons_registered: int
    persons_screened: int             # all screened so far, before the campaign too
    order: StandingOrder | None = None

    @property
    def done_to_date(self) -> int:
        return sum(self.done_by_day)

    @property
    def done_today(self) -> int:
        return self.done_by_day[-1] if self.done_by_day else 0

    @property
    def open_now(self) -> int:
        return max(self.open_at_start - self.done_to_date, 0)

    @property
    def gap(self) -> int:
        """Doors short of the planned line (0 when on or ahead of it)."""
        return max(self.planned_to_date - self.done_to_date, 0)

    @property
    def behind(self) -> bool:
        return rules.is_behind(self.done_to_date, self.planned_to_date)

    @property
    def persons_open(self) -> int:
        return max(self.persons_registered - self.persons_screened, 0)


@dataclass(frozen=True)
class CampaignProgress:
    campaign: CampaignHeader
    today: date
    moment: datetime
    communities: tuple[CommunityProgress, ...]
    by_id: dict[int, CommunityProgress] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        self.by_id.update({row.community_id: row for row in self.communities})

    @property
    def phase(self) -> CampaignPhase:
        return rules.phase(self.campaign.starts_on, self.campaign.deadline, self.today)

    @property
    def days(self) -> int:
        return rules.campaign_days(self.campaign.starts_on, self.campaign.deadline)

    @property
    def dates(self) -> tuple[date, ...]:
        return rules.dates(self.campaign.starts_on, self.campaign.deadline)

    @property
    def days_left(self) -> int:
        return rules.days_left(self.campaign.deadline, self.today)

    @property
    def ends_at(self) -> datetime:
        """The deadline's midnight: the end of its last day."""
        return datetime.combine(self.campaign.deadline, datetime.min.time()) + rules.ONE_DAY

    @property
    def laggards(self) -> tuple[CommunityProgress, ...]:
        """The communities behind the line, the largest gap first."""
        return tuple(sorted((row for row in self.communities if row.behind),
                            key=lambda row: (-row.gap, row.name)))

    def planned_line(self, rows: Sequence[CommunityProgress] | None = None) -> tuple[int, ...]:
        """Doors planned done by the end of each day, summed over `rows` (all: the district)."""
        chosen = self.communities if rows is None else rows
        lines = [rules.planned_line(row.open_at_start, self.days) for row in chosen]
        return tuple(sum(line[k] for line in lines) for k in range(self.days))

    def done_line(self, rows: Sequence[CommunityProgress] | None = None) -> tuple[int, ...]:
        """Doors done by the end of each day so far (cumulative), summed over `rows`."""
        chosen = self.communities if rows is None else rows
        shown = max((len(row.done_by_day) for row in chosen), default=0)
        daily = [sum(row.done_by_day[k] for row in chosen if k < len(row.done_by_day))
                 for k in range(shown)]
        running, line = 0, []
        for number in daily:
            running += number
            line.append(running)
        return tuple(line)

    def open_at_start(self, rows: Sequence[CommunityProgress] | None = None) -> int:
        return sum(row.open_at_start for row in (self.communities if rows is None else rows))


def campaign_header(session: Session, campaign_id: int) -> CampaignHeader:
    campaign = session.get(SweepCampaign, campaign_id)
    if campaign is None:
        raise CampaignRefused(f"No campaign {campaign_id}", CampaignRefusal.NOT_FOUND)
    return CampaignHeader(campaign.id, campaign.name, campaign.starts_on, campaign.deadline,
                          campaign.declared_at, campaign.declared_by, campaign.version)


def done_by_day_statement(campaign_id: int, starts_on: date, last: date,
                          community_ids: Sequence[int] | None = None) -> Select[*tuple[Any, ...]]:
    """Per community of the campaign: one row of everything before its first day (day NULL),
    then one per campaign day up to `last`: households settled, persons screened first."""
    tally = CommunityDayTally
    day = case((tally.day < starts_on, literal(None, Date())), else_=tally.day)
    statement = (select(tally.community_id, day.label("day"),
                        func.sum(tally.households_first_done), func.sum(tally.persons_first_screened))
                 .join(sweep_campaign_community,
                       sweep_campaign_community.c.community_id == tally.community_id)
                 .where(sweep_campaign_community.c.campaign_id == campaign_id, tally.day <= last))
    if community_ids is not None:
        statement = statement.where(tally.community_id.in_(community_ids))
    return statement.group_by(tally.community_id, day)


def last_record_day(session: Session) -> date | None:
    """The last day with a visit recorded anywhere in the district (the day tallies: a few
    thousand rows, no visit read)."""
    return _as_date(session.scalar(select(func.max(CommunityDayTally.day))
                                   .where(CommunityDayTally.visits > 0)))


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def campaign_progress(session: Session, campaign_id: int, now: datetime,
                      community_ids: Sequence[int] | None = None) -> CampaignProgress:
    """The campaign as it stands at `now` (its day is `now`'s), for all its communities or
    for `community_ids` among them."""
    header = campaign_header(session, campaign_id)
    today = now.date()
    days = rules.campaign_days(header.starts_on, header.deadline)
    shown_days = min(max(rules.day_number(header.starts_on, today), 0), days)
    last = min(today, header.deadline)
    places = (select(Community.id, Community.name, PoliceStation.name,
                     Community.registered_households, Community.registered_persons)
              .join(sweep_campaign_community, sweep_campaign_community.c.community_id == Community.id)
              .join(PoliceStation, PoliceStation.id == Community.station_id)
              .where(sweep_campaign_community.c.campaign_id == campaign_id)
              .order_by(Community.name, Community.id))
    if community_ids is not None:
        places = places.where(Community.id.in_(community_ids))
    communities = session.execute(places).all()
    before: dict[int, tuple[int, int]] = {}
    daily: dict[int, dict[int, tuple[int, int]]] = {}
    for ident, day, households, persons in session.execute(
            done_by_day_statement(campaign_id, header.starts_on, last, community_ids)):
        figures = (int(households or 0), int(persons or 0))
        when = _as_date(day)
        if when is None:
            before[int(ident)] = figures
        else:
            daily.setdefault(int(ident), {})[(when - header.starts_on).days] = figures
    orders = {int(row[0]): StandingOrder(int(row[1]), str(row[2]), str(row[3]), int(row[4]))
              for row in session.execute(
                  select(SupervisionOrder.community_id, SupervisionOrder.id,
                         SupervisionOrder.number, SupervisionOrder.status,
                         SupervisionOrder.version)
                  .where(SupervisionOrder.campaign_id == campaign_id,
                         SupervisionOrder.status != SupervisionStatus.CLOSED))}
    rows = []
    days_over = shown_days - 1 if today <= header.deadline else days
    left = rules.days_left(header.deadline, today)
    for ident, name, station, households, persons in communities:
        done_before, screened_before = before.get(int(ident), (0, 0))
        by_day = daily.get(int(ident), {})
        done_by_day = tuple(by_day.get(k, (0, 0))[0] for k in range(shown_days))
        screened = screened_before + sum(figures[1] for figures in by_day.values())
        open_start = open_doors(int(households or 0), done_before)
        line = rules.planned_line(open_start, days)
        open_this_morning = max(open_start - sum(done_by_day[:-1]) if done_by_day else open_start, 0)
        rows.append(CommunityProgress(
            int(ident), str(name), str(station), int(households or 0), open_start, done_by_day,
            rules.daily_target(open_this_morning, left) if header.starts_on <= today else 0,
            rules.planned_by(line, days_over), int(persons or 0), screened,
            orders.get(int(ident))))
    return CampaignProgress(header, today, now, tuple(rows))
