"""The import wizard's check says how many addresses named no door (each its own household),
in Chinese."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from controllers.register.importing import remembered_mappings
from controllers.runtime.context import AppContext
from controllers.runtime.language import install_translators
from tests.support.gui import SHOTS
from tests.support.registers import address_csv, fifty_doors
from ui.register.import_wizard import ImportWizard


def test_the_check_counts_addresses_without_a_door(qtbot: QtBot, clerk_context: AppContext,
                                                   tmp_path: Path) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    remove = install_translators(app, "zh")
    try:
        wizard = ImportWizard(clerk_context, remembered_mappings(tmp_path))
        qtbot.addWidget(wizard)
        wizard.resize(760, 520)
        wizard.show()
        path = address_csv(tmp_path / "register.csv", [*fifty_doors()[:8], "江汉路菜场后面", ""])
        wizard.file_page.file.setText(str(path))
        wizard.next()
        wizard.next()
        assert wizard.currentPage() is wizard.check_page
        text = wizard.check_page.summary.text()
        assert "可导入 10 人、新增 10 户" in text
        assert "1 个住址读不出楼栋、单元或门牌，1 人没有住址" in text
        SHOTS.mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(SHOTS / "h17_import_check.png"))
    finally:
        remove()
