"""可能重复 from the register view: a clerk sees persons entered twice beside the entry to keep,
merges one after saying yes, and a refusal is worded in the dialog; a viewer has no button."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from controllers.runtime.context import AppContext
from controllers.runtime.language import install_translators
from models.schema import Person
from tests.support.factories import make_person, make_place, signed_in
from tests.support.gui import SHOTS, Answered
from tests.support.twins import add_case, add_twins
from ui.register.duplicates_dialog import DuplicatesDialog
from ui.register.view import RegisterView


def _duplicates(context: AppContext, *, open_cases: bool = False) -> tuple[int, int]:
    with context.database.sessions() as session:
        place = make_place(session)
        wang, again = add_twins(session, place)
        zhang = make_person(session, place)
        make_person(session, place, "张伟", zhang.resident_id, active=False)
        if open_cases:
            add_case(session, place, wang)
            add_case(session, place, again)
        session.commit()
        return wang.id, again.id


def _opened(qtbot: QtBot, context: AppContext) -> DuplicatesDialog:
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.duplicates_button is not None and view.duplicates_button.isVisible()
    view.duplicates_button.click()
    dialog = view.findChild(DuplicatesDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.model.row_id(0) is not None,
                    timeout=10_000)
    return dialog


def test_a_clerk_merges_an_entry_into_the_kept_one(qtbot: QtBot, context: AppContext,
                                                   answered: Answered,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    kept, other = _duplicates(context)
    context.user = signed_in("clerk")
    dialog = _opened(qtbot, context)
    assert "1" in dialog.counted.text()
    assert not dialog.merge_button.isEnabled()
    dialog.sameness.setCurrentIndex(1)        # the same name, birth date and phone
    qtbot.waitUntil(lambda: dialog.model.row_id(0) == other, timeout=10_000)
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda question: asked.append(question) or True)
    dialog.merge_button.click()
    answered(dialog)
    assert f"entry {other}" in asked[0] and f"into entry {kept}" in asked[0]
    assert f"Entry {other} was merged into entry {kept}" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    with context.database.sessions() as session:
        assert session.scalar(select(Person.merged_into_id).where(Person.id == other)) == kept


def test_a_refused_merge_is_worded_in_chinese_and_the_dialog_is_shown(
        qtbot: QtBot, context: AppContext, answered: Answered,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _kept, other = _duplicates(context, open_cases=True)
    context.user = signed_in("clerk")
    app = QCoreApplication.instance()
    assert app is not None
    remove = install_translators(app, "zh")
    try:
        dialog = _opened(qtbot, context)
        dialog.resize(1180, 420)
        dialog.sameness.setCurrentIndex(1)
        qtbot.waitUntil(lambda: dialog.model.row_id(0) == other, timeout=10_000)
        dialog.table.setCurrentIndex(dialog.model.index(0, 0))
        monkeypatch.setattr(dialog, "confirm", lambda _question: True)
        dialog.keep_button.click()
        answered(dialog)
        assert dialog.message.text() == "两条记录都有未结案的个案：请先结束其中一个。"
        assert dialog.windowTitle() == "可能重复"
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "h17_duplicates.png"))
    finally:
        remove()


def test_a_viewer_has_no_duplicates_button(qtbot: QtBot, context: AppContext) -> None:
    context.user = signed_in("viewer")
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.duplicates_button is None
