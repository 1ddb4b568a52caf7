"""The audit log as an administrator reads it, through the real dialog: records named ("张三 的病例",
"转运单 ZY…", "快反一队"), fields and values in the interface language, a deleted record still
placed, identifiers masked for the administrator, Ctrl+F and the kind filter from the keyboard."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from controllers.runtime.actions import SignedInUser
from controllers.runtime.context import AppContext, build_context
from controllers.runtime.language import install_translators
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.enums import UserRole
from tests.support.audit_log import NEW_PHONE, NUMBER, AuditScene, write_audit_scene
from tests.support.gui import SHOTS, keys_reach, settle
from ui.accounts.audit_log_dialog import AuditLogDialog
from ui.accounts.audit_table import CHANGES, RECORD

ADMIN = SignedInUser(None, "admin1", "admin1", UserRole.ADMIN)
COMMANDER = SignedInUser(None, "commander1", "commander1", UserRole.COMMANDER)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    remove = install_translators(qapp, "zh")
    yield
    remove()


@pytest.fixture
def scene(database: Database) -> AuditScene:
    return write_audit_scene(database)


def open_log(qtbot: QtBot, database: Database, settings: Settings,
             user: SignedInUser = ADMIN) -> AuditLogDialog:
    context: AppContext = build_context(database, settings, probe_interval_ms=60_000, user=user)
    dialog = AuditLogDialog(context)
    qtbot.addWidget(dialog)
    dialog.finished.connect(context.close)
    dialog.show()
    keys_reach(qtbot, dialog)
    settle(qtbot, dialog.model)
    return dialog


def column(dialog: AuditLogDialog, index: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(row, index))) for row in range(model.rowCount())]


def test_records_fields_and_values_read_in_chinese(qtbot: QtBot, database: Database,
                                                   settings: Settings, scene: AuditScene,
                                                   chinese: None) -> None:
    dialog = open_log(qtbot, database, settings)
    records = column(dialog, RECORD)
    changes = column(dialog, CHANGES)
    assert {"张三 的病例", f"转运单 {NUMBER}", "快反一队", "永清社区 1 2 301", "张三", "鄂A·12345",
            "用户 wangfang"} <= set(records)
    assert f"人员 #{scene.gone_person_id} (已删除)" in records
    assert "状态: 已发现 → 已核查" in changes
    assert "电话: 138****0000 → 139****5678" in changes
    moved = changes[records.index(f"转运单 {NUMBER}")]
    assert "状态: 已下达指令 → 已出车" in moved and "占用车辆: 否 → 是" in moved
    assert "出车时间: — → 2月20日 09:32" in moved   # a moment as the lists show it
    created = [c for r, c in zip(records, changes) if r == f"转运单 {NUMBER}"][-1]
    assert "车辆: 鄂A·12345" in created and "队伍: 快反一队" in created and "患者: 张三 的病例" in created
    assert "修改" in column(dialog, 2) and "dispatcher1" in column(dialog, 1)
    assert "status" not in " ".join(changes) and "vehicle_id" not in " ".join(changes)
    assert NEW_PHONE not in " ".join(changes)
    if database.kind == "sqlite":
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.table.setCurrentIndex(dialog.model.index(records.index(f"转运单 {NUMBER}"), 0))
        dialog.grab().save(str(SHOTS / "s28_audit_log_zh.png"))


def test_the_same_log_reads_in_english(qtbot: QtBot, database: Database, settings: Settings,
                                       scene: AuditScene) -> None:
    dialog = open_log(qtbot, database, settings)
    records = column(dialog, RECORD)
    changes = column(dialog, CHANGES)
    assert {"Case of 张三", f"Transfer order {NUMBER}", "快反一队", "User wangfang"} <= set(records)
    assert f"Person #{scene.gone_person_id} (deleted)" in records
    assert "Status: Identified → Verified" in changes
    assert "Phone: 138****0000 → 139****5678" in changes
    moved = changes[records.index(f"Transfer order {NUMBER}")]
    assert "Holds the vehicle: No → Yes" in moved
    if database.kind == "sqlite":
        dialog.table.setCurrentIndex(dialog.model.index(records.index(f"Transfer order {NUMBER}"), 0))
        dialog.grab().save(str(SHOTS / "s28_audit_log_en.png"))


def test_a_commander_sees_identifiers_in_full(qtbot: QtBot, database: Database,
                                              settings: Settings, scene: AuditScene) -> None:
    dialog = open_log(qtbot, database, settings, COMMANDER)
    assert f"Phone: 13800000000 → {NEW_PHONE}" in column(dialog, CHANGES)


def test_the_pane_shows_the_current_entry_in_full(qtbot: QtBot, database: Database,
                                                  settings: Settings, scene: AuditScene) -> None:
    dialog = open_log(qtbot, database, settings)
    records = column(dialog, RECORD)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(records.index(f"Transfer order {NUMBER}")):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: f"Transfer order {NUMBER}" in dialog.detail.toPlainText())
    lines = dialog.detail.toPlainText().splitlines()
    assert "dispatcher1" in lines[0] and "Changed" in lines[0]
    assert lines[1:] == ["Status: Ordered → Dispatched", "Dispatched at: — → 02-20 09:32",
                         "Holds the vehicle: No → Yes"]


def test_search_and_kind_filter_from_the_keyboard(qtbot: QtBot, database: Database,
                                                  settings: Settings, scene: AuditScene) -> None:
    dialog = open_log(qtbot, database, settings)
    everything = dialog.model.rowCount()
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.search.hasFocus()
    qtbot.keyClicks(dialog.search, "wangfang")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible()   # Enter searches, it does not close the log
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.model.is_loading())
    settle(qtbot, dialog.model, 1)
    assert column(dialog, RECORD) == ["User wangfang"]
    qtbot.waitUntil(lambda: "User wangfang" in dialog.detail.toPlainText())
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Backspace)   # the text was selected: all of it goes
    qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
    assert dialog.kind.hasFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)          # All records → Case
    assert dialog.kind.currentData() == "person_case"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and not dialog.model.is_loading())
    settle(qtbot, dialog.model, 2)
    assert set(column(dialog, RECORD)) == {"Case of 张三"}
    assert dialog.model.rowCount() < everything


def test_the_table_model_is_a_correct_qt_model(qtbot: QtBot, qtmodeltester: ModelTester,
                                               database: Database, settings: Settings,
                                               scene: AuditScene) -> None:
    dialog = open_log(qtbot, database, settings)
    qtmodeltester.check(dialog.model)
