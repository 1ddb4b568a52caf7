"""Opening and making a SQLite file encrypted at rest (models/db/encryption.py), for the start
window and the `canvass db encrypt` command: whether a file needs its key, where a script gives
the key (CANVASS_DB_KEY), opening with it, and encrypting a plain file."""
from __future__ import annotations

import os

from models.db.database import Database
from models.db.encryption import (
    EncryptedFile,
    EncryptionRefused,
    check_key,
    encrypt_file,
    looks_encrypted,
    unlocked,
)
from models.opening import open_database

KEY_ENV = "CANVASS_DB_KEY"

__all__ = ["KEY_ENV", "EncryptedFile", "EncryptionRefused", "check_key", "encrypt", "key_from_environment",
           "needs_key", "open_unlocked"]


def needs_key(location: str) -> bool:
    """The file at `location` is encrypted: it opens only with its key."""
    return looks_encrypted(location)


def key_from_environment() -> str | None:
    """The key a script gave in CANVASS_DB_KEY, if any (an empty value is none)."""
    return os.environ.get(KEY_ENV) or None


def open_unlocked(location: str, key: str) -> Database:
    """Open (and migrate) the encrypted file at `location` with `key`; a wrong key is refused
    (DatabaseRefusal.KEY_WRONG) with nothing changed."""
    return open_database(unlocked(location, key))


def encrypt(location: str, key: str) -> EncryptedFile:
    """Encrypt the plain file at `location` in place (checked before it replaces the file)."""
    return encrypt_file(location, key)
