"""What every list reads from, as the UI sees it: the row-source protocol and column kinds
(models/db/row_source.py, where the paging SQL lives), the domain's vocabularies in reading order
and their words. Each feature's rows live in its room; its controller hands them out."""
from __future__ import annotations

from models.db.row_source import Column, Filters, FindsRows, Kind, Row, RowSource, SortOrder, UnknownFilter

__all__ = ["Column", "Filters", "FindsRows", "Kind", "Row", "RowSource", "SortOrder", "UnknownFilter"]
