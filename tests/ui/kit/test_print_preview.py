"""The print preview shows the paper as the PDF holds it: in the paper's own orientation (the
duty roster and the daily report are landscape), with its title and page number, so a printer
chosen from the preview prints the pages the PDF would. It shows its first page at once and
lays out the rest by turns of the event loop; printing and saving paint by turns too, so the
window keeps answering through a busy day's batch (issue 25: Qt's own preview froze the window
5.7 s on 1,026 sheets, and a PDF painted on a worker froze it 3.2 s at a time)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from controllers.paper.pages import Orientation, Paper
from tests.support.paper import page_size, page_texts
from ui.kit.paper_job import PaperJob
from ui.kit.print_preview import LAYOUTS_KEPT, preview_papers


def sheets(count: int) -> list[Paper]:
    """`count` one-page forms, each with its number in the text."""
    return [Paper(f"<h2>转运单 ZY-{n:04d}</h2><table border='1' width='100%'>"
                  + "".join(f"<tr><td>第 {row} 行</td><td>张伟 {n}</td></tr>" for row in range(12))
                  + "</table>", f"转运单 ZY-{n:04d}", one_page=True) for n in range(count)]


@pytest.mark.parametrize(("orientation", "wide"), [(Orientation.Landscape, True),
                                                   (Orientation.Portrait, False)])
def test_the_preview_prints_in_the_papers_orientation(qtbot: QtBot, tmp_path: Path,
                                                      orientation: Orientation,
                                                      wide: bool) -> None:
    dialog = preview_papers([Paper("<p>东湖派出所</p>", "Duty roster", orientation)],
                            "Duty roster")
    qtbot.addWidget(dialog)
    printer = dialog.make_printer()
    assert printer.pageLayout().orientation() == orientation
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    job = dialog.print_to(printer)
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    del printer   # the file is closed with its printer
    width, height = page_size(out)
    assert (width > height) is wide
    [text] = page_texts(out)
    assert "Duty roster" in text and "东湖派出所" in text and "Page 1 of 1" in text
    image = dialog.image(0, 400)
    assert (image.width() > image.height()) is wide


def test_the_first_page_shows_at_once_and_the_rest_are_laid_out_by_turns(qtbot: QtBot) -> None:
    dialog = preview_papers(sheets(120), "Transfer sheets")
    qtbot.addWidget(dialog)
    assert dialog.model.pages >= 1 and len(dialog.counts) < 120   # one paper, not the batch
    dialog.show()
    qtbot.waitUntil(dialog.laid_out_all, timeout=30_000)
    assert dialog.model.pages == 120
    assert "Page 1 of 120" in dialog.place.text()
    assert len(dialog.layouts) <= LAYOUTS_KEPT      # layouts are let go: page counts are kept
    dialog.go_to_page(119)
    qtbot.wait(50)
    assert dialog.current_page() == 119
    assert "Page 120 of 120" in dialog.place.text()


def test_a_closed_preview_is_gone_with_its_pages(qtbot: QtBot) -> None:
    dialog = preview_papers(sheets(30), "Transfer sheets")
    dialog.show()
    qtbot.waitUntil(dialog.laid_out_all, timeout=30_000)
    dialog.go_to_page(29)
    qtbot.waitUntil(lambda: len(dialog.images) > 0, timeout=10_000)
    with qtbot.waitSignal(dialog.destroyed, timeout=10_000):
        dialog.reject()


def test_a_batch_is_saved_by_turns_while_the_window_answers(qtbot: QtBot, tmp_path: Path) -> None:
    beats: list[int] = []
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(1))
    out = tmp_path / "batch.pdf"
    job = PaperJob(sheets(60), pdf=out, title="Transfer sheets")
    steps: list[int] = []
    job.progressed.connect(lambda done, _total: steps.append(done))
    heart.start()
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    heart.stop()
    assert finished.args == [60]
    assert job.turns > 1 and steps[-1] == 60 and steps == sorted(steps)
    assert len(beats) >= job.turns - 1   # the event loop ran between two turns
    texts = page_texts(out)
    assert len(texts) == 60 and "ZY-0000" in texts[0] and "ZY-0059" in texts[59]
    assert not out.with_name(out.name + ".part").exists()


def test_a_stopped_batch_leaves_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    job = PaperJob(sheets(200), pdf=out)
    job.progressed.connect(lambda _done, _total: job.stop())
    with qtbot.waitSignal(job.stopped, timeout=30_000):
        job.start()
    assert not out.exists() and not out.with_name(out.name + ".part").exists()


@pytest.mark.qt_log_ignore("QPainter::begin")   # Qt's own word for the file it cannot open
def test_an_unwritable_pdf_is_said_and_leaves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = preview_papers(sheets(3), "Transfer sheets")
    qtbot.addWidget(dialog)
    out = tmp_path / "missing-folder" / "batch.pdf"
    job = dialog.save_pdf(out)
    with qtbot.waitSignal(job.failed, timeout=20_000):
        pass
    assert dialog.message.text().startswith("The printer or the file could not be written")
    assert dialog.print_button.isEnabled() and not out.exists()
