"""The district's team minimums, stored once for every workstation.

The composition rules (models/team_rules.py) hold the article's defaults; a district that
staffs differently sets its own numbers here, and every workstation's roster judges teams by
the same ones. One row: the whole district shares one policy.
"""
from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy import CheckConstraint, Integer
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, Stamped, Versioned
from models.errors import CanvassError
from models.team_rules import DEFAULT_MINIMUMS, TeamMinimums

MAX_MINIMUM = 50
POLICY_ROW = 1


class TeamMinimumsRow(Base, Stamped, Versioned):
    __tablename__ = "team_minimums"
    id: Mapped[int] = mapped_column(primary_key=True)
    work_group_police: Mapped[int] = mapped_column(Integer)
    work_group_health_workers: Mapped[int] = mapped_column(Integer)
    work_group_cadres: Mapped[int] = mapped_column(Integer)
    quick_response_vehicles: Mapped[int] = mapped_column(Integer)
    quick_response_officers: Mapped[int] = mapped_column(Integer)
    quick_response_leaders: Mapped[int] = mapped_column(Integer)
    quick_response_teams_urban: Mapped[int] = mapped_column(Integer)
    quick_response_teams_rural: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        CheckConstraint("quick_response_leaders >= 1", name="a_leader"),
        CheckConstraint(
            "work_group_police >= 0 AND work_group_health_workers >= 0 AND work_group_cadres >= 0 "
            "AND quick_response_vehicles >= 0 AND quick_response_officers >= 0 "
            "AND quick_response_teams_urban >= 0 AND quick_response_teams_rural >= 0",
            name="not_negative"),
    )


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(TeamMinimums))


class InvalidMinimums(CanvassError):
    """A minimum out of range; `field` names it. Nothing was saved."""

    def __init__(self, field: str, message: str, code: str) -> None:
        super().__init__(message, code)
        self.field = field


def stored_minimums(session: Session) -> tuple[TeamMinimums, int]:
    """The district's minimums and the version to save against (0: never set, defaults)."""
    row = session.get(TeamMinimumsRow, POLICY_ROW)
    if row is None:
        return DEFAULT_MINIMUMS, 0
    return TeamMinimums(**{name: getattr(row, name) for name in FIELDS}), row.version


def checked_minimums(values: dict[str, object]) -> TeamMinimums:
    """Whole numbers from 0 to 50; a quick-response team needs at least one leader."""
    chosen = asdict(DEFAULT_MINIMUMS)
    for name, raw in values.items():
        if name not in FIELDS:
            raise InvalidMinimums(name, f"{name} is not a team minimum", "minimum_unknown")
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= MAX_MINIMUM:
            raise InvalidMinimums(name, f"{name} must be a whole number from 0 to {MAX_MINIMUM}",
                                  "minimum_range")
        chosen[name] = raw
    if chosen["quick_response_leaders"] < 1:
        raise InvalidMinimums("quick_response_leaders",
                              "A quick-response team needs at least one leader", "minimum_leader")
    return TeamMinimums(**chosen)


def store_minimums(session: Session, minimums: TeamMinimums) -> TeamMinimumsRow:
    """Write the district's minimums (the caller checked the version)."""
    row = session.get(TeamMinimumsRow, POLICY_ROW)
    if row is None:
        row = TeamMinimumsRow(id=POLICY_ROW, **asdict(minimums))
        session.add(row)
    else:
        for name, value in asdict(minimums).items():
            setattr(row, name, value)
    session.flush()
    return row


def minimums_for(session: Session, given: TeamMinimums | None) -> TeamMinimums:
    """`given`, or the district's stored minimums when the caller did not choose."""
    return given if given is not None else stored_minimums(session)[0]

