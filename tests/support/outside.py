"""A write made outside Canvass, as a person with the database's address would make it: psql on
PostgreSQL, the sqlite3 shell on a SQLite file (Python's sqlite3 module where the shell is not
installed). Nothing of Canvass's runs: no ORM, no session, no audit hook, no version bump."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess

from models.db.database import Database
from tests.support.postgres_cluster import find_bin


def outside_sql(database: Database, sql: str) -> None:
    """Run `sql` (one statement) on its own connection, committed, the way psql would."""
    url = database.url
    if database.kind == "postgresql":
        bin_dir = find_bin()
        psql = str(bin_dir / "psql") if bin_dir is not None else shutil.which("psql")
        assert psql, "psql not found beside the PostgreSQL binaries"
        address = url.set(drivername="postgresql").render_as_string(hide_password=False)
        subprocess.run([psql, address, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], check=True,
                       capture_output=True, timeout=60)
        return
    shell = shutil.which("sqlite3")
    if shell is not None:
        subprocess.run([shell, "-bail", str(url.database), sql], check=True, capture_output=True,
                       timeout=60)
        return
    connection = sqlite3.connect(str(url.database))
    try:
        connection.execute(sql)
        connection.commit()
    finally:
        connection.close()
