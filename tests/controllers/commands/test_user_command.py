"""`canvass user …` on the command line: exit codes and one clear line; every action as a
signed-in administrator but the first account of a database without any."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from main import run
from tests.support.signing_in import sign_in_as


def test_add_and_list_users(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "c.sqlite3")
    assert run(["--lang", "en", "--db", db, "user", "add", "wang", "--role", "dispatcher",
                "--password", "long-enough"]) == 1      # the first account adds the others
    assert capsys.readouterr().err == ("canvass: The first account must be a commander or an "
                                       "administrator, so that it can add the others.\n")
    assert run(["--lang", "en", "--db", db, "user", "add", "zhang", "--role", "admin",
                "--password", "long-enough"]) == 0
    assert run(["--lang", "en", "--db", db, "user", "list"]) == 1   # nobody signed in
    assert "sign in with --user NAME" in capsys.readouterr().err
    sign_in_as(monkeypatch, "zhang", "long-enough")
    assert run(["--lang", "en", "--db", db, "user", "add", "wang", "--role", "dispatcher",
                "--password", "long-enough"]) == 0
    assert run(["--lang", "en", "--db", db, "user", "list"]) == 0
    out = capsys.readouterr().out
    assert "added wang (Dispatcher)" in out and "wang\tDispatcher" in out
    sign_in_as(monkeypatch, "wang", "long-enough")     # a dispatcher may not
    assert run(["--lang", "en", "--db", db, "user", "add", "li", "--role", "viewer",
                "--password", "long-enough"]) == 1
    assert capsys.readouterr().err == "canvass: Your role does not allow this.\n"


def test_refusals_exit_1_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 21: a refused name or password is exit 1 (refused), not 2 (usage)."""
    db = str(tmp_path / "c.sqlite3")
    assert run(["--lang", "en", "--db", db, "user", "add", "wang", "--role", "clerk",
                "--password", "short"]) == 1
    assert run(["--lang", "en", "--db", db, "user", "add", "bad name", "--role", "clerk",
                "--password", "long-enough"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("canvass: ") for line in err)
    with pytest.raises(SystemExit) as usage:
        run(["--lang", "en", "--db", db, "user", "add", "wang", "--role", "emperor",
             "--password", "long-enough"])
    assert usage.value.code == 2


def test_password_is_prompted_twice_when_not_given(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["first-password", "other-password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr("sys.stdin", Terminal())
    assert run(["--db", str(tmp_path / "c.sqlite3"), "user", "add", "li", "--role", "viewer"]) == 1
    assert not (tmp_path / "c.sqlite3").exists()   # asked before the database is opened


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_password_piped_in_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("piped-password\n"))
    assert run(["--lang", "en", "--db", str(tmp_path / "c.sqlite3"), "user", "add", "li",
                "--role", "admin"]) == 0
    assert "added li" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(["--lang", "en", "--db", str(tmp_path / "c.sqlite3"), "user", "add", "wu",
                "--role", "viewer"]) == 2
    assert "no password was given" in capsys.readouterr().err


def test_an_administrator_at_the_console(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The way back in when the only commander forgot their password (an administrator resets
    it), and every other verb."""
    db = ["--lang", "en", "--db", str(tmp_path / "c.sqlite3")]
    assert run([*db, "user", "add", "admin", "--role", "admin", "--password", "long-enough"]) == 0
    sign_in_as(monkeypatch, "admin", "long-enough")
    assert run([*db, "user", "add", "zhang", "--role", "commander", "--password", "long-enough"]) == 0
    assert run([*db, "user", "add", "wang", "--role", "viewer", "--password", "long-enough"]) == 0
    assert run([*db, "user", "reset-password", "zhang", "--password", "temporary-1"]) == 0
    assert run([*db, "user", "role", "wang", "dispatcher"]) == 0
    assert run([*db, "user", "unlock", "wang"]) == 0
    assert run([*db, "user", "deactivate", "wang"]) == 0
    assert run([*db, "user", "list"]) == 0
    out = capsys.readouterr().out
    assert "reset the password of zhang" in out and "wang is now Dispatcher" in out
    assert "deactivated wang" in out and "wang\tDispatcher\twang\tnever signed in  (disabled)" in out
    assert run([*db, "user", "deactivate", "zhang"]) == 1     # the last active commander
    assert run([*db, "user", "unlock", "nobody"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["canvass: The last active commander cannot be demoted or deactivated: make "
                   "another user a commander first.", "canvass: no user is named nobody"]
    assert run([*db, "user", "activate", "wang"]) == 0
