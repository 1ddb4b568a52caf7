"""A laptop's SQLite file encrypted at rest (issue 20, item 7): after `encrypt_file` the file
holds no readable name or ID, opens only with its key (none: asked for; wrong: refused, file
untouched), keeps every row, its audit chain and its guards, and a failure half-way leaves the
plain file as it was. A PostgreSQL URL is never taken for an encrypted file."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from models.accounts.audit_verify import verify_chain
from models.db.change_listener import SqliteVersionProbe
from models.db.database import Database
from models.db.encryption import (
    MIN_KEY_LENGTH,
    EncryptionRefused,
    encrypt_file,
    looks_encrypted,
    unlocked,
)
from models.errors import DatabaseRefusal, NotADatabase
from models.opening import open_database
from models.schema import Person
from tests.support.factories import make_person, make_place

KEY = "江岸区 2020 钥匙"
PERSON_ID = "420102198001011237"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plain_file(database: Database) -> Path:
    """The fixture's file with a person in it, closed (every page in the main file)."""
    with database.sessions.begin() as session:
        make_person(session, make_place(session), "王秀英", PERSON_ID)
    database.dispose()
    return Path(str(database.url.database))


def _refusal(location: Any) -> DatabaseRefusal:
    with pytest.raises(EncryptionRefused) as raised:
        open_database(location).dispose()
    code = raised.value.code
    assert isinstance(code, DatabaseRefusal)
    return code


def test_an_encrypted_file_shows_nothing_and_opens_only_with_its_key(
        sqlite_database: Database) -> None:
    path = _plain_file(sqlite_database)
    assert "王秀英".encode() in path.read_bytes() and PERSON_ID.encode() in path.read_bytes()
    done = encrypt_file(path, KEY)
    assert done.rows > 0 and done.tables > 10
    raw = path.read_bytes()
    assert looks_encrypted(path) and not raw.startswith(b"SQLite format 3")
    assert "王秀英".encode() not in raw and PERSON_ID.encode() not in raw
    assert not list(path.parent.glob("*.encrypting"))

    sealed = _digest(path)
    assert _refusal(str(path)) is DatabaseRefusal.KEY_NEEDED
    assert _refusal(unlocked(path, "not the key at all")) is DatabaseRefusal.KEY_WRONG
    assert _digest(path) == sealed                      # a wrong key changed nothing

    opened = open_database(unlocked(path, KEY))
    try:
        with opened.sessions() as session:
            assert session.scalar(select(Person.name).where(Person.resident_id == PERSON_ID)) \
                == "王秀英"
            assert session.scalar(select(func.count()).select_from(Person)) == 1
        with opened.engine.connect() as connection:
            assert verify_chain(connection).intact
        with opened.sessions.begin() as session:          # it still takes writes
            make_person(session, make_place(session, "2"), "李娜")
    finally:
        opened.dispose()
    assert "李娜".encode() not in path.read_bytes()


def test_the_change_feed_probe_reads_an_encrypted_file(sqlite_database: Database) -> None:
    path = _plain_file(sqlite_database)
    encrypt_file(path, KEY)
    opened = open_database(unlocked(path, KEY))
    probe = SqliteVersionProbe(str(path), KEY)
    try:
        assert probe.changed() is False
        with opened.sessions.begin() as session:
            make_place(session, "3")
        assert probe.changed() is True
    finally:
        probe.close()
        opened.dispose()


def test_what_cannot_be_encrypted_is_left_as_it_was(sqlite_database: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = _plain_file(sqlite_database)
    before = _digest(path)
    with pytest.raises(EncryptionRefused) as short:
        encrypt_file(path, "x" * (MIN_KEY_LENGTH - 1))
    assert short.value.code is DatabaseRefusal.KEY_TOO_SHORT
    assert short.value.params["length"] == MIN_KEY_LENGTH

    def no_room(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("models.db.encryption.os.replace", no_room)
    with pytest.raises(EncryptionRefused) as failed:
        encrypt_file(path, KEY)
    assert failed.value.code is DatabaseRefusal.ENCRYPTION_FAILED
    assert _digest(path) == before and not list(path.parent.glob("*.encrypting"))
    monkeypatch.undo()

    encrypt_file(path, KEY)
    with pytest.raises(EncryptionRefused) as twice:
        encrypt_file(path, KEY)
    assert twice.value.code is DatabaseRefusal.ALREADY_ENCRYPTED


def test_a_file_given_by_mistake_is_not_taken_for_an_encrypted_one(tmp_path: Path) -> None:
    sheet = tmp_path / "名单.csv"
    sheet.write_text("姓名,身份证号\n王秀英,420102198001011237\n", encoding="utf-8")
    assert not looks_encrypted(sheet)
    with pytest.raises(NotADatabase):
        open_database(str(sheet))


def test_a_server_url_is_never_an_encrypted_file(database: Database) -> None:
    assert not looks_encrypted(database.url.render_as_string(hide_password=False))
