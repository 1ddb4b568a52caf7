"""`canvass audit verify` and `canvass audit restore-guards`: exit codes, and one line on stderr
naming what is wrong, never a traceback."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from main import run
from models.db.database import Database
from models.opening import open_database
from tests.support.signing_in import sign_in_as


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command of the test signs in as zhang, the commander the history starts with."""
    sign_in_as(monkeypatch, "zhang", "long-enough")


def _file_with_history(tmp_path: Path) -> list[str]:
    """zhang, the first account (added before any sign-in), then wang added by zhang."""
    db = ["--lang", "en", "--db", str(tmp_path / "c.sqlite3")]
    assert run([*db, "user", "add", "zhang", "--role", "commander", "--password", "long-enough"]) == 0
    assert run([*db, "user", "add", "wang", "--role", "viewer", "--password", "long-enough"]) == 0
    return db


def _shell(tmp_path: Path, *statements: str) -> None:
    connection = sqlite3.connect(tmp_path / "c.sqlite3")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


@pytest.mark.usefixtures("signed_in")
def test_verify_says_the_trail_holds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _file_with_history(tmp_path)
    assert run([*db, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    # zhang and wang added, and zhang's sign-ins before adding wang and before verifying
    assert "the audit trail holds: 4 entries chained" in out


@pytest.mark.usefixtures("signed_in")
def test_verify_names_the_entry_removed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _file_with_history(tmp_path)
    _shell(tmp_path, "DROP TRIGGER audit_entry_no_delete", "DELETE FROM audit_entry WHERE id = 1",
           """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""")
    capsys.readouterr()
    assert run([*db, "audit", "verify"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["canvass: the audit entry before entry 2 (position 2 of the chain) was removed"]


@pytest.mark.usefixtures("signed_in")
def test_a_dropped_guard_is_refused_until_restored(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = _file_with_history(tmp_path)
    _shell(tmp_path, "DROP TRIGGER app_user_audit_update")
    capsys.readouterr()
    assert run([*db, "user", "list"]) == 3   # the database cannot be used (issue 21's codes)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "app_user_audit_update" in err[0]
    assert run([*db, "audit", "verify"]) == 1
    assert "app_user_audit_update" in capsys.readouterr().err
    assert run([*db, "audit", "restore-guards"]) == 0
    assert "put back the audit triggers: app_user_audit_update" in capsys.readouterr().out
    assert run([*db, "audit", "restore-guards"]) == 0
    assert "nothing to restore" in capsys.readouterr().out
    assert run([*db, "audit", "verify"]) == 0
    assert run([*db, "user", "list"]) == 0


@pytest.mark.usefixtures("signed_in")
def test_chinese_and_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "zh", "--db", str(tmp_path / "none.sqlite3"), "audit", "verify"]) == 3   # no database: exit 3, as every command
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "none.sqlite3" in err[0]
    db = _file_with_history(tmp_path)
    capsys.readouterr()
    assert run([*db[:1], "zh", *db[2:], "audit", "verify"]) == 0
    assert "审计" in capsys.readouterr().out


@pytest.mark.usefixtures("signed_in")
def test_restore_on_postgresql_is_refused(postgres_database: Database,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    url = postgres_database.url.render_as_string(hide_password=False)
    assert run(["--lang", "en", "--db", url, "audit", "restore-guards"]) == 1
    assert "owner role" in capsys.readouterr().err
    assert run(["--lang", "en", "--db", url, "audit", "verify"]) == 0
    open_database(url).dispose()
