"""Users, their roles, and the append-only audit log."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.enums import UserRole
from models.schema.base import Base, Stamped, Versioned, enum_column


class User(Base, Stamped, Versioned):
    """A person who signs in. Never deleted (the audit trail names them): deactivated instead.
    `must_change_password`: an administrator reset the password; the user chooses their own at
    the next sign-in. `last_sign_in_at`: the last successful sign-in (migration 0016)."""
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(64), default="")
    role: Mapped[UserRole] = mapped_column(enum_column(UserRole, "user_role"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False,
                                                       server_default=false())
    station_id: Mapped[int | None] = mapped_column(ForeignKey("police_station.id"))


class SignInDelay(Base):
    """Failed sign-ins counted where they happened (migration 0022): one row per account name as
    typed at one workstation, and one per workstation over every name (`username` ''). While
    `delayed_until` lies ahead, an attempt there is refused unchecked; after it, the right
    password gets in (models/accounts/sign_in_delays.py). Not audited by trigger: each attempt
    has its own audit entry."""
    __tablename__ = "sign_in_delay"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32))
    workstation: Mapped[str] = mapped_column(String(64))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime)
    delayed_until: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        UniqueConstraint("username", "workstation", name="uq_sign_in_delay_username_workstation"),
    )


class AuditEntry(Base):
    """Who changed which record when, old → new (JSON). Written by the database's triggers in
    the change's own transaction (migration 0019), never updated or deleted but to be chained:
    `chain_seq`, `prev_hash` and `hash` link each entry to the one before it (README, "Audit");
    `db_role` is the PostgreSQL role that wrote it, whoever Canvass said was signed in."""
    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16))       # insert / update / delete / sign_in …
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[str] = mapped_column(Text, default="{}")
    db_role: Mapped[str | None] = mapped_column(String(64))
    chain_seq: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))
    __table_args__ = (
        Index("ix_audit_entry_record", "table_name", "row_id", "at"),
        Index("ux_audit_entry_chain_seq", "chain_seq", unique=True,
              sqlite_where=text("chain_seq IS NOT NULL"),
              postgresql_where=text("chain_seq IS NOT NULL")),
    )
