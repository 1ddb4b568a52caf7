"""The buttons and keys of actions, made only for a user whose role may take them.

A clerk's Ctrl+M in a case window must not open a form that the controller refuses once the
reason is typed: an action the role may not take has neither a button nor a key. Every screen
makes its guarded buttons and keys here, asking the very action it will call (controllers'
@action and its permission, models/accounts/permissions.py), so the screen cannot offer what the
controller would refuse. A None in place of a button means "not for this role"; `present` leaves
those out of a layout.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from controllers.runtime.actions import SignedInUser
from models.accounts.permissions import Permission
from ui.kit.widgets import shortcut

# What an action is gated on: the controller action it calls, or a permission where a screen
# leads to several actions (the district's editors).
Gate = Permission | Callable[..., Any]
W = TypeVar("W", bound=QWidget)


def allowed(user: SignedInUser, gate: Gate) -> bool:
    return user.may(gate) if isinstance(gate, Permission) else user.may_take(gate)


def key_text(keys: str) -> str:
    """A key as this platform writes it (Ctrl+M, ⌘M)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def action_key(user: SignedInUser, gate: Gate, keys: str | Qt.Key, on: QWidget,
               slot: Callable[[], object],
               context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QShortcut | None:
    """A key on `on` calling `slot`, if the user's role may take the action; else no key."""
    return shortcut(keys, on, slot, context) if allowed(user, gate) else None


def action_button(user: SignedInUser, gate: Gate, text: str, slot: Callable[[], object],
                  keys: str = "", *, key_on: QWidget | None = None,
                  context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
                  keys_in_text: bool = False) -> QPushButton | None:
    """The action's button and key, or None (neither) when the user's role may not take it.

    The key is the button's own shortcut (live while the button is shown and enabled; it clicks
    after the button's press animation), or, with `key_on`, a shortcut on that widget in
    `context` that acts at once while the button is enabled. The key is in the tooltip, or after
    the text with `keys_in_text`."""
    if not allowed(user, gate):
        return None
    button = QPushButton(f"{text}  {key_text(keys)}" if keys and keys_in_text else text)
    button.clicked.connect(slot)
    if keys:
        button.setToolTip(key_text(keys))
        if key_on is None:
            button.setShortcut(QKeySequence(keys))
        else:   # like the button's own key, the key does nothing while the button is disabled
            shortcut(keys, key_on, lambda: slot() if button.isEnabled() else None, context)
    return button


def present(widgets: Iterable[W | None]) -> list[W]:
    """The widgets made for this role (the Nones left out), for a layout."""
    return [widget for widget in widgets if widget is not None]
