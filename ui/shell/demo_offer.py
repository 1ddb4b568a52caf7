"""On an empty database, offer the small demo district so a first look is not an empty screen."""
from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from models.errors import CanvassError
from ui.kit.error_text import error_text
from ui.kit.progress import run_with_progress

log = logging.getLogger("canvass.ui")
translate = QCoreApplication.translate

# The same district `canvass demo --size small` builds: same seed, history ending today.
DEMO_SIZE = "small"
DEMO_SEED = 2020


def offer_demo(context: AppContext, parent: QWidget | None = None) -> bool:
    """Ask, then build; True when a demo district was built."""
    try:
        from controllers.setup.demo import build_demo  # imported late: only a first run needs it
    except ImportError:
        log.info("no demo generator in this build: not offering one")
        return False
    answer = QMessageBox.question(
        parent, translate("DemoOffer", "Empty database"),
        translate("DemoOffer", "This database holds no district yet.\n\n"
                  "Build a small demo district (invented people and places) to look around?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    database = context.database

    def work(control: TaskControl) -> object:
        return build_demo(database, DEMO_SIZE, seed=DEMO_SEED, today=date.today(),
                          progress=control.progress, cancelled=control.cancelled)

    outcome = run_with_progress(context.tasks, translate("DemoOffer", "Building the demo district…"),
                                work, cancellable=True, parent=parent, minimum_duration_ms=0)
    if outcome.status == "failed":
        error = outcome.value
        text = error_text(error) if isinstance(error, CanvassError) else str(error)
        QMessageBox.warning(parent, translate("DemoOffer", "Demo not built"), text)
    return outcome.succeeded
