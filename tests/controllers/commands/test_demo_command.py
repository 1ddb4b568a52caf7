"""`canvass demo`: a summary line and exit 0, or one clear line and exit 2 with nothing written."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

import main
from controllers.commands.demo_command import history_end
from models.opening import open_database

ARGS = ["demo", "--size", "small", "--seed", "5", "--today", "2020-02-20"]


def test_builds_the_small_demo_then_refuses_a_second(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main.run(["--lang", "en", "--db", str(path), *ARGS]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("Built the small demo (seed 5, up to 2020-02-20 18:00)")
    assert "5,000 persons" in out[0]

    assert main.run(["--lang", "en", "--db", str(path), *ARGS]) == 1   # refused: not empty
    captured = capsys.readouterr()
    assert captured.out == ""
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("canvass: ") and "empty" in errors[0]
    database = open_database(str(path))
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM person").scalar() == 5000
            assert connection.exec_driver_sql(     # the load, and one entry per table it filled
                "SELECT count(*) FROM audit_entry WHERE action = 'bulk_load'").scalar() == 1
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM audit_entry WHERE action = 'insert' AND row_id IS NULL "
                "AND table_name = 'person'").scalar() == 1
    finally:
        database.dispose()


def test_the_history_ends_now_or_at_the_end_given() -> None:
    now = datetime(2026, 3, 1, 9, 15)
    assert history_end(None, None, now) == now
    assert history_end(datetime(2026, 3, 1, 8), None, now) == datetime(2026, 3, 1, 8)
    assert history_end(None, date(2020, 2, 20), now) == datetime(2020, 2, 20, 18)
    assert history_end(None, date(2026, 3, 1), now) == now      # today's evening is to come
    for later in [(datetime(2026, 3, 1, 10), None), (None, date(2026, 3, 2))]:
        with pytest.raises(ValueError, match="future"):
            history_end(*later, now)


def test_a_future_end_is_one_line_and_exit_2(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    later = (datetime.now() + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    assert main.run(["--lang", "en", "--db", str(path), "demo", "--size", "small", "--end", later]) == 2
    assert "future" in capsys.readouterr().err


def test_unreachable_postgresql_is_one_line_and_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.run(["--db", "postgresql://nobody@127.0.0.1:1/nothing", *ARGS]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.err.startswith("canvass: ")


@pytest.mark.parametrize("bad", [["--size", "huge"], ["--seed", "x"], ["--today", "2020-02-30"],
                                 ["--end", "2020-02-20 25:00"],
                                 ["--end", "2020-02-20 09:00", "--today", "2020-02-20"]])
def test_bad_arguments_exit_2_before_touching_the_database(
        bad: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "untouched.sqlite3"
    with pytest.raises(SystemExit) as exit_info:
        main.run(["--db", str(path), "demo", *bad])
    assert exit_info.value.code == 2
    assert not path.exists()
    assert "demo" in capsys.readouterr().err
