"""The two backends every database test runs on, and a new PostgreSQL database in the test cluster
(copied from a template, so each test starts from a migrated, empty schema)."""
from __future__ import annotations

import itertools
import os

from sqlalchemy import create_engine, text

from tests.support.postgres_cluster import PostgresCluster

BACKENDS = ("sqlite", "postgresql")
_counter = itertools.count()


def fresh_postgres_url(cluster: PostgresCluster, template: str | None) -> str:
    name = f"t{os.getpid()}_{next(_counter)}"
    admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        suffix = f" TEMPLATE {template}" if template else ""
        connection.execute(text(f"CREATE DATABASE {name}{suffix}"))
    admin.dispose()
    return cluster.url(name)
