"""Exporting the case list from the board: the filters on screen, masked for the role, the
categories in the interface's words."""
from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from unittest.mock import patch

from pytestqt.qtbot import QtBot

from controllers.runtime.context import AppContext
from models.demo import build_demo
from tests.factories import signed_in
from ui.cases.view import CasesView


def test_board_exports_what_it_shows_masked(qtbot: QtBot, context: AppContext,
                                            tmp_path: Path) -> None:
    build_demo(context.database, "small", seed=3, end=datetime(2020, 2, 20, 18))
    context.user = signed_in("dispatcher")
    view = CasesView(context)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    target = tmp_path / "cases.csv"
    with patch("ui.kit.export_list.QFileDialog.getSaveFileName", return_value=(str(target), "")), \
            patch("ui.kit.export_list.QMessageBox.information") as told:
        view.export_button.click()
    assert told.called and target.exists()
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    body = rows[1:]
    assert body and len(body) == view.model.rowCount()
    text = "\n".join(",".join(row) for row in body)
    assert "********" in text                      # resident IDs masked for a dispatcher
    assert "close_contact" not in text and "fever" not in text  # stored words replaced


def test_roles_without_export_have_no_button(qtbot: QtBot, context: AppContext) -> None:
    context.user = signed_in("clerk")
    view = CasesView(context)
    qtbot.addWidget(view)
    assert not hasattr(view, "export_button")
