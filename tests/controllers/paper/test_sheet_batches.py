"""A batch of selected sheets onto one device: one PDF (or one print job), one page a sheet,
progress after each sheet, and a batch stopped between two sheets leaves no file behind."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter

from controllers.paper.pages import paint_papers
from controllers.paper.pdf import a4_layout, write_papers_pdf
from controllers.paper.sheet_pdf import papers_of_sheets
from controllers.paper.transfer_sheet import SheetNotFound, sheets_of_transfers
from controllers.runtime.tasks import TaskCancelled
from models.db.database import Database
from models.schema import TransferOrder
from tests.support.factories import signed_in
from tests.support.sheets import add_transfers, pdf_text

DISPATCHER = signed_in("dispatcher")


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """Rendering needs the shared QApplication of the test process."""


def ids_of(database: Database, numbers: list[str]) -> list[int]:
    with database.sessions() as session:
        found = {order.number: order.id for order in session.query(TransferOrder)}
    return [found[number] for number in numbers]


def test_the_selected_sheets_in_the_order_chosen(database: Database) -> None:
    numbers = add_transfers(database, count=4)
    chosen = ids_of(database, [numbers[3], numbers[1], numbers[2]])
    sheets = sheets_of_transfers(database, DISPATCHER, chosen)
    assert [sheet.number for sheet in sheets] == [numbers[3], numbers[1], numbers[2]]
    assert sheets[0].resident_id.count("*") == 8          # masked for a dispatcher
    with pytest.raises(SheetNotFound):
        sheets_of_transfers(database, DISPATCHER, [999_999])


def test_three_sheets_one_pdf_with_progress(database: Database, tmp_path: Path) -> None:
    numbers = add_transfers(database, count=3)
    sheets = sheets_of_transfers(database, DISPATCHER, ids_of(database, numbers))
    progress: list[tuple[int, int]] = []
    out = tmp_path / "three.pdf"
    assert write_papers_pdf(papers_of_sheets(database, DISPATCHER, sheets), out,
                            progress=lambda done, total: progress.append((done, total))) == 3
    assert progress == [(1, 3), (2, 3), (3, 3)]
    text = pdf_text(out)
    assert text.count("\f") == 3 and all(number in text for number in numbers)
    assert "张伟" in text and "病人2" in text
    for number, page in zip(numbers, text.split("\f"), strict=False):
        assert f"Transfer sheet {number}" in page and "Page 1 of 1" in page   # each its own


def test_a_printer_gets_one_job(database: Database, tmp_path: Path) -> None:
    numbers = add_transfers(database, count=2)
    sheets = sheets_of_transfers(database, DISPATCHER, ids_of(database, numbers))
    out = tmp_path / "job.pdf"
    device = QPdfWriter(str(out))     # what a printer is to the painting: a paged device
    device.setPageLayout(a4_layout())
    assert paint_papers(papers_of_sheets(database, DISPATCHER, sheets), device) == 2
    del device
    assert pdf_text(out).count("\f") == 2


def test_a_stopped_batch_leaves_no_file(database: Database, tmp_path: Path) -> None:
    numbers = add_transfers(database, count=3)
    sheets = sheets_of_transfers(database, DISPATCHER, ids_of(database, numbers))

    def stop_after_the_first(done: int, _total: int) -> None:
        if done == 1:
            raise TaskCancelled   # Stop pressed: what TaskControl.check raises

    out = tmp_path / "stopped.pdf"
    with pytest.raises(TaskCancelled):
        write_papers_pdf(papers_of_sheets(database, DISPATCHER, sheets), out,
                         progress=stop_after_the_first)
    assert not out.exists() and not list(tmp_path.glob("*.part"))
