"""The disk holding a SQLite database fills up during an import and during a save (issue 21): the
action is refused with the disk-full sentence, nothing of it is written, the file still opens
whole, and with space freed the same action goes through.

The disk is a tmpfs of a few megabytes (tests/support/small_disk.py, mounted as root) holding the
SQLite file, or a PostgreSQL tablespace the database's tables live in."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from controllers.communities.visits import MemberScreening, save_visit
from controllers.register.importing import ImportOptions, import_file, open_register_file
from models.db.database import Database
from models.errors import DatabaseRefusal, DiskFull
from models.opening import open_database
from tests.support.factories import NOW, make_person, make_place, signed_in
from tests.support.faults import soundness, tables
from tests.support.postgres_cluster import PostgresCluster
from tests.support.registers import TODAY, good_lines, register_csv
from tests.support.small_disk import fill, small_disk, sqlite_file_on

CLERK = signed_in("clerk")


@pytest.fixture
def on_small_disk(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    with small_disk(tmp_path / "disk") as disk:
        database = open_database(sqlite_file_on(disk, sqlite_template))
        try:
            yield database
        finally:
            database.dispose()


def _reopened(database: Database) -> Database:
    """The file as the next start of Canvass finds it."""
    database.dispose()
    return open_database(database.url, migrate=False)


def _refused_then_landed(database: Database, folder: Path, disk: Path) -> None:
    """An import of 6,000 persons onto a disk with half a megabyte left is refused, writing
    nothing; with the room back, the same file lands."""
    with database.sessions.begin() as session:
        make_place(session)
    before = tables(database)
    path = register_csv(folder / "register.csv", good_lines(6000))   # a few MB of rows
    filler = fill(disk, leave=512 * 1024)
    register, mapping = open_register_file(database, CLERK, path)
    with pytest.raises(DiskFull) as refused:
        import_file(database, CLERK, register, mapping, ImportOptions(today=TODAY))
    assert refused.value.code == DatabaseRefusal.DISK_FULL
    again = _reopened(database)
    try:
        assert soundness(again) == []
        assert tables(again) == before
        filler.unlink()
        result = import_file(again, CLERK, *open_register_file(again, CLERK, path)[:2],
                             ImportOptions(today=TODAY))
        assert result.committed and result.persons_added == 6000
        assert soundness(again) == []
    finally:
        again.dispose()


def test_an_import_that_fills_the_disk_is_refused_and_writes_nothing(
        on_small_disk: Database, tmp_path: Path) -> None:
    _refused_then_landed(on_small_disk, tmp_path, Path(str(on_small_disk.url.database)).parent)


def test_a_visit_saved_on_a_full_disk_is_refused_and_saved_once_there_is_room(
        on_small_disk: Database) -> None:
    with on_small_disk.sessions.begin() as session:
        place = make_place(session)
        person = make_person(session, place).id
    with on_small_disk.engine.connect() as connection:   # the log emptied into the file: a
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")   # save must grow it
    before = tables(on_small_disk)
    filler = fill(Path(str(on_small_disk.url.database)).parent)

    def save() -> object:
        return save_visit(on_small_disk, CLERK, place.household_id, "screened", NOW,
                          now=NOW + timedelta(hours=1),
                          screenings=[MemberScreening(person, "38.4", "咳嗽")])

    with pytest.raises(DiskFull):
        save()
    assert soundness(on_small_disk) == []
    assert tables(on_small_disk) == before
    filler.unlink()
    save()
    assert tables(on_small_disk)["visit"][0] == before["visit"][0] + 1
    assert soundness(on_small_disk) == []


def test_an_import_that_fills_the_servers_disk_is_refused_and_writes_nothing(
        postgres_cluster: PostgresCluster, postgres_template: str, tmp_path: Path) -> None:
    """PostgreSQL: the database's tablespace on the small disk, so its tables cannot grow."""
    if not postgres_cluster.as_user:
        pytest.skip("the server must run as the postgres user to own a tablespace's folder")
    folder = Path(tempfile.mkdtemp(prefix="canvass-disk-"))   # outside the tests' root-only tmp
    name = f"full{os.getpid()}"
    admin = create_engine(postgres_cluster.url(), isolation_level="AUTOCOMMIT")
    try:
        with small_disk(folder, megabytes=32, owner="postgres"), admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE TABLESPACE {name} LOCATION '{folder}'")
            connection.exec_driver_sql(
                f"CREATE DATABASE {name} TEMPLATE {postgres_template} TABLESPACE {name}")
            database = open_database(postgres_cluster.url(name))
            try:
                _refused_then_landed(database, tmp_path, folder)
            finally:
                database.dispose()
                connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
                connection.exec_driver_sql(f"DROP TABLESPACE {name}")
    finally:
        admin.dispose()
        folder.rmdir()
