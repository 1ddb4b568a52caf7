"""Transfer sheets onto paper: each sheet its own document (its title on top, "第 1 页 共 1 页"
at the foot), in one PDF or one print job; the print preview shows the same papers. A batch is
painted sheet by sheet onto one device, so it reports its progress and can be stopped between
two sheets (controllers/paper/pages.py: `paint_papers` for a command, `PaperBatch` a few sheets
per turn of a window's event loop, ui/kit/paper_job.py)."""
from __future__ import annotations

from pathlib import Path

from controllers.paper.pages import Paper
from controllers.paper.pdf import write_papers_pdf
from controllers.paper.transfer_sheet_html import sheet_title, sheets_html
from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database
from models.transfers.sheet import TransferSheet


def batch_title(sheets: list[TransferSheet]) -> str:
    """The document's title: the sheet's own for one sheet, none for a batch."""
    return sheet_title(sheets[0]) if len(sheets) == 1 else ""


def sheet_papers(sheets: list[TransferSheet]) -> list[Paper]:
    """One paper per sheet, each titled with its own number, each on one page (a long crew
    or remark shrinks it a little rather than spill the signatures onto a second page)."""
    return [Paper(sheets_html([sheet]), sheet_title(sheet), one_page=True) for sheet in sheets]


@action(Permission.VIEW)
def papers_of_sheets(database: Database, user: SignedInUser,
                     sheets: list[TransferSheet]) -> list[Paper]:
    """The papers a window paints `sheets` from, a few per turn of its event loop
    (ui/kit/paper_job.py): the same papers the PDF and the print job below paint."""
    return sheet_papers(sheets)


@action(Permission.VIEW)
def print_sheets(database: Database, user: SignedInUser, sheets: list[TransferSheet],
                 out: Path) -> int:
    """Write `sheets`, one per A4 page, to one PDF; returns the page count."""
    return write_papers_pdf(sheet_papers(sheets), out, title=batch_title(sheets))
