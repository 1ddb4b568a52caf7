"""Why no daily report was written: the codes the dashboard translates (ui/dashboard/report.py)."""
from __future__ import annotations

from models.errors import Refusal


class ReportRefusal(Refusal):
    NO_DATA = "report_no_data"              # day: the day chosen, YYYY-MM-DD
    FORMAT = "report_format"
