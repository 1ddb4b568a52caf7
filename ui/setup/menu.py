"""The main window's 辖区资料 (District) menu: the workbook wizard, the export and the blank
template, for the commander (the role that sets the district up; the controllers check again)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from controllers.runtime.context import AppContext
from models.accounts.permissions import Permission

translate = QCoreApplication.translate


def _import(context: AppContext, window: QMainWindow) -> None:
    from ui.setup.wizard import open_setup_wizard  # the wizard's module when it is opened
    open_setup_wizard(context, window)


def _export(context: AppContext, window: QMainWindow) -> None:
    from ui.setup.files import export_district
    export_district(context, window)


def _template(context: AppContext, window: QMainWindow) -> None:
    from ui.setup.files import save_blank_template
    save_blank_template(context, window)


def add_district_menu(window: QMainWindow, context: AppContext) -> QMenu | None:
    """The menu on `window`'s menu bar; None (no menu) for a role that may not set up."""
    if not context.user.may(Permission.SET_UP_DISTRICT):
        return None
    menu = window.menuBar().addMenu(translate("DistrictMenu", "&District"))
    menu.addAction(translate("DistrictMenu", "&Import workbook…"),
                   lambda: _import(context, window))
    menu.addAction(translate("DistrictMenu", "&Export workbook…"),
                   lambda: _export(context, window))
    menu.addAction(translate("DistrictMenu", "Save a &blank template…"),
                   lambda: _template(context, window))
    return menu
