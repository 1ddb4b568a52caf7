"""The key of an encrypted SQLite file, for a command: CANVASS_DB_KEY (a script's), else typed at
a terminal, never echoed; a command run from a pipe without it is refused with one line (exit 3),
never left waiting for a key nobody will type. `open_location` is how every command opens its
database: a plain file or a server as it is, an encrypted file with its key."""
from __future__ import annotations

import getpass
import sys
from typing import TYPE_CHECKING

from controllers.commands.words import said
from controllers.runtime.encryption import (
    EncryptionRefused,
    key_from_environment,
    needs_key,
)
from models.errors import DatabaseRefusal
from models.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from models.db.database import Database

KEY_OF = QT_TRANSLATE_NOOP("Command", "Key of %1: ")
KEY_AGAIN = QT_TRANSLATE_NOOP("Command", "The same key again: ")


def _terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def typed_key(prompt: str) -> str | None:
    """A key typed at a terminal (None from a pipe, or when the typist ends the input)."""
    if not _terminal():
        return None
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return None


def key_for(location: str) -> str | None:
    """The key that opens the file at `location`; None for a file that needs none (a plain
    file, a server). A needed key nobody gave is refused (DatabaseRefusal.KEY_NEEDED)."""
    if not needs_key(location):
        return None
    key = key_from_environment() or typed_key(said(KEY_OF, location))
    if not key:
        raise EncryptionRefused(f"{location} is encrypted and no key was given",
                                DatabaseRefusal.KEY_NEEDED)
    return key


def open_location(location: str, *, migrate: bool = True, guards_checked: bool = True) -> Database:
    """Open (and by default migrate) the database at `location`, unlocking an encrypted file;
    every failure is a CanvassError (a wrong key: DatabaseRefusal.KEY_WRONG)."""
    from models.db.encryption import unlocked
    from models.opening import open_database
    key = key_for(location)
    target = location if key is None else unlocked(location, key)
    return open_database(target, migrate=migrate, guards_checked=guards_checked)
