"""Starting the application as a person would: answering the windows the start opens (first
account, sign-in, first-start choice, setup wizard), and the command line's arguments."""
from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from controllers.runtime.settings import Settings
from ui.accounts.sign_in_dialog import FirstRunDialog, SignInDialog
from ui.kit.background import is_saving
from ui.setup.first_start import FirstStartDialog
from ui.setup.other_database import OtherDatabaseDialog
from ui.setup.wizard import DONE, FILE, SetupWizard
from ui.shell.app import Session, start_gui

FIRST_PASSWORD = "first-run-password"


class DialogAnswerer:
    """Answers each message box as it appears (as a person would) and notes what it said."""

    def __init__(self, button: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes,
                 cancel_progress: bool = False, ways: tuple[str, ...] = ()) -> None:
        self.button = button
        self.cancel_progress = cancel_progress
        self.seen: list[str] = []
        self.informed: list[str] = []   # each box's informative text (the sentence, the place)
        self.ways = list(ways)          # the first start's choice at each offer; then "later"
        self.offers = 0
        self.choosing = False
        self.first_run = 0
        self.sign_ins = 0
        self.sign_in_as: tuple[str, str] | None = None
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and is_saving(widget):
                continue            # answered already: its check runs in the background
            if isinstance(widget, FirstRunDialog) and widget.isVisible():
                self.first_run += 1
                widget.password.setText(FIRST_PASSWORD)  # shared databases require one
                widget.create_commander()
            elif isinstance(widget, SignInDialog) and widget.isVisible():
                self.sign_ins += 1
                if self.sign_in_as is None:
                    widget.reject()
                else:
                    widget.name.setText(self.sign_in_as[0])
                    widget.password.setText(self.sign_in_as[1])
                    widget.try_sign_in()
            elif isinstance(widget, FirstStartDialog) and widget.isVisible() \
                    and not widget.is_working() and not self.choosing:
                self._choose(widget)
            elif isinstance(widget, QMessageBox) and widget.isVisible():
                self.seen.append(widget.text())
                self.informed.append(widget.informativeText())
                chosen = widget.button(self.button) or widget.buttons()[0]
                chosen.click()
            elif isinstance(widget, QProgressDialog) and widget.isVisible() and self.cancel_progress:
                cancel = widget.findChild(QPushButton)
                if cancel is not None:
                    cancel.click()

    def _choose(self, dialog: FirstStartDialog) -> None:
        """Click the way after this look: the demo's progress dialog runs in its own loop."""
        self.offers += 1
        self.choosing = True
        way = self.ways.pop(0) if self.ways else "later"

        def click() -> None:
            self.choosing = False
            if way == "demo":
                dialog.demo_button.click()
            else:
                dialog.reject()
        QTimer.singleShot(0, click)

    def stop(self) -> None:
        self.timer.stop()


def arguments(db: str, lang: str | None = "en", wall: bool = False) -> argparse.Namespace:
    return argparse.Namespace(db=db, lang=lang, wall=wall, command=None)


PASSWORD = "first-start-password"


class Newcomer:
    """Answers the start's windows as a new commander would, each page of each window once:
    the first account, then the first-start way `way`, the wizard with `workbook`, the other
    database at `other`."""

    def __init__(self, way: str, workbook: Path | None = None, other: str = "") -> None:
        self.way, self.workbook, self.other = way, workbook, other
        self.first_runs = 0
        self.offers: list[tuple[bool, bool, bool]] = []     # the ways each offer showed
        self.acted: set[tuple[int, int]] = set()
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _once(self, widget: QWidget, step: int) -> bool:
        key = (id(widget), step)
        if key in self.acted:
            return False
        self.acted.add(key)
        return True

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or (isinstance(widget, QDialog) and is_saving(widget)):
                continue
            if isinstance(widget, FirstRunDialog):
                self.first_runs += 1
                widget.password.setText(PASSWORD)
                widget.create_commander()
            elif isinstance(widget, FirstStartDialog) and not widget.is_working() \
                    and self._once(widget, 0):
                self.offers.append(tuple(not b.isHidden() for b in widget.ways()))  # type: ignore[arg-type]
                button = {"district": widget.district_button, "demo": widget.demo_button,
                          "other": widget.other_button}.get(self.way)
                QTimer.singleShot(0, button.click if button is not None else widget.reject)
            elif isinstance(widget, SetupWizard) and self._once(widget, widget.currentId()):
                if widget.currentId() == FILE:
                    widget.file_page.file.setText(str(self.workbook))
                if widget.currentId() == DONE:
                    QTimer.singleShot(0, widget.button(QWizard.WizardButton.FinishButton).click)
                else:
                    QTimer.singleShot(0, widget.next)
            elif isinstance(widget, OtherDatabaseDialog) and self._once(widget, 0):
                widget.location.setText(self.other)
                QTimer.singleShot(0, widget.accept)

    def stop(self) -> None:
        self.timer.stop()


def start(newcomer: Newcomer, db: str, settings: Settings, started: list[Session]) -> Session:
    try:
        session = start_gui(arguments(db), settings)
    finally:
        newcomer.stop()
    assert isinstance(session, Session) and session.window is not None
    started.append(session)
    return session


def communities_shown(qtbot: QtBot, session: Session, count: int) -> None:
    assert session.window is not None and session.window.current_view_id() == "communities"
    view = session.window.views["communities"]
    qtbot.waitUntil(lambda: view.model.rowCount() == count, timeout=10_000)  # type: ignore[attr-defined]
