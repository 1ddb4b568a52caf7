"""The main window's menu entry for the register import: its words at start, the wizard's
module only when it is opened."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from controllers.runtime.context import AppContext

translate = QCoreApplication.translate


def import_menu_text() -> str:
    """The main window's menu entry (translated in this wizard's catalogue)."""
    return translate("ImportWizard", "&Import register…")


def open_import_wizard(context: AppContext, parent: QWidget | None = None) -> None:
    """Open the wizard with this workstation's remembered column mappings."""
    from ui.register.import_wizard import open_import_wizard as open_wizard
    open_wizard(context, parent)
