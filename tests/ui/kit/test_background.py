"""No click waits on the database: a save that the database holds up leaves the window alive
(timers fire, the form says it is saving and cannot be saved twice or closed), and a refusal
that comes back later keeps every typed character and says why (ui/kit/background.py).

The visit form stands for every form: its save is held on an Event until the test lets it go."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from controllers.communities import visits as visit_controller
from controllers.runtime.context import AppContext
from models.errors import DatabaseUnavailable
from tests.support.sample_district import add_sample_district
from tests.support.visit_dialogs import household, visit_dialog, visits
from ui.communities.visit_dialog import VisitDialog
from ui.kit.background import is_busy, is_saving

HELD_S = 10


class HeldSave:
    """Stands in for `save_visit`: waits on the worker until released, then saves or fails."""

    def __init__(self, failure: Exception | None = None) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.calls = 0
        self.failure = failure

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        self.started.set()
        if not self.release.wait(HELD_S):
            raise TimeoutError("the test never released the save")
        if self.failure is not None:
            raise self.failure
        return visit_controller.save_visit(*args, **kwargs)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., HeldSave]]:
    made: list[HeldSave] = []

    def hold(failure: Exception | None = None) -> HeldSave:
        save = HeldSave(failure)
        made.append(save)
        monkeypatch.setattr("ui.communities.visit_dialog.save_visit", save)
        return save

    yield hold
    for save in made:  # never leave a worker waiting
        save.release.set()


@pytest.fixture
def screening(qtbot: QtBot, context: AppContext) -> VisitDialog:
    """The visit form of 东湖社区 01 (张伟, 陈静), both temperatures typed."""
    sample = add_sample_district(context.database)
    dialog = visit_dialog(qtbot, context, household(context.database,
                                                    sample.communities["东湖社区"], "01"))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_1)
    qtbot.keyClicks(dialog.focusWidget(), "36.5")
    for _ in range(3):   # 张伟's symptoms, whether he is at home, 陈静's temperature
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "36.8")
    return dialog


def test_the_window_lives_while_the_database_holds_the_save(
        qtbot: QtBot, context: AppContext, screening: VisitDialog,
        held: Callable[..., HeldSave], answered: Callable[..., None]) -> None:
    dialog, save = screening, held()
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    began = time.monotonic()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)   # Enter saves
    assert time.monotonic() - began < HELD_S / 2, "the click waited for the database"
    assert save.started.wait(5)
    # The save is held on its worker, and the event loop goes on: timers fire, paint happens.
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5_000)
    assert save.calls == 1 and not save.release.is_set()
    button = dialog.save_button
    assert is_saving(dialog) and is_busy(dialog)
    assert button.text() == "Saving…" and not button.isEnabled()
    assert not dialog.findChild(QDialogButtonBox).isEnabled()
    assert dialog.cursor().shape() == Qt.CursorShape.BusyCursor
    # Saving again or closing meanwhile does nothing: the answer still finds the form.
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    dialog.save()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.close()
    assert dialog.isVisible() and dialog.result_visit is None and save.calls == 1
    assert visits(context.database) == 6
    save.release.set()
    answered(dialog)
    timer.stop()
    assert dialog.result_visit is not None and not dialog.isVisible()
    assert visits(context.database) == 7
    assert button.text() == "Save" and button.isEnabled()
    assert dialog.cursor().shape() != Qt.CursorShape.BusyCursor


def test_a_refusal_that_comes_later_keeps_what_was_typed(
        qtbot: QtBot, context: AppContext, screening: VisitDialog,
        held: Callable[..., HeldSave], answered: Callable[..., None]) -> None:
    dialog = screening
    typed = dialog.focusWidget()
    save = held(DatabaseUnavailable("server went away"))
    qtbot.keyClick(typed, Qt.Key.Key_Return)
    assert save.started.wait(5)
    dialog.note.setText("phoned in by the building's warden")   # typing goes on meanwhile
    save.release.set()
    answered(dialog)
    assert dialog.isVisible() and dialog.result_visit is None
    assert dialog.message.isVisible()
    assert dialog.message.text() == ("The database did not answer. Nothing was saved; "
                                     "your input is kept.")
    assert [line.temperature.text() for line in dialog.members.lines] == ["36.5", "36.8"]
    assert dialog.note.text() == "phoned in by the building's warden"
    assert dialog.chosen_outcome() == "screened"
    assert dialog.save_button.isEnabled() and dialog.save_button.text() == "Save"
    assert QApplication.focusWidget() is typed              # the focus stayed where it was
    assert visits(context.database) == 6
    # The database answers again: the same form, as it was kept, saves.
    held().release.set()
    dialog.save()
    answered(dialog)
    assert dialog.result_visit is not None and visits(context.database) == 7
