"""Versions bumped by the database (issue 20, item 4).

Revision ID: 0018
Revises: 0017

Every row people edit carries `version`, and a form saves against the version it read. Canvass's
own writes move it (the ORM's version_id_col sets `version = version + 1` in the UPDATE and checks
the old one in its WHERE; Core statements that move counters write it by hand), but an UPDATE
made by anything else — psql, a script, another tool — left it alone, so an open form then saved
over that edit without a word. Now the database moves it on every UPDATE whose writer did not:

* PostgreSQL: a BEFORE UPDATE row trigger, `WHEN (NEW.version = OLD.version)`, sets
  `NEW.version := OLD.version + 1`. The WHEN is evaluated without calling the function, so
  Canvass's own writes (which bump it themselves) cost nothing more and are never bumped twice.
* SQLite cannot change NEW in a trigger: an AFTER UPDATE row trigger with the same WHEN runs
  `UPDATE t SET version = OLD.version + 1 WHERE id = NEW.id`. recursive_triggers is off (SQLite's
  default, and Canvass never turns it on), so that UPDATE does not fire the same trigger again;
  it names only `version`, so the triggers declared `UPDATE OF` other columns (the tallies) stay
  quiet; and it does not count in the statement's rowcount, which the ORM's version check reads.

The tables are listed as they were at this revision: a migration never imports the live models.
A later migration that rebuilds one of them (SQLite's batch copy drops a table's triggers) must
put its trigger back; tests/models/migrations/test_version_triggers_migration.py checks that
every table with a version column has its trigger at head.

Down: the triggers and the function go; versions stay what they are.
"""
from __future__ import annotations

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

VERSIONED_TABLES: tuple[str, ...] = (
    "app_user", "community", "district", "facility", "household", "incident", "lodging",
    "person", "person_case", "police_station", "responder", "supply_stock", "team",
    "team_minimums", "transfer_order", "vehicle",
)
FUNCTION = "canvass_bump_version"

PG_FUNCTION = f"""
CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
END $$
"""


def trigger_name(table: str) -> str:
    return f"{table}_bump_version"


def _postgresql(table: str) -> str:
    return (f"CREATE TRIGGER {trigger_name(table)} BEFORE UPDATE ON {table} FOR EACH ROW "
            f"WHEN (NEW.version = OLD.version) EXECUTE FUNCTION {FUNCTION}()")


def _sqlite(table: str) -> str:
    return (f"CREATE TRIGGER {trigger_name(table)} AFTER UPDATE ON {table} FOR EACH ROW "
            f"WHEN NEW.version = OLD.version "
            f"BEGIN UPDATE {table} SET version = OLD.version + 1 WHERE id = NEW.id; END")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        for table in VERSIONED_TABLES:
            op.execute(_postgresql(table))
    else:
        for table in VERSIONED_TABLES:
            op.execute(_sqlite(table))


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in VERSIONED_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table)}"
                   + (f" ON {table}" if postgresql else ""))
    if postgresql:
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
