"""日报: the day's figures sent up the line. `daily_report` reads them (models.reports.daily:
GROUP BYs, as they stood at the end of D); `write_daily_report` (daily_file) writes them as PDF
or .xlsx by the file's extension.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from controllers.browse.vocabulary import CATEGORIES
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.reports import daily
from models.reports.daily import DailyReport, ReportRefused
from models.reports.refusals import ReportRefusal

__all__ = ["FORMATS", "DailyReport", "ReportRefused", "daily_report", "report_format"]

FORMATS = (".pdf", ".xlsx")


@action(Permission.VIEW)
def daily_report(database: Database, user: SignedInUser, day: date) -> DailyReport:
    """The figures of `day`; ReportRefused if nothing at all was recorded that day."""
    with read_session(database) as session:
        return daily.daily_report(session, day, CATEGORIES)


def report_format(path: Path) -> str:
    """".pdf" or ".xlsx"; ReportRefused for anything else, before any figure is read."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ReportRefused(f"the daily report is written as PDF or xlsx: give a file name "
                            f"ending in .pdf or .xlsx, not {path.name!r}", ReportRefusal.FORMAT)
    return suffix
