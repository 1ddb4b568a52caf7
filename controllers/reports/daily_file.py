"""The daily report written to a file: PDF or xlsx, chosen by the file's extension before any
figure is read."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from controllers.reports.daily import DailyReport, daily_report, report_format
from controllers.reports.daily_pdf import write_pdf_report
from controllers.reports.daily_xlsx import write_xlsx_report
from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database


@action(Permission.VIEW)
def write_daily_report(database: Database, user: SignedInUser, day: date,
                       path: Path) -> DailyReport:
    """Gather the day's figures and write them to `path` (PDF or xlsx by its extension)."""
    suffix = report_format(path)
    report = daily_report(database, user=user, day=day)
    if suffix == ".pdf":
        write_pdf_report(report, path)
    else:
        write_xlsx_report(report, path)
    return report
