"""`canvass db encrypt` and the commands on an encrypted file (issue 20, item 7): the laptop's
file is encrypted in place with a key from CANVASS_DB_KEY, keeps every row, and every command
then opens it only with that key — without it one line and exit 3, never a prompt from a pipe;
a short key, a file already encrypted, a server, a role that does not administer: refused with
one line and the file as it was."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from controllers.runtime.encryption import KEY_ENV
from main import run
from models.db.database import Database
from models.db.encryption import looks_encrypted
from tests.support.factories import make_person, make_place
from tests.support.signing_in import account, sign_in_as

KEY = "江岸区 2020 钥匙"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _laptop_file(database: Database) -> Path:
    with database.sessions.begin() as session:
        make_person(session, make_place(session), "王秀英", "420102198001011237")
    database.dispose()
    return Path(str(database.url.database))


def _db(path: Path, *argv: str) -> int:
    return run(["--lang", "en", "--db", str(path), *argv])


def test_encrypt_then_every_command_needs_the_key(sqlite_database: Database,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _laptop_file(sqlite_database)
    monkeypatch.setenv(KEY_ENV, KEY)
    assert _db(path, "db", "encrypt") == 0
    said = capsys.readouterr()
    assert said.err == ""
    assert said.out.startswith(f"{path} is encrypted: ") and "Keep the key safe" in said.out
    assert looks_encrypted(path) and "王秀英".encode() not in path.read_bytes()

    assert _db(path, "db", "status") == 0   # with the key: the schema is read back
    assert "schema" in capsys.readouterr().out
    assert _db(path, "audit", "verify") == 0
    capsys.readouterr()

    monkeypatch.delenv(KEY_ENV)             # a pipe, no key: refused, never a prompt
    encrypted = _digest(path)
    assert _db(path, "db", "status") == 3
    assert capsys.readouterr().err == (
        "canvass: this database file is encrypted: set CANVASS_DB_KEY to its key, or run the "
        "command at a terminal to type it\n")
    monkeypatch.setenv(KEY_ENV, "not the key at all")
    assert _db(path, "audit", "verify") == 3
    assert capsys.readouterr().err == (
        "canvass: This key does not open the file (or the file is not a Canvass database). "
        "Nothing was changed.\n")
    assert _digest(path) == encrypted

    monkeypatch.setenv(KEY_ENV, KEY)        # twice: refused, the file as it was
    assert _db(path, "db", "encrypt") == 1
    assert capsys.readouterr().err == (
        "canvass: This file is encrypted already. Nothing was changed.\n")
    assert _digest(path) == encrypted


def test_a_bad_request_leaves_the_file_plain(sqlite_database: Database, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = _laptop_file(sqlite_database)
    before = _digest(path)
    monkeypatch.setenv(KEY_ENV, "short")
    assert _db(path, "db", "encrypt") == 1
    assert capsys.readouterr().err == (
        "canvass: The key must be at least 8 characters long. Nothing was changed.\n")
    monkeypatch.delenv(KEY_ENV)
    assert _db(path, "db", "encrypt") == 1
    assert capsys.readouterr().err == (
        "canvass: no key given: set CANVASS_DB_KEY, or run the command at a terminal to type "
        "it; nothing was changed\n")
    assert _db(tmp_path / "missing.sqlite3", "db", "encrypt") == 3
    assert capsys.readouterr().err.startswith("canvass: no database at ")
    assert run(["--lang", "en", "--db", "postgresql://nobody@localhost/x", "db",
                "encrypt"]) == 2
    assert "only a SQLite file can be encrypted" in capsys.readouterr().err
    assert _digest(path) == before and not looks_encrypted(path)


def test_only_a_role_that_administers_may_encrypt(sqlite_database: Database,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _laptop_file(sqlite_database)
    account(str(path), "boss", "commander")
    account(str(path), "li", "clerk")
    monkeypatch.setenv(KEY_ENV, KEY)
    sign_in_as(monkeypatch, "li")
    assert _db(path, "db", "encrypt") == 1
    assert capsys.readouterr().err == "canvass: Your role does not allow this.\n"
    assert not looks_encrypted(path)   # the sign-in attempt is audited in it, nothing else
    sign_in_as(monkeypatch, "boss")
    assert _db(path, "db", "encrypt") == 0
    assert looks_encrypted(path)
