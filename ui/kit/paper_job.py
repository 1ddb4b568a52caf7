"""A batch of papers painted onto a printer or into a PDF while the window keeps answering.

Qt's text layout is painted on the UI thread here on purpose: painted on a worker, layout met
the window's own painting on Qt's locks and both threads once waited for ever, and a worker
painting holds Python's lock inside QTextDocument for seconds at a time anyway (issue 25: the
window froze 3.2 s at a time while "Save as PDF" ran on a worker). So the batch is painted a
few papers per turn of the event loop, for at most BUDGET_MS each turn (a transfer sheet takes
5–10 ms), and the window repaints, answers keys and reads the change feed between two turns.
Stop ends the batch between two papers; a PDF stopped or failed leaves no file.
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QPagedPaintDevice

from controllers.paper.pages import Paper, PaperBatch
from controllers.paper.pdf import PdfFile
from models.errors import CanvassError

BUDGET_MS = 30.0   # painting per turn of the event loop; the longest paper may add its own time


class PaperJob(QObject):
    """Paints `papers` onto `device` (a QPrinter) or, with `pdf`, into that PDF file; call
    `start`. Then exactly one of `finished(pages)`, `failed(error)` (OSError: the device or
    file refused; NoChineseFont), `stopped()`; `progressed(done, total)` after each turn."""

    progressed = Signal(int, int)
    finished = Signal(int)
    failed = Signal(object)
    stopped = Signal()

    def __init__(self, papers: Sequence[Paper], *, device: QPagedPaintDevice | None = None,
                 pdf: Path | None = None, title: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        assert (device is None) != (pdf is None), "a device or a PDF file, not both"
        self.papers = list(papers)
        self.pdf_path, self.title = pdf, title
        self.device = device
        self.pdf: PdfFile | None = None
        self.batch: PaperBatch | None = None
        self.turns = 0          # turns of the event loop the batch took (a test reads it)
        self._stop = False
        self._over = False
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._turn)

    def start(self) -> None:
        """Begin painting on the next turn of the event loop (so a failure to open the device
        arrives as `failed`, after the caller has connected its slots)."""
        QTimer.singleShot(0, self, self._open)

    def is_running(self) -> bool:
        return not self._over

    def stop(self) -> None:
        """End the batch between two papers (`stopped`); nothing more is painted."""
        self._stop = True

    def _open(self) -> None:
        try:
            if self.pdf_path is not None:
                self.pdf = PdfFile(self.papers, self.pdf_path, title=self.title)
                self.device = self.pdf.device
            assert self.device is not None
            self.batch = PaperBatch(self.papers, self.device)
            self.batch.begin()
        except (OSError, CanvassError) as error:   # NoChineseFont is one: said by the caller
            self._close(failed=error)
            return
        self.timer.start()

    def _turn(self) -> None:
        batch = self.batch
        if batch is None or self._over:
            return
        if self._stop:
            self._close(stopped=True)
            return
        self.turns += 1
        deadline = time.perf_counter() + BUDGET_MS / 1000
        try:
            while batch.paint_next() and time.perf_counter() < deadline:
                pass
        except (OSError, CanvassError) as error:
            self._close(failed=error)
            return
        self.progressed.emit(batch.done, len(batch.papers))
        if batch.finished():
            self._close()

    def _close(self, *, failed: BaseException | None = None, stopped: bool = False) -> None:
        """End the painter, then keep the PDF (finished) or remove it (failed, stopped)."""
        self.timer.stop()
        self._over = True
        pages = self.batch.pages if self.batch is not None else 0
        if self.batch is not None:
            self.batch.end()
            self.batch = None     # the batch holds the PDF writer: let it go before closing
        self.device = None        # a printer sends its job when its painter ends
        if self.pdf is not None:
            if failed is None and not stopped:
                try:
                    self.pdf.commit()
                except OSError as error:
                    failed = error
            if failed is not None or stopped:
                self.pdf.discard()
            self.pdf = None
        if failed is not None:
            self.failed.emit(failed)
        elif stopped:
            self.stopped.emit()
        else:
            self.finished.emit(pages)
