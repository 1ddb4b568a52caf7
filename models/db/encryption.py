"""A laptop's SQLite file encrypted at rest with SQLCipher (issue 20, item 7).

A field team's laptop holds the register of its communities: names, resident IDs, phones and
health status. Without encryption the file's permissions are the only boundary, and a lost
laptop gives the file away. `encrypt_file` turns a plain Canvass file into a SQLCipher file (AES-256,
a key derived from the passphrase with PBKDF2-HMAC-SHA512, every page authenticated), in place:
the encrypted copy is written beside the file, checked page by page and row by row against it, and
only then renamed over it; until that rename the plain file is untouched, so a failure (a full
disk, a wrong passphrase typed twice, the power cut) loses nothing.

Opening an encrypted file takes its passphrase: `unlocked(path, key)` is the URL that opens it
(the `sqlite+pysqlcipher` driver of SQLAlchemy, backed by the `sqlcipher3` binding). The binding
is an optional dependency (`pip install canvass[encryption]`); without it a plain file works as
before and an encrypted one is refused with a sentence naming the missing binding.

What encryption does not do: the old plain pages of a file that is encrypted in place may remain
on the disk's free blocks until overwritten (a file encrypted before its first use leaves none),
and the passphrase is only as strong as the person chooses it (at least MIN_KEY_LENGTH characters).
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy.engine import URL

from models.errors import CanvassError, DatabaseRefusal

SQLITE_HEADER = b"SQLite format 3\x00"
ENCRYPTED_DRIVER = "sqlite+pysqlcipher"
MIN_KEY_LENGTH = 8
SIDE_SUFFIX = ".encrypting"
PAGE_MULTIPLE = 512      # the smallest page size: every SQLite or SQLCipher file is whole pages


_quiet: list[bool] = []     # SQLCipher's own logging switched off (once per process)


class EncryptionRefused(CanvassError):
    """The file cannot be encrypted or opened as asked: said in one sentence, nothing changed."""

    def __init__(self, message: str, code: DatabaseRefusal, **params: str | int) -> None:
        super().__init__(message, code, **params)


@dataclass(frozen=True)
class EncryptedFile:
    """What `encrypt_file` did: the file, its tables and rows checked, how long it took."""
    path: Path
    tables: int
    rows: int
    seconds: float


def cipher_available() -> bool:
    """Whether the SQLCipher binding is installed."""
    return importlib.util.find_spec("sqlcipher3") is not None


def _cipher() -> ModuleType:
    if not cipher_available():
        raise EncryptionRefused("the SQLCipher binding (sqlcipher3) is not installed",
                                DatabaseRefusal.NO_CIPHER)
    module = importlib.import_module("sqlcipher3")
    if not _quiet:
        # SQLCipher logs a wrong key's failed page checks to stderr (process-wide): Canvass says
        # it in one sentence of its own instead.
        connection = module.connect(":memory:")
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.close()
        _quiet.append(True)
    return module


def looks_encrypted(location: str | Path) -> bool:
    """A file that does not start like a SQLite file but is made of whole pages (SQLCipher's
    are 512 to 65,536 bytes, random from the first byte): encrypted, or a stranger file that only
    a key can tell apart. A spreadsheet or a text file given by mistake is rarely whole pages."""
    path = Path(location).expanduser()
    if "://" in str(location) or not path.is_file():
        return False
    size = path.stat().st_size
    if size == 0 or size % PAGE_MULTIPLE:
        return False
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER


def is_encrypted_url(url: URL) -> bool:
    return url.drivername == ENCRYPTED_DRIVER


def unlocked(location: str | Path, key: str) -> URL:
    """The URL that opens the encrypted file at `location` with `key` (never shown or logged:
    the status bar and the logs describe a database without its password)."""
    _cipher()
    return URL.create(ENCRYPTED_DRIVER, password=key,
                      database=str(Path(location).expanduser().resolve()))


def connect_file(path: str, key: str) -> Any:
    """A driver connection to the encrypted file at `path`, unlocked (the change feed's probe)."""
    connection = _cipher().connect(path, check_same_thread=False)
    connection.execute(f"PRAGMA key = {_quoted(key)}")
    return connection


def check_key(key: str) -> None:
    """A passphrase long enough to be worth deriving a key from."""
    if len(key) < MIN_KEY_LENGTH:
        raise EncryptionRefused(f"the key is shorter than {MIN_KEY_LENGTH} characters",
                                DatabaseRefusal.KEY_TOO_SHORT, length=MIN_KEY_LENGTH)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _counts(connection: Any, schema: str) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
            for name in names}


def encrypt_file(location: str | Path, key: str) -> EncryptedFile:
    """Encrypt the plain Canvass file at `location` with `key`, in place (see the module)."""
    cipher = _cipher()
    check_key(key)
    path = Path(location).expanduser().resolve()
    if not path.is_file() or path.stat().st_size == 0:
        raise EncryptionRefused(f"{path} is not a database file", DatabaseRefusal.NOT_A_DATABASE)
    if looks_encrypted(path):
        raise EncryptionRefused(f"{path} is encrypted already (or not a SQLite file)",
                                DatabaseRefusal.ALREADY_ENCRYPTED)
    started = time.perf_counter()
    side = path.with_name(path.name + SIDE_SUFFIX)
    side.unlink(missing_ok=True)
    plain = cipher.connect(str(path), isolation_level=None, timeout=10)
    # A second connection holds the write lock while the first copies: no workstation writes
    # between the copy, its check and the rename (an attached file cannot be detached inside
    # the copying connection's own transaction).
    lock = cipher.connect(str(path), isolation_level=None, timeout=10)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")   # every page in the main file
        lock.execute("BEGIN IMMEDIATE")
        before = _counts(plain, "main")
        version = int(plain.execute("PRAGMA user_version").fetchone()[0])
        plain.execute(f"ATTACH DATABASE {_quoted(str(side))} AS encrypted KEY {_quoted(key)}")
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {version}")
        plain.execute("DETACH DATABASE encrypted")
        checked = cipher.connect(str(side), isolation_level=None)
        try:
            checked.execute(f"PRAGMA key = {_quoted(key)}")
            verdict = checked.execute("PRAGMA integrity_check").fetchone()[0]
            after = _counts(checked, "main")
            checked.execute("PRAGMA journal_mode=WAL")
        finally:
            checked.close()
        if verdict != "ok" or after != before:
            raise EncryptionRefused(f"the encrypted copy of {path} did not match it; nothing changed",
                                    DatabaseRefusal.ENCRYPTION_FAILED)
        plain.close()
        lock.execute("ROLLBACK")
        lock.close()
        os.replace(side, path)   # Windows renames no open file: the plain one is closed first
    except (cipher.Error, OSError) as exc:
        raise EncryptionRefused(f"{path} could not be encrypted: {exc}",
                                DatabaseRefusal.ENCRYPTION_FAILED) from exc
    finally:
        plain.close()
        lock.close()
        side.unlink(missing_ok=True)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)   # the plain file's log, checkpointed and now stale
    return EncryptedFile(path, len(before), sum(before.values()), time.perf_counter() - started)
