"""The print preview shows the paper as the PDF holds it: in the paper's own orientation (the
duty roster and the daily report are landscape), with its title and page number, so a printer
chosen from the preview prints the pages the PDF would."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from controllers.paper.pages import Orientation, Paper
from tests.support.paper import page_size, page_texts
from ui.kit.print_preview import preview_papers


@pytest.mark.parametrize(("orientation", "wide"), [(Orientation.Landscape, True),
                                                   (Orientation.Portrait, False)])
def test_the_preview_prints_in_the_papers_orientation(qtbot: QtBot, tmp_path: Path,
                                                      orientation: Orientation,
                                                      wide: bool) -> None:
    dialog = preview_papers([Paper("<p>东湖派出所</p>", "Duty roster", orientation)],
                            "Duty roster")
    qtbot.addWidget(dialog)
    printer = dialog.held_printer
    assert printer.pageLayout().orientation() == orientation
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert printer.pageLayout().orientation() == orientation
    dialog.paintRequested.emit(printer)
    width, height = page_size(out)
    assert (width > height) is wide
    [text] = page_texts(out)
    assert "Duty roster" in text and "东湖派出所" in text and "Page 1 of 1" in text
