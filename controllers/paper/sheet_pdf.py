"""Transfer sheets onto paper: one A4 page each, in one PDF or one print job (the printer's
preview uses the same HTML). A batch is painted sheet by sheet onto one device, so it reports
its progress and can be stopped between two sheets (controllers/paper/pdf.py `paint_pages`)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from controllers.paper.pdf import Progress, paint_pages, write_pages_pdf, write_pdf
from controllers.paper.transfer_sheet_html import sheet_title, sheets_html
from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database
from models.transfers.sheet import TransferSheet


def batch_title(sheets: list[TransferSheet]) -> str:
    """The document's title: the sheet's own for one sheet, none for a batch."""
    return sheet_title(sheets[0]) if len(sheets) == 1 else ""


@action(Permission.VIEW)
def print_sheets(database: Database, user: SignedInUser, sheets: list[TransferSheet],
                 out: Path) -> int:
    """Write `sheets`, one per A4 page, to one PDF; returns the page count."""
    return write_pdf(sheets_html(sheets), out, title=batch_title(sheets))


def _pages(sheets: list[TransferSheet]) -> list[str]:
    return [sheets_html([sheet]) for sheet in sheets]


@action(Permission.VIEW)
def save_sheets_pdf(database: Database, user: SignedInUser, sheets: list[TransferSheet],
                    out: Path, progress: Progress | None = None) -> int:
    """`sheets` into one PDF at `out`, sheet by sheet with `progress`; returns the page count."""
    return write_pages_pdf(_pages(sheets), out, title=batch_title(sheets), progress=progress)


@action(Permission.VIEW)
def print_sheets_on(database: Database, user: SignedInUser, sheets: list[TransferSheet],
                    device: QPagedPaintDevice, progress: Progress | None = None) -> int:
    """`sheets` onto a printer (one print job), sheet by sheet with `progress`; returns the
    page count. The caller made the device (ui: a QPrinter) and sets its page layout."""
    return paint_pages(_pages(sheets), device, progress)
