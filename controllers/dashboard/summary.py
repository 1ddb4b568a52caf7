"""The wall's headline figures (models.dashboard.summary), read in one session off the UI thread."""
from __future__ import annotations

from controllers.browse.vocabulary import CATEGORIES
from models.dashboard.summary import DashboardSummary, district_summary
from models.db.database import Database

__all__ = ["DashboardSummary", "dashboard_summary"]


def dashboard_summary(database: Database) -> DashboardSummary:
    """What the headline sentence, the tiles and the cumulative curve show, open cases in the
    order the tiles show the categories."""
    return district_summary(database, CATEGORIES)
