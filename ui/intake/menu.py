"""The main window's menu entry for the intake wizard: its words at start, the wizard's module
only when it is opened (it and its matching rules are not needed to show the window)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from controllers.runtime.context import AppContext

translate = QCoreApplication.translate


def intake_menu_text() -> str:
    """The main window's menu entry (in the intake catalogue)."""
    return translate("IntakeWizard", "Take a &contact-tracing list…")


def open_intake_wizard(context: AppContext, parent: QWidget | None = None) -> None:
    from ui.intake.wizard import IntakeWizard
    IntakeWizard(context, parent).exec()
