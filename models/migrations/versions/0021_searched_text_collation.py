"""Searches served by an index in every collation (issue 24, item 1).

Revision ID: 0021
Revises: 0020

PostgreSQL serves `LIKE 'prefix%'` from a btree index only when the index sorts bytewise: in a
database created in zh_CN.UTF-8, en_US.UTF-8 or even C.UTF-8 (what Chinese offices' servers
run) every keystroke of a person search, a case board's surname filter or a transfer-number box
read the whole table (a million persons: 0.3-1.2 s a search). The columns searched by their start
are given the "C" collation here, so their own indexes serve the prefix, the equality and the
order alike:

* person: name, name_pinyin (the pinyin sort key: a locale that ignores its space and tab at
  first reading sorts 张 among the Zh… words wrongly, and unlike the Python that computes it),
  resident_id, resident_id_reversed (the ID-tail search), phone;
* community.name, team.name (indexed here: `ix_team_name`), responder.name, vehicle.plate,
  transfer_order.number.

Only the collation changes: PostgreSQL rewrites no table for it, it rebuilds the indexes on
those columns (a few seconds a million persons), and the tables are analysed again, since a
column's new type loses its statistics. Plain CREATE INDEX (Alembic runs each
migration in a transaction: no CONCURRENTLY). SQLite compares these bytewise already (its
BINARY collation), so there only the team's index is made. Going down gives the columns the
database's collation again.
"""
from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

# table -> (column, VARCHAR length): the columns 0021 gives the "C" collation on PostgreSQL.
COLUMNS: dict[str, tuple[tuple[str, int], ...]] = {
    "person": (("name", 64), ("name_pinyin", 255), ("resident_id", 18),
               ("resident_id_reversed", 18), ("phone", 20)),
    "community": (("name", 64),),
    "team": (("name", 64),),
    "responder": (("name", 64),),
    "vehicle": (("plate", 16),),
    "transfer_order": (("number", 24),),
}


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in COLUMNS.items():
        changes = ", ".join(f'ALTER COLUMN {column} TYPE VARCHAR({length}) COLLATE {collation}'
                            for column, length in columns)
        op.execute(f"ALTER TABLE {table} {changes}")
        # A column's new type discards its statistics: without them the planner guesses, and the
        # case board's filter by a common surname went from 5 ms to 160-185 ms on the district
        # (bench/run.py --only queries) until the next autovacuum sampled the table again.
        op.execute(f"ANALYZE {table}")


def upgrade() -> None:
    _collate('"C"')
    op.create_index("ix_team_name", "team", ["name"])


def downgrade() -> None:
    op.drop_index("ix_team_name", table_name="team")
    _collate('pg_catalog."default"')
