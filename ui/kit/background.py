"""Loading and saving off the UI thread, one way for every screen: no click waits on the database.

`load_in_background` and `save_in_background` run one controller call on the task runner. While
it runs the screen says so: a busy cursor over the screen, the widgets that would start the call
again disabled; a form's buttons are disabled too, its OK reads "Saving…", and Esc or closing the
window do nothing, so that a refusal still finds the form with everything typed in it.

The answer arrives on the main thread. The screen is put back first (enabled again, the focus
where it was), so what the callback then does to buttons and focus has the last word. The result
goes to the screen; a refusal (a CanvassError) goes to the screen's own refusal line; anything
else is a bug, already logged by the runner, and is raised on the main thread like any error in
a slot. When the screen was closed and deleted meanwhile, nothing is called (the runner's
`owner`): the widgets held live inside the owner and went with it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget

from controllers.runtime.tasks import Task, TaskControl, TaskRunner
from models.errors import CanvassError

Result = TypeVar("Result")

WORKING = "canvassWorking"              # on the owner: calls not yet answered
HELD = "canvassHeld"                    # on a disabled widget: calls holding it
DISABLED_BEFORE = "canvassDisabledBefore"  # its own flag, not its parent's, put back after
SAVING = "canvassSaving"                # on a form: a save not yet answered
SAVE_ROLES = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole,
              QDialogButtonBox.ButtonRole.ApplyRole)


def is_busy(widget: QWidget) -> bool:
    """A load or save started for this widget has not answered yet."""
    return shiboken6.isValid(widget) and int(widget.property(WORKING) or 0) > 0


def is_saving(form: QWidget) -> bool:
    """A save of this form has not answered yet (a second one would be ignored)."""
    return shiboken6.isValid(form) and bool(form.property(SAVING))


def _count(widget: QWidget, key: str, step: int) -> int:
    """Add `step` to the widget's count under `key`; the count before the step."""
    before = int(widget.property(key) or 0)
    widget.setProperty(key, max(before + step, 0))
    return before


class _RefuseClosing(QObject):
    """While a form saves, Esc and the window's close button do nothing: the answer needs it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
            and event.key() == Qt.Key.Key_Escape


class _Hold:
    """What one call changed on screen, undone (once) when it answers."""

    def __init__(self, owner: QWidget, disabled: Iterable[QWidget], saving_text: str = "",
                 buttons: Iterable[QPushButton] = ()) -> None:
        self.owner = owner
        self.disabled = list(dict.fromkeys(disabled))
        focus = QApplication.focusWidget()
        self.focus = focus if focus is not None and any(
            w is focus or w.isAncestorOf(focus) for w in self.disabled) else None
        self.texts = [(button, button.text()) for button in buttons]
        self.guard: _RefuseClosing | None = None
        self.saving = bool(saving_text)
        self.released = False
        if _count(owner, WORKING, +1) == 0:
            owner.setCursor(Qt.CursorShape.BusyCursor)
        for widget in self.disabled:
            if _count(widget, HELD, +1) == 0:
                widget.setProperty(DISABLED_BEFORE,
                                   widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled))
                widget.setEnabled(False)
        for button, _text in self.texts:
            button.setText(saving_text)
        if self.saving:
            owner.setProperty(SAVING, True)
            if isinstance(owner, QDialog):
                self.guard = _RefuseClosing(owner)
                owner.installEventFilter(self.guard)

    def release(self) -> None:
        if self.released or not shiboken6.isValid(self.owner):
            return
        self.released = True
        if self.guard is not None:
            self.owner.removeEventFilter(self.guard)
            self.guard.deleteLater()
        if self.saving:
            self.owner.setProperty(SAVING, False)
        for button, text in self.texts:
            if shiboken6.isValid(button):
                button.setText(text)
        for widget in self.disabled:
            if shiboken6.isValid(widget) and _count(widget, HELD, -1) == 1:
                widget.setEnabled(not widget.property(DISABLED_BEFORE))
        if _count(self.owner, WORKING, -1) == 1:
            self.owner.unsetCursor()
        if self.focus is not None and shiboken6.isValid(self.focus) and self.focus.isEnabled():
            self.focus.setFocus()


def _run(tasks: TaskRunner, owner: QWidget, name: str, work: Callable[[], Result], hold: _Hold,
         done: Callable[[Result], None], refused: Callable[[CanvassError], None]) -> Task:
    def succeeded(result: Result) -> None:
        hold.release()
        done(result)

    def failed(error: BaseException) -> None:
        hold.release()
        if not isinstance(error, CanvassError):
            raise error
        refused(error)

    def run(_control: TaskControl) -> Result:
        return work()

    return tasks.submit(name, run, succeeded=succeeded, failed=failed, cancelled=hold.release,
                        owner=owner)


def load_in_background(tasks: TaskRunner, owner: QWidget, name: str, work: Callable[[], Result],
                       *, loaded: Callable[[Result], None],
                       refused: Callable[[CanvassError], None],
                       busy: Iterable[QWidget] = ()) -> Task:
    """Run `work` (a controller call; it must not touch a widget: read the screen before) and
    give its result to `loaded`. `busy` are widgets inside `owner` that would start the same
    load again (the Open button…): disabled until the answer."""
    return _run(tasks, owner, name, work, _Hold(owner, busy), loaded, refused)


def save_in_background(tasks: TaskRunner, form: QWidget, name: str, work: Callable[[], Result],
                       *, saved: Callable[[Result], None],
                       refused: Callable[[CanvassError], None],
                       busy: Iterable[QWidget] = ()) -> Task | None:
    """Run `work` (a controller call that writes; read everything it needs from the form before)
    and give its result to `saved`. The form's button boxes and `busy` are disabled meanwhile,
    their save buttons reading "Saving…"; a second save of the same form while one is under way
    (Enter pressed twice) is ignored, and None returned."""
    if is_saving(form):
        return None
    boxes = [box for box in form.findChildren(QDialogButtonBox) if box.window() is form.window()]
    buttons = [button for box in boxes for button in box.buttons()
               if isinstance(button, QPushButton) and box.buttonRole(button) in SAVE_ROLES]
    held = [*boxes, *busy]
    buttons += [widget for widget in busy if isinstance(widget, QPushButton)]
    text = QCoreApplication.translate("Background", "Saving…")
    return _run(tasks, form, name, work, _Hold(form, held, text, buttons), saved, refused)
