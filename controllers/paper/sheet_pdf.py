"""Transfer sheets onto paper: one A4 page each, in one PDF (the printer's preview uses the same HTML)."""
from __future__ import annotations

from pathlib import Path

from controllers.paper.pdf import write_pdf
from controllers.paper.transfer_sheet_html import sheet_title, sheets_html
from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database
from models.transfers.sheet import TransferSheet


@action(Permission.VIEW)
def print_sheets(database: Database, user: SignedInUser, sheets: list[TransferSheet],
                 out: Path) -> int:
    """Write `sheets`, one per A4 page, to one PDF; returns the page count."""
    title = sheet_title(sheets[0]) if len(sheets) == 1 else ""
    return write_pdf(sheets_html(sheets), out, title=title)
