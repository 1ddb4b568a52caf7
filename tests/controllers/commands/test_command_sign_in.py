"""Every command signs in (issue 20, items 2 and 6), on both databases: refused on a database
whose accounts have passwords unless someone signs in; CANVASS_USER/CANVASS_PASSWORD and
`--user` with a prompted password; the signed-in role decides, through the same permission table
as the window; a wrong password is the dialog's sentence, delayed after failures, and the right
one works once the delay has passed; every attempt audited; the laptop's file and a database with
no accounts need no sign-in; an administrator sees and clears delays."""
from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from controllers.accounts.users import create_first_administrator
from main import run
from models.db.database import Database
from models.schema import AuditEntry
from tests.support.factories import make_place
from tests.support.signing_in import PASSWORD, account, sign_in_as


def _export(url: str, out: Path, *extra: str) -> int:
    return run(["--lang", "en", "--db", url, *extra, "export", "households", "--out", str(out)])


def _attempts(database: Database) -> list[tuple[str, str, dict[str, object]]]:
    with database.sessions() as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.username, AuditEntry.changes)
                               .where(AuditEntry.action.like("sign_in%"))
                               .order_by(AuditEntry.id)).all()
    return [(action, name, json.loads(changes)) for action, name, changes in rows]


@pytest.fixture
def district(database: Database) -> Database:
    with database.sessions() as session:
        make_place(session)
        session.commit()
    return database


def test_a_command_nobody_signed_in_to_is_refused(district: Database, database_url: str,
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    account(district, "zhang", "commander")
    out = tmp_path / "households.xlsx"
    for argv in (["export", "households", "--out", str(out)], ["user", "add", "evil", "--role",
                 "commander", "--password", "long-enough"], ["user", "list"],
                 ["knock-list", "C1", "--out", str(tmp_path / "k.pdf")], ["audit", "verify"],
                 ["db", "upgrade"]):
        assert run(["--lang", "en", "--db", database_url, *argv]) == 1, argv
        assert capsys.readouterr().err == (
            "canvass: this database's accounts have passwords: sign in with --user NAME, or "
            "set CANVASS_USER and CANVASS_PASSWORD\n"), argv
    assert not out.exists() and not (tmp_path / "k.pdf").exists()
    assert run(["--lang", "en", "--db", database_url, "db", "status"]) == 0   # no row read


def test_a_script_signs_in_from_the_environment_and_acts_in_its_role(
        district: Database, database_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    account(district, "zhang", "commander")
    account(district, "li", "viewer")
    sign_in_as(monkeypatch, "li")
    assert _export(database_url, tmp_path / "a.xlsx") == 1        # a viewer may not export
    assert capsys.readouterr().err == "canvass: Your role does not allow this.\n"
    sign_in_as(monkeypatch, "zhang")
    assert _export(database_url, tmp_path / "b.xlsx") == 0
    assert "(resident IDs and phones in full)" in capsys.readouterr().out
    assert (tmp_path / "b.xlsx").exists() and not (tmp_path / "a.xlsx").exists()
    assert [(action, name) for action, name, _changes in _attempts(district)] == [
        ("sign_in", "li"), ("sign_in", "zhang")]
    with district.sessions() as session:
        exported_by = session.scalar(select(AuditEntry.username).where(
            AuditEntry.action == "export"))
    assert exported_by == "zhang"


def test_user_asks_the_password_at_a_terminal_without_echo(
        district: Database, database_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    account(district, "zhang", "commander")
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:   # getpass turns the terminal's echo off
        prompts.append(prompt)
        return PASSWORD

    monkeypatch.setattr("getpass.getpass", getpass)
    monkeypatch.setattr("sys.stdin", Terminal())
    assert _export(database_url, tmp_path / "a.xlsx", "--user", "zhang") == 0
    assert run(["--lang", "en", "--db", database_url, "user", "list", "--user", "zhang"]) == 0
    assert prompts == ["Password of zhang: "] * 2
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))   # never read from a pipe
    assert _export(database_url, tmp_path / "b.xlsx", "--user", "zhang") == 1
    assert capsys.readouterr().err.endswith(
        "canvass: no password for zhang: type it at a terminal, or set CANVASS_PASSWORD\n")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_wrong_password_is_delayed_and_the_right_one_works_after_the_delay(
        district: Database, database_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    account(district, "zhang", "commander")
    out = tmp_path / "households.xlsx"
    sign_in_as(monkeypatch, "zhang", "wrong-password")
    for _attempt in range(3):
        assert _export(database_url, out) == 1
        assert capsys.readouterr().err == "canvass: Wrong user name or password.\n"  # the dialog's
    sign_in_as(monkeypatch, "zhang")
    assert _export(database_url, out) == 1             # the third failure: a wait of 1 s here
    assert capsys.readouterr().err == ("canvass: too many failed sign-ins: try again in 1 s (the "
                                       "right password works then)\n")
    time.sleep(1.1)
    assert _export(database_url, out) == 0 and out.exists()
    attempts = _attempts(district)
    assert [action for action, _name, _changes in attempts] == [
        "sign_in_failed"] * 3 + ["sign_in_delayed", "sign_in"]
    assert {str(changes["workstation"]) for _a, _n, changes in attempts} != {"?"}


def test_the_laptop_file_and_a_new_database_need_no_sign_in(
        sqlite_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite_database.sessions() as session:
        make_place(session)
        session.commit()
    url = sqlite_database.url.render_as_string(hide_password=False)
    assert run(["--lang", "en", "--db", url, "knock-list", "C1", "--out",
                str(tmp_path / "first.pdf")]) == 0           # no accounts yet
    create_first_administrator(sqlite_database, "laptop")     # one account, no password
    assert _export(url, tmp_path / "list.xlsx") == 0
    assert "(resident IDs and phones in full)" in capsys.readouterr().out   # a commander's
    with sqlite_database.sessions() as session:
        exported_by = session.scalar(select(AuditEntry.username).where(
            AuditEntry.action == "export"))
    assert exported_by == "laptop"


def test_an_administrator_sees_and_clears_delays(district: Database, database_url: str,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    account(district, "admin", "admin")
    account(district, "wang", "clerk")
    sign_in_as(monkeypatch, "wang", "typo-password")
    for _attempt in range(3):
        assert run(["--lang", "en", "--db", database_url, "user", "list"]) == 1
    sign_in_as(monkeypatch, "admin")
    capsys.readouterr()
    assert run(["--lang", "en", "--db", database_url, "user", "delays"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("wang at ")
    assert ": 3 failures, the last at " in lines[0] and "; delayed until " in lines[0]
    assert lines[1].startswith("every name at ") and lines[1].endswith("; no delay yet")
    assert run(["--lang", "en", "--db", database_url, "user", "clear-delay", "wang"]) == 0
    assert capsys.readouterr().out == "cleared 1 sign-in delay counters\n"
    sign_in_as(monkeypatch, "wang")
    assert run(["--lang", "en", "--db", database_url, "user", "list"]) == 1   # a clerk may not
    assert capsys.readouterr().err == "canvass: Your role does not allow this.\n"
    assert run(["--lang", "en", "--db", database_url, "user", "clear-delay"]) == 2
    assert "give the user NAME, --workstation W, or both" in capsys.readouterr().err
