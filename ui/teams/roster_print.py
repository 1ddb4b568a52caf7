"""Printing the station's duty roster from the teams view: print preview or a PDF file.
The sheet is loaded off the UI thread; the preview and the PDF render the same HTML."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from controllers.paper.duty_roster import (
    DutyRosterSheet,
    load_duty_roster,
    print_duty_roster,
    roster_paper,
    roster_title,
)
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl

translate = QCoreApplication.translate


class DutyRosterButton(QPushButton):
    """"Duty roster…" with two choices; `station` gives the station chosen in the view."""

    def __init__(self, context: AppContext, station: Callable[[], int | None],
                 say: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(translate("TeamsView", "Duty roster…"), parent)
        self.context = context
        self.station = station
        self.say = say
        menu = QMenu(self)
        menu.addAction(translate("TeamsView", "Print preview…"), self.preview)
        menu.addAction(translate("TeamsView", "Save PDF…"), self.ask_pdf)
        self.setMenu(menu)
        self.last_dialog: Any = None

    def _station(self) -> int | None:
        chosen = self.station()
        if chosen is None:
            self.say(translate("TeamsView", "Choose a station first."))
        return chosen

    def preview(self) -> None:
        station = self._station()
        if station is None:
            return
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> DutyRosterSheet:
            return load_duty_roster(database, user, station, date.today())

        def show(sheet: Any) -> None:
            from ui.kit.print_preview import preview_papers
            self.last_dialog = preview_papers([roster_paper(sheet)], roster_title(sheet), self)
            self.last_dialog.open()

        self.context.tasks.submit("duty roster", work, succeeded=show, owner=self)

    def ask_pdf(self) -> None:
        station = self._station()
        if station is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("TeamsView", "Duty roster…"),
            str(Path.home() / f"duty-roster-{date.today():%Y%m%d}.pdf"),
            translate("TeamsView", "Duty roster PDF (*.pdf)"))
        if path:
            self.save_pdf(station, Path(path))

    def save_pdf(self, station: int, path: Path) -> None:
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> object:
            return print_duty_roster(database, user, station, date.today(), path)

        def done(result: Any) -> None:
            self.say(translate("TeamsView", "Saved %1 (%2 pages).").replace("%1", str(path))
                     .replace("%2", str(result[1])))

        def failed(error: BaseException) -> None:
            self.say(str(error))

        self.context.tasks.submit("duty roster PDF", work, succeeded=done, failed=failed, owner=self)
