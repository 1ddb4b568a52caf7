"""The master tables and a record of one as a form shows it: plain values, no SQL, so the
screens may hold them.

A record's values are plain (enums as their stored strings, references as ids, a facility's
categories and a team's communities as tuples) and keyed by the table's column names, so a
conflict names the same fields the audit trail does.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class MasterTable(StrEnum):
    """The master tables, by their stored names (what the audit trail and the feed say)."""
    STATIONS = "police_station"
    COMMUNITIES = "community"
    FACILITIES = "facility"
    VEHICLES = "vehicle"
    TEAMS = "team"
    RESPONDERS = "responder"
    LODGING = "lodging"
    SUPPLIES = "supply_stock"


@dataclass(frozen=True)
class MasterRecord:
    """What an edit form shows: `values` it may change, `facts` it only shows (beds taken, a
    vehicle's status, stock on hand)."""
    table: MasterTable
    id: int | None            # None: a new record, not yet saved
    version: int
    active: bool
    values: Mapping[str, Any]
    facts: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    """A row a form may refer to (models/district/choices.py reads them)."""
    id: int
    name: str
    active: bool
    station_id: int | None = None     # the station a community, team or lodging belongs to


@dataclass(frozen=True)
class DistrictChoices:
    stations: tuple[Choice, ...]
    communities: tuple[Choice, ...]
    teams: tuple[Choice, ...]
    lodgings: tuple[Choice, ...]
