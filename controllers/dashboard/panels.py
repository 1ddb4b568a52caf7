"""The dashboard's chart loads, each its own task in the view so neither waits for the other:
`dashboard_figures` (every chart but coverage) and `community_coverage` (households done per
community). The figures are models.dashboard.wall's; this is the permission-checked use case.
"""
from __future__ import annotations

from datetime import date, datetime

from controllers.browse.vocabulary import CATEGORIES
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.communities.rows import station_choices as station_choices_of
from models.dashboard.wall import (
    CommunityCoverageBar,
    DashboardFigures,
    SettledDays,
    UnderWay,
    coverage_bars_held,
    wall_figures,
)
from models.db.database import Database

__all__ = ["CommunityCoverageBar", "DashboardFigures", "SettledDays", "UnderWay",
           "community_coverage", "dashboard_figures", "station_choices"]


@action(Permission.VIEW)
def dashboard_figures(database: Database, user: SignedInUser, station_id: int | None = None,
                      *, last_activity: date | None = None, cache: SettledDays | None = None,
                      now: datetime | None = None) -> DashboardFigures:
    """Every chart's figures but coverage, asked at once (one round trip to PostgreSQL when
    `last_activity` is given, two when not); `cache` keeps the settled days between the view's
    refreshes."""
    return wall_figures(database, station_id, CATEGORIES, last_activity=last_activity,
                        settled=cache or SettledDays(), now=now or datetime.now())


@action(Permission.VIEW)
def community_coverage(database: Database, user: SignedInUser,
                       station_id: int | None = None) -> tuple[CommunityCoverageBar, ...]:
    """Every community's household coverage, lowest first: the laggards lead the chart. One
    statement on a held connection: one round trip for a station over a slow link."""
    return coverage_bars_held(database, station_id)


@action(Permission.VIEW)
def station_choices(database: Database, user: SignedInUser) -> tuple[tuple[int, str], ...]:
    with read_session(database) as session:
        return tuple(station_choices_of(session))
