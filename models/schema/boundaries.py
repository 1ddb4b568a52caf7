"""A community's outline on the situation map (态势图), as its district's boundary file drew it.

One row per community that has one: the outline as GeoJSON MultiPolygon coordinates (WGS-84
longitude, latitude; six decimals, about 10 cm) and its bounding box, so the map reads 200 of
them in one statement and never parses a shape to know where it is. Master data: edited by a
boundary import (models/map/boundaries.py), version-checked and audited like the community.
"""
from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.schema.base import Base, Stamped, Versioned


class CommunityBoundary(Base, Stamped, Versioned):
    __tablename__ = "community_boundary"
    __table_args__ = (
        CheckConstraint("min_lon <= max_lon AND min_lat <= max_lat", name="bbox_ordered"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), unique=True)
    shape: Mapped[str] = mapped_column(Text)   # JSON: [[[[lon, lat], …] ring, …] polygon, …]
    min_lon: Mapped[float] = mapped_column(Float)
    min_lat: Mapped[float] = mapped_column(Float)
    max_lon: Mapped[float] = mapped_column(Float)
    max_lat: Mapped[float] = mapped_column(Float)
