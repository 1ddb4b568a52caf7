"""The command line's conventions (issue 22, item 4): `canvass --version`; `canvass --help`
answers without importing the data layer; every sub-command's --help explains each option, the
environment (CANVASS_DB, CANVASS_USER, CANVASS_PASSWORD) and the exit codes; a progress bar only
on a terminal; every command logged, one line in the log file the window uses."""
from __future__ import annotations

import argparse
import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from controllers.commands.catalogue import CATALOGUE
from controllers.commands.signing_in import console_name
from controllers.commands.version import canvass_version, source_tree_version
from models.opening import open_database
from tests.support.factories import make_place
from tests.support.registers import good_lines, register_csv

ROOT = Path(__file__).resolve().parents[3]
DATA_LAYER = ("sqlalchemy", "alembic", "psycopg", "models.db", "models.schema", "models.opening")


def _canvass(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})


def test_help_and_version_import_no_data_layer() -> None:
    probe = ("import sys, main\n"
             "for argv in (['--help'], ['--version']):\n"
             "    try:\n        main.run(argv)\n    except SystemExit as done:\n"
             "        assert done.code == 0, done.code\n"
             f"print('LOADED', sorted(m for m in sys.modules if m.startswith({DATA_LAYER!r})))\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith("LOADED []"), done.stdout[-400:]
    for entry in CATALOGUE:              # every command is listed, none of them imported
        for name, summary in entry.commands.items():
            assert name in done.stdout and summary.split(",")[0][:30] in " ".join(
                done.stdout.split()), name
    assert f"canvass {canvass_version()}" in done.stdout


def test_the_version_comes_from_the_metadata_or_the_source_tree(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    done = _canvass("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"canvass {canvass_version()}")
    assert canvass_version() == importlib.metadata.version("canvass") == source_tree_version()

    def not_installed(_name: str) -> str:
        raise importlib.metadata.PackageNotFoundError("canvass")

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    assert canvass_version() == source_tree_version()        # a checkout run without install
    (tmp_path / "setup.cfg").write_text("[metadata]\nname = canvass\nversion = 9.8.7\n")
    assert source_tree_version(tmp_path) == "9.8.7"
    assert source_tree_version(tmp_path / "nowhere") is None


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
            ) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found += _leaves(child, (*path, name)) or [((*path, name), child)]
    return found


def test_every_sub_command_explains_its_options_the_environment_and_the_exit_codes() -> None:
    leaves = _leaves(main.build_parser())
    assert len(leaves) >= 20   # every sub-command and action, walked
    for path, parser in leaves:
        unexplained = [action.dest for action in parser._actions
                       if not action.help and not isinstance(action, argparse._HelpAction)]
        assert not unexplained, (path, unexplained)
        text = " ".join(parser.format_help().split())
        for word in ("CANVASS_DB", "CANVASS_USER", "CANVASS_PASSWORD", "--user NAME",
                     "exit codes: 0 done; 1 refused", "3 the database cannot be used"):
            assert word in text, (path, word)
    # A sub-command's parser alone, as `canvass sheet --help` builds it, says the same.
    assert "CANVASS_PASSWORD" in main.build_parser(["sheet", "--help"]).format_help()


def _listed(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    return {choice.dest: choice.help for action in parser._actions
            if isinstance(action, argparse._SubParsersAction)
            for choice in action._choices_actions}


def test_the_light_list_and_the_commands_own_parsers_agree() -> None:
    """`canvass --help` lists the catalogue's summaries without importing a command; each
    command's own parser says the same (it takes its summary from the catalogue)."""
    assert _listed(main.build_parser([])) == _listed(main.build_parser())


def test_a_piped_run_prints_no_progress_and_every_command_is_logged(tmp_path: Path) -> None:
    database_file = tmp_path / "district.sqlite3"
    database = open_database(str(database_file))
    try:
        with database.sessions() as session:
            make_place(session)
            session.commit()
    finally:
        database.dispose()
    home = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    first = register_csv(tmp_path / "first.csv", good_lines(400))
    piped = _canvass("--lang", "en", "--db", str(database_file), "import", str(first), env=home)
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == "" and "\r" not in piped.stdout
    # The same import asked for its bar (as a terminal gets it) draws frames: the check sees them.
    second = register_csv(tmp_path / "second.csv", good_lines(400, start=400))
    shown = _canvass("--lang", "en", "--db", str(database_file), "import", str(second),
                     env={**home, "CANVASS_PROGRESS": "1"})
    # (text mode reads the bar's carriage returns as line ends: the frame itself is checked)
    assert shown.returncode == 0 and f"import second.csv [{'#' * 30}] 100%" in shown.stderr
    refused = _canvass("--lang", "en", "--db", str(database_file), "user", "delays", env=home)
    assert refused.returncode == 0
    logs = sorted((tmp_path / "data").rglob("canvass-*.log"))
    lines = [line for path in logs for line in path.read_text(encoding="utf-8").splitlines()
             if "canvass.commands" in line]
    assert [line.split("canvass.commands: ", 1)[1] for line in lines] == [
        f"canvass import by {console_name()}: exit 0 (done)"] * 2 + [
        f"canvass user delays by {console_name()}: exit 0 (done)"]
