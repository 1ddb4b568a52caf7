"""The sweep campaign (集中排查行动): a deadline, the communities it covers, and the supervision
orders (督办单) sent to the communities that fall behind it.

A campaign stores only what the commander declared; its targets, planned line and laggards are
worked out from the coverage tallies when they are read (models/campaign/progress.py). A
supervision order stores the figures as they stood when it was issued (numbers, never
sentences: the paper and the screens word them), its status, and the community's reply as typed.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Date, DateTime, ForeignKey, Index, Integer, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import SupervisionStatus
from models.schema.base import Base, Stamped, Versioned, enum_column


class SweepCampaign(Base, Stamped, Versioned):
    __tablename__ = "sweep_campaign"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    starts_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)       # the last day of the sweep, whole
    declared_at: Mapped[datetime] = mapped_column(DateTime)
    declared_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    declared_by: Mapped[str] = mapped_column(String(32))
    __table_args__ = (
        CheckConstraint("deadline >= starts_on", name="dates_in_order"),
        Index("ix_sweep_campaign_deadline", "deadline"),
    )


# The communities a campaign covers (every active one when the commander chose "all").
sweep_campaign_community = Table(
    "sweep_campaign_community", Base.metadata,
    Column("campaign_id", ForeignKey("sweep_campaign.id", ondelete="CASCADE"), primary_key=True),
    Column("community_id", ForeignKey("community.id"), primary_key=True, index=True),
)


class SupervisionOrder(Base, Stamped, Versioned):
    """督办单: issued to a community behind the campaign's planned line, answered by it, closed."""
    __tablename__ = "supervision_order"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("sweep_campaign.id"))
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    issued_by: Mapped[str] = mapped_column(String(32))
    # The figures at issue: open doors, doors short of the planned line, today's target.
    open_doors: Mapped[int] = mapped_column(Integer)
    gap: Mapped[int] = mapped_column(Integer)
    target_today: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[date] = mapped_column(Date)
    status: Mapped[SupervisionStatus] = mapped_column(enum_column(SupervisionStatus, "supervision_status"),
                                                default=SupervisionStatus.ISSUED)
    reply: Mapped[str] = mapped_column(Text, default="", server_default="")
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        CheckConstraint("open_doors >= 0 AND gap > 0 AND target_today >= 0", name="figures"),
        # One standing order per community and campaign, whoever issues it at the same moment.
        Index("uq_supervision_order_standing", "campaign_id", "community_id", unique=True,
              sqlite_where=text("status <> 'closed'"),
              postgresql_where=text("status <> 'closed'")),
    )
