"""The district's team minimums, stored once for every workstation.

The article's defaults and the rules over this row are in models/teams/minimums.py; a district that
staffs differently sets its own numbers here, and every workstation's roster judges teams by
the same ones. One row: the whole district shares one policy.
"""
from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer
from sqlalchemy.orm import Mapped, mapped_column

from models.schema.base import Base, Stamped, Versioned


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
