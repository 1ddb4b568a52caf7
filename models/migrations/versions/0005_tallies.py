"""Coverage tallies: counters the database keeps per household, person and community-day.

Revision ID: 0005
Revises: 0004

The community list and the dashboard read these instead of counting a million visits and two
million screening results (models/schema/tallies.py). The tables are filled from the rows already there
in a few set-based statements (the district database migrates in seconds), then the triggers
that keep them right are installed (models/communities/tallies_triggers.py).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations.snapshots.tallies_0005 import TALLY_TABLES, install, recount, remove

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FEED_KEYS = {"household_tally": "household_id", "person_tally": "person_id",
             "community_day_tally": "community_id"}


def upgrade() -> None:
    op.create_table(
        "household_tally",
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("visits", sa.Integer(), server_default="0", nullable=False),
        sa.Column("done_visits", sa.Integer(), server_default="0", nullable=False),
        sa.Column("finished_visits", sa.Integer(), server_default="0", nullable=False),
        sa.Column("first_done_at", sa.DateTime(), nullable=True),
        sa.Column("last_visit_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"],
                                name=op.f("fk_household_tally_household_id_household")),
        sa.PrimaryKeyConstraint("household_id", name=op.f("pk_household_tally")))
    op.create_table(
        "person_tally",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("results", sa.Integer(), server_default="0", nullable=False),
        sa.Column("first_screened_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_person_tally_person_id_person")),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_person_tally")))
    op.create_table(
        "community_day_tally",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("visits", sa.Integer(), server_default="0", nullable=False),
        sa.Column("households_first_done", sa.Integer(), server_default="0", nullable=False),
        sa.Column("persons_first_screened", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("community_id", "day", name=op.f("pk_community_day_tally")))
    connection = op.get_bind()
    recount(connection)
    # Built after the fill: one sort instead of 400,000 index insertions.
    op.create_index("ix_household_tally_due", "household_tally",
                    ["community_id", "finished_visits", "last_visit_at"])
    install(connection)
    if connection.dialect.name == "postgresql":  # the change feed, as for every table (0002)
        for table, key in FEED_KEYS.items():
            for event, rows in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
                op.execute(
                    f"CREATE TRIGGER {table}_feed_{event} AFTER {event.upper()} ON {table} "
                    f"REFERENCING {rows} TABLE AS {rows.lower()}_rows FOR EACH STATEMENT "
                    f"EXECUTE FUNCTION canvass_notify_change('{key}')")
        op.execute("ANALYZE household_tally; ANALYZE person_tally; ANALYZE community_day_tally")


def downgrade() -> None:
    remove(op.get_bind())
    op.drop_index("ix_household_tally_due", table_name="household_tally")
    for table in TALLY_TABLES:
        op.drop_table(table)
