"""What every list reads from: row sources (a count and pages of plain tuples, filtered and sorted
in SQL) and the domain's vocabularies in reading order. Each feature's rows live in its room."""
from __future__ import annotations

from controllers.browse.row_source import Column, Filters, Kind, Row, RowSource, SortOrder, UnknownFilter

__all__ = ["Column", "Filters", "Kind", "Row", "RowSource", "SortOrder", "UnknownFilter"]
