"""Declaring a campaign and the life of a supervision order (督办单): issued to a community
behind the planned line, answered with the community's reply as typed, closed. Each is written
in the person's own audited transaction; a refusal writes nothing.

An order keeps the figures as they stood when it was issued (open doors, the gap to the line,
today's target, the deadline), so the paper and the log say what the community was told even
after the figures moved on. One order per community and campaign stands at a time (a partial
unique index). Two commanders issuing at the same moment take turns on the campaign's row: for
one community the later is refused ("already has order …"), for two they get the next numbers.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models.campaign import rules
from models.campaign.progress import campaign_header, campaign_progress
from models.campaign.refusals import CampaignRefusal, CampaignRefused
from models.editing import apply_edit
from models.enums import CampaignPhase, SupervisionStatus
from models.schema.campaign import SupervisionOrder, SweepCampaign, sweep_campaign_community
from models.schema.geography import Community, PoliceStation

USERNAME_LIMIT = 32


@dataclass(frozen=True)
class CampaignChoice:
    """A campaign in the chooser: its name and days."""
    id: int
    name: str
    starts_on: date
    deadline: date


@dataclass(frozen=True)
class OrderRecord:
    id: int
    version: int
    number: str
    campaign_id: int
    campaign: str
    community_id: int
    community: str
    station: str
    issued_at: datetime
    issued_by: str
    open_doors: int
    gap: int
    target_today: int
    deadline: date
    status: str
    reply: str
    answered_at: datetime | None
    closed_at: datetime | None


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise CampaignRefused("The campaign has no name", CampaignRefusal.NAME_EMPTY)
    if len(cleaned) > rules.NAME_LIMIT:
        raise CampaignRefused(f"A campaign's name has at most {rules.NAME_LIMIT} characters",
                              CampaignRefusal.NAME_TOO_LONG, limit=rules.NAME_LIMIT)
    return cleaned


def declare_campaign(session: Session, name: str, starts_on: date, deadline: date,
                     community_ids: Sequence[int] | None, user_id: int | None, username: str,
                     now: datetime) -> int:
    """A new campaign over `community_ids` (None: every active community); returns its id.
    Refused, nothing written, for an empty name, a deadline before today or before the first
    day, no community, or a community that does not exist."""
    cleaned = clean_name(name)
    if deadline < now.date():
        raise CampaignRefused(f"The deadline {deadline} is in the past", CampaignRefusal.DEADLINE_PAST,
                              deadline=deadline.isoformat())
    if starts_on > deadline:
        raise CampaignRefused("The campaign starts after its deadline",
                              CampaignRefusal.START_AFTER_DEADLINE)
    if community_ids is None:
        chosen = [int(ident) for ident in session.scalars(
            select(Community.id).where(Community.active.is_(True)).order_by(Community.id))]
    else:
        chosen = sorted({int(ident) for ident in community_ids})
        found = set(session.scalars(select(Community.id).where(Community.id.in_(chosen))))
        if len(found) != len(chosen):
            raise CampaignRefused("A chosen community does not exist",
                                  CampaignRefusal.UNKNOWN_COMMUNITY)
    if not chosen:
        raise CampaignRefused("A campaign needs at least one community",
                              CampaignRefusal.NO_COMMUNITIES)
    campaign = SweepCampaign(name=cleaned, starts_on=starts_on, deadline=deadline,
                             declared_at=now, declared_by_user_id=user_id,
                             declared_by=username[:USERNAME_LIMIT])
    session.add(campaign)
    session.flush()
    session.execute(sweep_campaign_community.insert(),
                    [{"campaign_id": campaign.id, "community_id": ident} for ident in chosen])
    return campaign.id


def campaign_choices(session: Session) -> list[CampaignChoice]:
    """Every campaign, the latest deadline first (a district declares a handful)."""
    return [CampaignChoice(int(row[0]), str(row[1]), row[2], row[3]) for row in session.execute(
        select(SweepCampaign.id, SweepCampaign.name, SweepCampaign.starts_on,
               SweepCampaign.deadline)
        .order_by(SweepCampaign.deadline.desc(), SweepCampaign.id.desc()))]


def current_campaign(session: Session, today: date) -> int | None:
    """The campaign to show: the running one ending soonest, else the latest declared."""
    running = session.scalar(
        select(SweepCampaign.id).where(SweepCampaign.starts_on <= today,
                                       SweepCampaign.deadline >= today)
        .order_by(SweepCampaign.deadline, SweepCampaign.id.desc()).limit(1))
    if running is not None:
        return int(running)
    latest = session.scalar(select(SweepCampaign.id).order_by(SweepCampaign.id.desc()).limit(1))
    return int(latest) if latest is not None else None


def _take_numbering(session: Session, campaign_id: int) -> None:
    """Take the campaign's numbering for this transaction: its row locked (SELECT … FOR UPDATE),
    so two commanders issuing at the same moment — for different communities — number one
    after the other, the later counting the earlier's order once it is committed (on
    PostgreSQL every statement after the wait reads what was committed meanwhile). SQLite
    ignores FOR UPDATE: there a writing session holds the database's one write lock from its
    first statement (models/db/write_lock.py), which serialises them the same way."""
    session.execute(select(SweepCampaign.id).where(SweepCampaign.id == campaign_id)
                    .with_for_update())


def _next_number(session: Session, campaign_id: int) -> str:
    """The campaign's next order number: its orders are never deleted, so their count numbers
    them (the highest number is taken as well, for a database whose count and numbers differ)."""
    issued, highest = session.execute(
        select(func.count(), func.max(SupervisionOrder.number))
        .where(SupervisionOrder.campaign_id == campaign_id)).one()
    last = int(str(highest).rsplit("-", 1)[-1]) if highest else 0
    return f"DB{campaign_id:03d}-{max(int(issued or 0), last) + 1:04d}"


def issue_order(session: Session, campaign_id: int, community_id: int, user_id: int | None,
                username: str, now: datetime) -> OrderRecord:
    """A supervision order to a community behind the line, with its figures as they stand.
    Refused, nothing written, when the campaign is not running, the community is not in it,
    is not behind, or already has an order standing."""
    campaign_header(session, campaign_id)          # an unknown campaign: refused, nothing locked
    _take_numbering(session, campaign_id)          # before reading anything it depends on
    progress = campaign_progress(session, campaign_id, now, [community_id])
    if progress.phase != CampaignPhase.RUNNING:
        raise CampaignRefused("The campaign is not running today", CampaignRefusal.NOT_RUNNING)
    row = progress.by_id.get(community_id)
    if row is None:
        raise CampaignRefused("The community is not in this campaign",
                              CampaignRefusal.NOT_IN_CAMPAIGN)
    if not row.behind:
        raise CampaignRefused(f"{row.name} is not behind the planned line",
                              CampaignRefusal.NOT_BEHIND, community=row.name,
                              done=row.done_to_date, planned=row.planned_to_date)
    if row.order is not None:
        raise CampaignRefused(f"{row.name} already has order {row.order.number}",
                              CampaignRefusal.ORDER_STANDING, community=row.name,
                              number=row.order.number)
    order = SupervisionOrder(
        number=_next_number(session, campaign_id), campaign_id=campaign_id,
        community_id=community_id, issued_at=now, issued_by_user_id=user_id,
        issued_by=username[:USERNAME_LIMIT], open_doors=row.open_now, gap=row.gap,
        target_today=row.target_today, deadline=progress.campaign.deadline,
        status=SupervisionStatus.ISSUED, reply="")
    session.add(order)
    session.flush()
    return order_record(session, order.id)


def _order(session: Session, order_id: int) -> SupervisionOrder:
    order = session.get(SupervisionOrder, order_id)
    if order is None:
        raise CampaignRefused(f"No supervision order {order_id}", CampaignRefusal.ORDER_NOT_FOUND)
    return order


def answer_order(session: Session, order_id: int, expected_version: int, reply: str,
                 now: datetime) -> OrderRecord:
    """The community's reply, stored as typed (surrounding blanks trimmed)."""
    text = reply.strip()
    if not text:
        raise CampaignRefused("The reply is empty", CampaignRefusal.REPLY_EMPTY)
    if len(text) > rules.REPLY_LIMIT:
        raise CampaignRefused(f"A reply has at most {rules.REPLY_LIMIT} characters",
                              CampaignRefusal.REPLY_TOO_LONG, limit=rules.REPLY_LIMIT)
    order = _order(session, order_id)
    if order.status != SupervisionStatus.ISSUED and order.version == expected_version:
        raise CampaignRefused("The order was answered already", CampaignRefusal.ORDER_NOT_ISSUED)
    original = {"status": order.status, "reply": order.reply, "answered_at": order.answered_at}
    apply_edit(session, SupervisionOrder, order_id, expected_version, original,
               {"status": SupervisionStatus.ANSWERED, "reply": text, "answered_at": now})
    return order_record(session, order_id)


