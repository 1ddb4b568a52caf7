"""Row sources for the views: counts and pages of plain tuples, filtered and sorted in SQL."""
from __future__ import annotations

from controllers.browse.cases import CaseRows
from controllers.browse.communities import CommunityRows
from controllers.browse.dashboard import DashboardSummary, dashboard_summary
from controllers.browse.row_source import (Column, Filters, Kind, Row, RowSource, SortOrder,
                                           UnknownFilter)
from controllers.browse.teams import TeamRows
from controllers.browse.transfers import TransferRows

__all__ = ["CaseRows", "Column", "CommunityRows", "DashboardSummary", "Filters", "Kind", "Row",
           "RowSource", "SortOrder", "TeamRows", "TransferRows", "UnknownFilter",
           "dashboard_summary"]
