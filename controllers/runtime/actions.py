"""Every controller action a person can take, with the permission it needs.

`@action(Permission.X)` checks the signed-in user's role before the action does anything and
registers the action, so a test can walk every action for every role. The GUI hides what a role
cannot do; this is where it is enforced, for the GUI and the command line alike.
"""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from models.accounts.permissions import Permission, may, require
from models.enums import UserRole

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class SignedInUser:
    """Who is at the keyboard: what the controllers check and what the audit log records."""
    id: int | None
    username: str
    display_name: str
    role: UserRole

    def may(self, permission: Permission) -> bool:
        return may(self.role, permission)

    @property
    def sees_full_identifiers(self) -> bool:
        return self.may(Permission.SEE_FULL_IDENTIFIERS)

    def may_take(self, function: Callable[..., Any]) -> bool:
        """Whether this user's role may call the action `function` (an @action): what a screen
        asks before it offers the action's button and key."""
        return self.may(permission_for(function))


@dataclass(frozen=True)
class RegisteredAction:
    name: str
    permission: Permission
    function: Callable[..., Any]


ACTIONS: dict[str, RegisteredAction] = {}


def action(permission: Permission) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Mark a controller function as a user action needing `permission` of its `user` argument."""
    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(function)
        if "user" not in signature.parameters:
            raise TypeError(f"{function.__qualname__} must take the signed-in user as `user`")

        position = list(signature.parameters).index("user")

        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            # Found by position, not Signature.bind: some actions (a live search) run per keystroke.
            user = kwargs["user"] if "user" in kwargs else (
                args[position] if len(args) > position else None)
            if not isinstance(user, SignedInUser):
                raise TypeError(f"{function.__qualname__} needs a SignedInUser")
            require(user.role, permission)
            return function(*args, **kwargs)

        name = f"{function.__module__}.{function.__qualname__}"
        ACTIONS[name] = RegisteredAction(name, permission, checked)
        return checked
    return decorate


def permission_for(function: Callable[..., Any]) -> Permission:
    """The permission the action `function` checks; KeyError for a function that is no action
    (a programming error: a screen must gate on what the controller enforces)."""
    return ACTIONS[f"{function.__module__}.{function.__qualname__}"].permission