def close_order(session: Session, order_id: int, expected_version: int,
                now: datetime) -> OrderRecord:
    """Closed once the community has answered."""
    order = _order(session, order_id)
    if order.version == expected_version:
        if order.status == SupervisionStatus.ISSUED:
            raise CampaignRefused("The community has not answered yet",
                                  CampaignRefusal.ORDER_NOT_ANSWERED)
        if order.status == SupervisionStatus.CLOSED:
            raise CampaignRefused("The order is closed already", CampaignRefusal.ORDER_NOT_ISSUED)
    original = {"status": order.status, "closed_at": order.closed_at}
    apply_edit(session, SupervisionOrder, order_id, expected_version, original,
               {"status": SupervisionStatus.CLOSED, "closed_at": now})
    return order_record(session, order_id)


def _record_statement() -> Select[*tuple[Any, ...]]:
    o = SupervisionOrder
    return (select(o.id, o.version, o.number, o.campaign_id, SweepCampaign.name, o.community_id,
                   Community.name, PoliceStation.name, o.issued_at, o.issued_by, o.open_doors,
                   o.gap, o.target_today, o.deadline, o.status, o.reply, o.answered_at,
                   o.closed_at)
            .join(SweepCampaign, SweepCampaign.id == o.campaign_id)
            .join(Community, Community.id == o.community_id)
            .join(PoliceStation, PoliceStation.id == Community.station_id))


