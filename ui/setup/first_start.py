"""The first start on an empty database: set up our district, build the demo, or open another.

Shown after the first account exists (the commander who will set the district up), before the
main window. Each way finishes here or leaves the dialog open to choose again: the wizard
cancelled, the demo cancelled (rolled back: the database stays empty), a database that cannot
be opened (the reason is said on the dialog). "Later" goes on to an empty window.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QDialogButtonBox, QWidget

from controllers.runtime.context import AppContext, Database, open_database
from controllers.runtime.tasks import TaskControl
from models.accounts.permissions import Permission
from models.errors import CanvassError
from ui.kit.error_text import error_text
from ui.kit.progress import run_with_progress
from ui.kit.widgets import label, named_label, vbox
from ui.setup.other_database import OtherDatabaseDialog
from ui.setup.pages import error_label
from ui.setup.wizard import SetupWizard

log = logging.getLogger("canvass.ui")

# The same district `canvass demo --size small` builds: same seed, history ending today.
DEMO_SIZE = "small"
DEMO_SEED = 2020


class FirstStartChoice(Enum):
    DISTRICT = "district"          # the district workbook was loaded
    DEMO = "demo"                  # the demo district was built
    OTHER_DATABASE = "other"       # another database was opened: `database`, `location`


def demo_generator_present() -> bool:
    """The demo generator is imported late (only a first start needs it) and may be left out of
    a build: then the demo is not offered."""
    try:
        from controllers.setup.demo import build_demo  # noqa: F401
    except ImportError:
        return False
    return True


class FirstStartDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.choice: FirstStartChoice | None = None
        self.database: Database | None = None
        self.location = ""
        self.setWindowTitle(self.tr("Welcome to Canvass"))
        user = context.user
        self.district_button = self._way(
            self.tr("Set up our district"),
            self.tr("Fill in the district workbook — police stations, communities, facilities, "
                    "teams, responders, vehicles — check it and load it."), self.set_up_district)
        self.district_button.setVisible(user.may(Permission.SET_UP_DISTRICT))
        self.demo_button = self._way(
            self.tr("Build the demo district"),
            self.tr("A small invented district to look around and practise on, in one click."),
            self.build_demo)
        self.demo_button.setVisible(user.may(Permission.EDIT_REGISTER)
                                    and demo_generator_present())
        self.other_button = self._way(
            self.tr("Open another database"),
            self.tr("A Canvass database file, or the command center's shared PostgreSQL server."),
            self.open_other)
        self.message = error_label()
        buttons = QDialogButtonBox()
        later = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("Open the empty database; this choice comes back at the next "
                                 "start"))
        buttons.rejected.connect(self.reject)
        self.setLayout(vbox(
            named_label("pageTitle", self.tr("Welcome to Canvass")),
            label(self.tr("This database holds no district yet. How do you want to start?"),
                  wrap=True),
            self.district_button, self.demo_button, self.other_button,
            label(context.database.description, "pageSubtitle", wrap=True),
            self.message, buttons, margins=24, spacing=10))
        self.setMinimumWidth(620)

    def _way(self, title: str, description: str,
             slot: Callable[[], None]) -> QCommandLinkButton:
        button = QCommandLinkButton(title, description)
        button.clicked.connect(slot)
        return button

    def ways(self) -> tuple[QCommandLinkButton, ...]:
        return self.district_button, self.demo_button, self.other_button

    def is_working(self) -> bool:
        """A way is under way (the wizard, the demo, opening): the buttons wait for it."""
        return not self.other_button.isEnabled()

    @contextmanager
    def _working(self) -> Iterator[None]:
        self._say("")
        for button in self.ways():
            button.setEnabled(False)
        try:
            yield
        finally:
            for button in self.ways():
                button.setEnabled(True)

    def _chose(self, choice: FirstStartChoice) -> None:
        self.choice = choice
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()

    def set_up_district(self) -> None:
        with self._working():
            wizard = SetupWizard(self.context, self)
            wizard.exec()
            loaded = wizard.loaded
            wizard.deleteLater()
        if loaded is not None and loaded.written:
            self._chose(FirstStartChoice.DISTRICT)

    def build_demo(self) -> None:
        """One click: no question, a progress dialog that can cancel (nothing then written)."""
        from controllers.setup.demo import build_demo  # imported late: only a first start needs it

        database = self.context.database

        def work(control: TaskControl) -> object:
            return build_demo(database, DEMO_SIZE, seed=DEMO_SEED, end=datetime.now(),
                              progress=control.progress, cancelled=control.cancelled)

        with self._working():
            outcome = run_with_progress(self.context.tasks,
                                        self.tr("Building the demo district…"), work,
                                        cancellable=True, parent=self, minimum_duration_ms=0)
        if outcome.succeeded:
            self._chose(FirstStartChoice.DEMO)
        elif outcome.status == "failed":
            error = outcome.value
            log.warning("demo not built: %s", error)
            self._say(self.tr("The demo district was not built: %1").replace(
                "%1", error_text(error) if isinstance(error, CanvassError) else str(error)))

    def open_other(self) -> None:
        with self._working():
            dialog = OtherDatabaseDialog(self)
            answer, location = dialog.exec(), dialog.chosen()
            dialog.deleteLater()
            if answer != QDialog.DialogCode.Accepted:
                return

            def work(_control: TaskControl) -> Database:
                return open_database(location)

            outcome = run_with_progress(self.context.tasks, self.tr("Opening the database…"),
                                        work, cancellable=False, parent=self,
                                        minimum_duration_ms=300)
        if outcome.succeeded:
            self.database, self.location = outcome.value, location
            self._chose(FirstStartChoice.OTHER_DATABASE)
        elif outcome.status == "failed":
            error = outcome.value
            log.warning("cannot open the other database: %s", error)
            self._say(self.tr("Canvass cannot open that database: %1").replace(
                "%1", error_text(error) if isinstance(error, CanvassError) else str(error)))


def offer_first_start(context: AppContext, parent: QWidget | None = None) -> FirstStartDialog:
    """Ask on an empty database; the dialog says what was chosen (`choice` None: later)."""
    dialog = FirstStartDialog(context, parent)
    dialog.exec()
    return dialog
