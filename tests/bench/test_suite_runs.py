"""The benchmark suite runs and reports every figure beside a baseline (no timing asserted)."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from bench.common import Row, table
from bench.query_benchmarks import rows
from models.db.database import Database
from models.demo import build_demo
from tests.support.databases import fresh_postgres_url
from tests.support.postgres_cluster import PostgresCluster


def test_query_benchmarks_report_each_figure_with_its_baseline(sqlite_database: Database) -> None:
    build_demo(sqlite_database, "small", seed=7, end=datetime(2020, 2, 20, 18))
    measured = rows(sqlite_database)
    names = [row.operation for row in measured]
    assert "dashboard full refresh" in names and any("case board" in n for n in names)
    assert all(row.canvass_s > 0 and row.baseline_s > 0 for row in measured)
    printed = table(measured)
    assert printed.count("\n") == len(measured) + 1 and "ratio" in printed


def test_a_row_is_met_only_within_ratio_and_limit() -> None:
    assert Row("x", 0.2, 0.1, 3.0, 0.3).met
    assert not Row("x", 0.4, 0.1, 3.0).met          # 4x the baseline
    assert not Row("x", 0.4, 0.3, 3.0, 0.3).met     # over the absolute limit
    assert Row("x", 0.01, 0.0, limit_s=0.05).met    # no baseline: the limit alone
    assert Row("x", 0.01, 0.0).target == "—"


def test_the_suite_writes_one_json_object_per_operation(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`bench/run.py --only …` on a small demo: the table, and the JSON the next run compares
    with (operation, unit, figure, baseline, ratio, target, meets_target)."""

    from bench import run
    from models.opening import open_database
    location = str(tmp_path / "small.sqlite3")
    database = open_database(location)
    build_demo(database, "small", seed=7, end=datetime(2020, 2, 20, 18))
    database.dispose()
    monkeypatch.setattr(run, "RESULTS", tmp_path / "results")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    run.main(["--db", location, "--size", "small", "--only", "table_jump", "change_feed"])
    [saved] = (tmp_path / "results").glob("*-sqlite-small.json")
    operations = json.loads(saved.read_text(encoding="utf-8"))["operations"]
    assert {op["operation"].split(":")[0] for op in operations} >= {
        "5,000-person table", "change feed"}
    for op in operations:
        assert set(op) == {"operation", "unit", "figure", "baseline", "ratio", "target",
                           "meets_target"}
        assert op["figure"] > 0 and op["unit"] in ("s", "MB")


def test_the_situation_map_rows_run_on_a_small_demo(sqlite_database: Database,
                                                    qapp: object) -> None:
    """bench/situation_map.py: five rows, the first four beside a baseline, none timed here."""
    from bench import situation_map
    build_demo(sqlite_database, "small", seed=7, end=datetime(2020, 2, 20, 18))
    measured = situation_map.rows(sqlite_database)
    assert [row.operation.split(",")[0].split(" (")[0] for row in measured] == [
        "map: figures", "map: figures", "map: first draw", "map: a frame of pan or zoom",
        "map: another workstation's change drawn"]
    assert all(row.canvass_s > 0 for row in measured)
    assert all(row.baseline_s > 0 for row in measured[:4])


def test_the_suite_runs_with_the_login_roles_in_place(
        postgres_cluster: PostgresCluster, postgres_template: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`bench/run.py --roles` with the owner's address (here the cluster's superuser): the
    database is made role-enforced, and the rows run on the bench commander's own login — its
    searches are audited under that login, whatever the bench's user is called."""
    from sqlalchemy import text

    from bench import roles, run
    from models.db.login_mode import enforced
    from models.opening import open_database
    url = fresh_postgres_url(postgres_cluster, postgres_template)
    database = open_database(url)
    build_demo(database, "small", seed=7, end=datetime(2020, 2, 20, 18))
    database.dispose()
    monkeypatch.setattr(run, "RESULTS", tmp_path / "results")
    run.main(["--db", url, "--size", "small", "--roles", "--only", "person_search"])
    [saved] = (tmp_path / "results").glob("*-postgresql-roles-small.json")
    operations = json.loads(saved.read_text(encoding="utf-8"))["operations"]
    assert "person search: whole resident ID (audited: its entry written)" in {
        op["operation"] for op in operations}
    database = open_database(url)
    try:
        with database.engine.connect() as connection:
            assert enforced(connection)
            assert connection.execute(text(
                "SELECT DISTINCT db_role FROM audit_entry WHERE action = 'search'")).scalars().all() \
                == [roles.COMMANDER]
    finally:
        database.dispose()
