"""Teams, their members, shifts, daily temperature checks and lodging."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import ResponderRole, TeamKind
from models.schema.base import Base, Stamped, Versioned, enum_column, searched_text


class Lodging(Base, Stamped, Versioned):
    """集中住宿点: where crews sleep between shifts. Crews were lodged one to a room (hotel
    rooms, so that one infected member does not take a room-mate off duty), so the capacity is
    the lodging's rooms: the district workbook's 房间数."""
    __tablename__ = "lodging"
    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"), index=True)
    name: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Responder(Base, Stamped, Versioned):
    """A person on the campaign's side: police, health worker, cadre, volunteer."""
    __tablename__ = "responder"
    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"), index=True)
    name: Mapped[str] = mapped_column(searched_text(64), index=True)
    # Normalised and checked like the register's (models/register/resident_id.py); the natural
    # key a re-imported district workbook is matched by. Unique where given.
    resident_id: Mapped[str | None] = mapped_column(String(18), unique=True, index=True)
    role: Mapped[ResponderRole] = mapped_column(enum_column(ResponderRole, "responder_role"))
    unit: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    lodging_id: Mapped[int | None] = mapped_column(ForeignKey("lodging.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Team(Base, Stamped, Versioned):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"), index=True)
    kind: Mapped[TeamKind] = mapped_column(enum_column(TeamKind, "team_kind"))
    name: Mapped[str] = mapped_column(searched_text(64), index=True)   # 0021
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (UniqueConstraint("station_id", "name", name="uq_team_station_name"),)


class TeamMember(Base):
    __tablename__ = "team_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    responder_id: Mapped[int] = mapped_column(ForeignKey("responder.id"), index=True)
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    __table_args__ = (
        UniqueConstraint("team_id", "responder_id", name="uq_team_member_team_responder"),
        # One leader per team, whatever two workstations do at once.
        Index("uq_team_member_one_leader", "team_id", unique=True,
              sqlite_where=text("is_leader = 1 AND left_on IS NULL"),
              postgresql_where=text("is_leader AND left_on IS NULL")),
    )


team_community = Table(
    "team_community", Base.metadata,
    Column("team_id", ForeignKey("team.id", ondelete="CASCADE"), primary_key=True),
    Column("community_id", ForeignKey("community.id"), primary_key=True, index=True),
)


class DutyShift(Base):
    """A responder on duty with a team between two times; stood down early when unwell.

    `leads`: this responder leads the crew on this shift (带队). The team's leader leads every
    crew he is on; a team that keeps two crews round the clock names the other crew's leader
    shift by shift, so the night crew does not go out without one (models/teams/crews.py)."""
    __tablename__ = "duty_shift"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    responder_id: Mapped[int] = mapped_column(ForeignKey("responder.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    # Server default only: a row written without it (older code, a bulk load) leads no one.
    leads: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=false())
    stood_down_at: Mapped[datetime | None] = mapped_column(DateTime)
    stood_down_reason: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_duty_shift_team_time", "team_id", "starts_at"),
        Index("ix_duty_shift_responder_time", "responder_id", "starts_at"),
        Index("ix_duty_shift_time", "starts_at", "ends_at"),
    )


class TemperatureCheck(Base):
    """A responder's daily temperature: at or above 37.3 °C, or unwell, means stand down."""
    __tablename__ = "temperature_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    responder_id: Mapped[int] = mapped_column(ForeignKey("responder.id"))
    checked_on: Mapped[date] = mapped_column(Date)
    checked_at: Mapped[datetime] = mapped_column(DateTime)
    temperature_c: Mapped[Decimal] = mapped_column(Numeric(3, 1))
    unwell: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    __table_args__ = (
        CheckConstraint("temperature_c >= 34.0 AND temperature_c <= 43.0",
                        name="plausible_temperature"),
        Index("ix_temperature_check_day_responder", "checked_on", "responder_id"),
        Index("ix_temperature_check_responder_day", "responder_id", "checked_on"),
    )
