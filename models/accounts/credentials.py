"""What an account must be: the user-name and password rules, the roles, and how a refused
sign-in is told (how long it waits: models/accounts/sign_in_delays.py). Plain rules, no SQL,
so the sign-in and user screens can catch their refusals (and the command line applies the
same ones)."""
from __future__ import annotations

import math
import re

from models.accounts.permissions import ROLE_PERMISSIONS
from models.accounts.refusals import AccountRefusal
from models.enums import UserRole
from models.errors import CanvassError

USERNAME_LIMIT = 32
USERNAME = re.compile(rf"^[\w.\-]{{1,{USERNAME_LIMIT}}}$")
MIN_PASSWORD = 8
MAX_PASSWORD = 256
DISPLAY_NAME_LIMIT = 64
# What a new account is given unless someone chooses more: the role allowed the least.
LEAST_PRIVILEGED_ROLE = min(UserRole, key=lambda role: len(ROLE_PERMISSIONS[role]))


class SignInRefused(CanvassError):
    """Wrong name or password, or a delay after failures: one message for all but the delay, so
    a stranger cannot learn which names exist (unknown names are delayed like known ones). A
    deactivated account is named as such only to whoever gave its right password (the person it
    belonged to, who should ask a commander). `retry_after`: the delay's seconds left."""

    def __init__(self, message: str, retry_after: float = 0.0,
                 code: AccountRefusal | None = None, seconds: int = 0) -> None:
        super().__init__(message, code or (AccountRefusal.LOCKED if retry_after
                                           else AccountRefusal.WRONG_CREDENTIALS),
                         **({"seconds": seconds or math.ceil(retry_after)} if retry_after
                            else {}))
        self.retry_after = retry_after


class InvalidUserInput(CanvassError):
    """A user name, role or password that cannot be accepted; nothing was written."""


def check_username(username: str) -> str:
    name = username.strip()
    if not USERNAME.fullmatch(name):
        raise InvalidUserInput(
            f"A user name is 1 to {USERNAME_LIMIT} letters, digits, '.', '-' or '_', without "
            "spaces", AccountRefusal.BAD_NAME, limit=USERNAME_LIMIT)
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD or len(password) > MAX_PASSWORD:
        raise InvalidUserInput(f"A password has {MIN_PASSWORD} to {MAX_PASSWORD} characters",
                               AccountRefusal.BAD_PASSWORD, minimum=MIN_PASSWORD,
                               maximum=MAX_PASSWORD)
    if any(ord(ch) < 32 for ch in password):
        raise InvalidUserInput("A password cannot contain control characters",
                               AccountRefusal.BAD_PASSWORD, minimum=MIN_PASSWORD,
                               maximum=MAX_PASSWORD)


def check_role(role: UserRole | str) -> UserRole:
    try:
        return UserRole(role)
    except ValueError:
        raise InvalidUserInput(f"Unknown role {role!r}: one of "
                               + ", ".join(r.value for r in UserRole),
                               AccountRefusal.BAD_ROLE) from None


def check_display_name(display_name: str) -> str:
    """The name shown for a user; empty means "show the user name"."""
    shown = display_name.strip()[:DISPLAY_NAME_LIMIT]
    if any(ord(ch) < 32 for ch in shown):
        raise InvalidUserInput("A display name cannot contain control characters",
                               AccountRefusal.BAD_NAME, limit=USERNAME_LIMIT)
    return shown