def _as_record(row: Any) -> OrderRecord:
    values = list(row)
    values[14] = str(getattr(values[14], "value", values[14]))
    return OrderRecord(*values)


def order_record(session: Session, order_id: int) -> OrderRecord:
    row = session.execute(_record_statement().where(SupervisionOrder.id == order_id)).first()
    if row is None:
        raise CampaignRefused(f"No supervision order {order_id}", CampaignRefusal.ORDER_NOT_FOUND)
    return _as_record(row)


def campaign_orders(session: Session, campaign_id: int) -> list[OrderRecord]:
    """The campaign's orders, the latest first (at most a few per community and day)."""
    campaign_header(session, campaign_id)
    return [_as_record(row) for row in session.execute(
        _record_statement().where(SupervisionOrder.campaign_id == campaign_id)
        .order_by(SupervisionOrder.issued_at.desc(), SupervisionOrder.id.desc()))]


def community_choices(session: Session) -> list[tuple[int, str, str]]:
    """The active communities (a district's 200 at most) to choose a campaign's among: id,
    name and station, by station and name."""
    return [(int(row[0]), str(row[1]), str(row[2])) for row in session.execute(
        select(Community.id, Community.name, PoliceStation.name)
        .join(PoliceStation, PoliceStation.id == Community.station_id)
        .where(Community.active.is_(True)).order_by(PoliceStation.name, Community.name))]
