"""Exporting a list from its Export… button: the rows under the filters shown, the columns shown
in the order shown, the interface's words (never a stored code), dates as date cells, masked for
the role; no button for a role that may not take data out."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from controllers.runtime.context import AppContext
from controllers.runtime.language import install_translators
from models.demo import build_demo
from tests.support.factories import signed_in
from tests.support.sample_district import add_sample_district
from ui.cases.view import CasesView
from ui.communities.detail import CommunityDetail
from ui.communities.view import CommunitiesView
from ui.kit.table_page import TablePage
from ui.register.view import RegisterView

STORED_CODES = ("close_contact", "fever", "confirmed", "identified", "verified", "in_transit",
                "nobody_home", "screened", "work_group")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    undo = install_translators(qapp, "zh")
    yield
    undo()


def _export(widget: Any, button: Any, target: Path) -> None:
    with patch("ui.kit.export_list.QFileDialog.getSaveFileName", return_value=(str(target), "")), \
            patch("ui.kit.export_list.QMessageBox.information") as told:
        button.click()
    assert told.called and target.exists()


def _xlsx(path: Path) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def _shown(view: TablePage) -> list[str]:
    header = view.table.horizontalHeader()
    return [str(view.model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal))
            for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]


def _loaded(qtbot: QtBot, view: TablePage) -> None:
    view.show()
    view.activate()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=20_000)


def test_the_case_board_exports_what_it_shows(qtbot: QtBot, context: AppContext, tmp_path: Path,
                                              chinese: None) -> None:
    build_demo(context.database, "small", seed=3, end=datetime(2020, 2, 20, 18))
    context.user = signed_in("dispatcher")
    view = CasesView(context)
    qtbot.addWidget(view)
    _loaded(qtbot, view)
    header = view.table.horizontalHeader()
    keys = [column.key for column in view.model.source.columns]
    header.setSectionHidden(keys.index("community"), True)      # a column the user hid
    header.moveSection(header.visualIndex(keys.index("status")), 0)   # and one moved first
    view.open_only.setChecked(False)
    view.chips.button(2).click()                                 # one category only
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=20_000)
    target = tmp_path / "cases.xlsx"
    _export(view, view.export_button, target)
    rows = _xlsx(target)
    assert rows[0] == _shown(view) and rows[0][0] == "状态"
    assert len(rows) - 1 == view.model.rowCount() > 0
    assert len({row[_shown(view).index("类别")] for row in rows[1:]}) == 1
    cells = [str(cell) for row in rows[1:] for cell in row]
    assert not set(cells) & set(STORED_CODES)
    since = rows[0].index(str(view.model.headerData(keys.index("status_since"),
                                                    Qt.Orientation.Horizontal)))
    assert all(isinstance(row[since], datetime) for row in rows[1:])


def test_the_register_exports_masked_with_ages(qtbot: QtBot, context: AppContext,
                                              tmp_path: Path) -> None:
    """A dispatcher sees IDs masked: the list, and so its file, has each person's age where a
    commander's has the birth date (the masked digits)."""
    build_demo(context.database, "small", seed=3, end=datetime(2020, 2, 20, 18))
    context.user = signed_in("dispatcher")
    view = RegisterView(context)
    qtbot.addWidget(view)
    _loaded(qtbot, view)
    total = view.model.rowCount()
    target = tmp_path / "register.csv"
    _export(view, view.export_button, target)
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == _shown(view) and len(rows) - 1 == total
    ids = rows[0].index("Resident ID")
    assert all("********" in row[ids] for row in rows[1:] if row[ids])
    sexes = {row[rows[0].index("Sex")] for row in rows[1:]}
    assert sexes <= {"Male", "Female", ""} and "M" not in sexes
    assert "Born" not in rows[0]
    xlsx = tmp_path / "register.xlsx"
    _export(view, view.export_button, xlsx)
    age = _xlsx(xlsx)[0].index("Age")
    assert all(isinstance(row[age], (int, float)) and not isinstance(row[age], date)
               for row in _xlsx(xlsx)[1:] if row[age] != "")


def test_the_gap_list_exports_its_words(qtbot: QtBot, context: AppContext, tmp_path: Path,
                                        chinese: None) -> None:
    sample = add_sample_district(context.database)
    context.user = signed_in("commander")
    detail = CommunityDetail(context, sample.communities["花山村"])
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: not detail.is_loading(), timeout=20_000)
    assert detail.export_button is not None
    target = tmp_path / "gaps.xlsx"
    _export(detail, detail.export_button, target)
    rows = _xlsx(target)
    assert len(rows) - 1 == detail.gaps.rowCount() > 0
    assert "楼栋" in rows[0]
    assert not {str(cell) for row in rows[1:] for cell in row} & set(STORED_CODES)
    detail.tabs.setCurrentIndex(1)
    everything = tmp_path / "households.xlsx"
    _export(detail, detail.export_button, everything)
    assert len(_xlsx(everything)) - 1 == detail.households.rowCount()


def test_roles_without_export_have_no_button(qtbot: QtBot, context: AppContext) -> None:
    context.user = signed_in("clerk")
    view = CasesView(context)
    qtbot.addWidget(view)
    assert view.export_button is None
    register = RegisterView(context)
    qtbot.addWidget(register)
    assert register.export_button is None


def test_the_communities_list_keeps_numbers_and_shares(qtbot: QtBot, context: AppContext,
                                                       tmp_path: Path) -> None:
    add_sample_district(context.database)
    context.user = signed_in("commander")
    view = CommunitiesView(context)
    qtbot.addWidget(view)
    _loaded(qtbot, view)
    target = tmp_path / "communities.xlsx"
    _export(view, view.export_button, target)
    rows = _xlsx(target)
    assert rows[0] == _shown(view) and len(rows) - 1 == view.model.rowCount() == 3
    by_name = {row[rows[0].index("Community")]: row for row in rows[1:]}
    assert by_name["东湖社区"][rows[0].index("Coverage")] == pytest.approx(0.75)
    assert by_name["东湖社区"][rows[0].index("Households")] == 4
    assert {row[rows[0].index("Kind")] for row in rows[1:]} <= {"Urban community", "Village"}
