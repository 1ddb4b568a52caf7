"""The command line speaks the interface language: --lang, else the remembered choice, else the
system's locale; every refusal is one line on stderr with its exit code, never a traceback."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import main
from controllers.commands import db_command, running
from controllers.runtime.language import command_language
from controllers.runtime.logging_setup import process_log
from controllers.runtime.settings import LANGUAGE, Settings

CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_lang_then_the_remembered_choice_then_the_system(tmp_path: Path) -> None:
    settings = Settings.in_file(tmp_path / "settings.ini")
    assert command_language(None, settings, CHINESE) == "zh"
    assert command_language(None, settings, ENGLISH) == "en"
    assert command_language(None, None, ENGLISH) == "en"
    settings.set(LANGUAGE, "zh")
    assert command_language(None, settings, ENGLISH) == "zh"
    assert command_language("en", settings, CHINESE) == "en"


def test_a_command_speaks_chinese_or_english(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite3")
    assert main.run(["--lang", "zh", "--db", db, "db", "upgrade"]) == 0
    assert "数据库结构" in capsys.readouterr().out
    assert main.run(["--lang", "en", "--db", db, "db", "status"]) == 0
    assert ": schema " in capsys.readouterr().out


def test_refusals_are_one_translated_line(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite3")
    assert main.run(["--lang", "zh", "--db", db, "user", "add", "bad name", "--role", "clerk",
                     "--password", "long-enough"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("canvass: 用户名") and err.count("\n") == 1
    assert main.run(["--lang", "zh", "--db", "postgresql://nobody@127.0.0.1:1/nothing",
                     "db", "status"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("canvass: 数据库没有响应") and err.count("\n") == 1
    assert main.run(["--lang", "zh", "--db", db, "sheet", "--out", str(tmp_path / "s.pdf")]) == 2
    assert "请给出转运单号" in capsys.readouterr().err


def test_a_bug_ends_in_one_line_and_exit_70(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("a bug")
    monkeypatch.setattr(db_command, "handle", broken)
    monkeypatch.setattr(running, "data_folder", lambda: tmp_path / "data")
    assert main.run(["--lang", "en", "--db", str(tmp_path / "c.sqlite3"), "db", "status"]) == 70
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "RuntimeError" in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert "Traceback" in process_log(tmp_path / "data").read_text(encoding="utf-8")


def test_a_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        main.run(["user", "add", "wang", "--role", "emperor"])
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("canvass: ") and "user add --help" in err
