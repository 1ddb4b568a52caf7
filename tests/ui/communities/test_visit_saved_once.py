"""Save pressed again after the database's answer was lost stores one visit: the dialog sends its
form's key with every save, and the second save finds the visit the first one stored."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from controllers.runtime.context import AppContext
from models.errors import DatabaseUnavailable
from models.schema import Visit
from tests.support.sample_district import add_sample_district
from tests.support.visit_dialogs import household, visit_dialog, visits
from ui.communities import visit_dialog as dialog_module


def test_save_again_after_a_lost_answer_keeps_one_visit(
        qtbot: QtBot, context: AppContext, answered: Callable[..., None],
        monkeypatch: pytest.MonkeyPatch) -> None:
    sample = add_sample_district(context.database)
    target = household(context.database, sample.communities["水果湖社区"], "01")
    before = visits(context.database)
    real, keys = dialog_module.save_visit, []

    def answer_lost_once(*args: Any, **kwargs: Any) -> object:
        keys.append(kwargs["key"])
        result = real(*args, **kwargs)          # committed ...
        if len(keys) == 1:                      # ... and the answer never came back
            raise DatabaseUnavailable("The database did not answer")
        return result

    monkeypatch.setattr(dialog_module, "save_visit", answer_lost_once)
    dialog = visit_dialog(qtbot, context, target)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_2)        # nobody home
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    answered(dialog)
    assert dialog.isVisible() and dialog.message.isVisible() and dialog.result_visit is None
    assert visits(context.database) == before + 1
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)   # the clerk saves again
    answered(dialog)
    assert dialog.result_visit is not None and not dialog.isVisible()
    assert visits(context.database) == before + 1
    assert keys == [dialog.form.entry_key] * 2
    with context.database.sessions() as session:
        assert session.scalar(select(Visit.id).where(
            Visit.entry_key == dialog.form.entry_key)) == dialog.result_visit.visit_id
