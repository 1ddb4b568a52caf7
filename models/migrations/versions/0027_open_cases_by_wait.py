"""The four-100% board's list read from the open cases' index alone (issue 23 item 4, issue 24
item 5).

Revision ID: 0027
Revises: 0026

* `ix_person_case_open_category` (0023: is_open, category, status) gains `category_since`. The
  board lists the open cases not yet where they belong, longest waiting first (since the case
  entered its category); its page's ids were chosen by reading every open case's row for that
  time and sorting them all: 76 ms at the city size on SQLite (111,613 open cases of 236,476,
  6,966 of them waiting), growing with the data. With the time in the index the ids come from
  the index alone and only the waiting ones are sorted (21 ms); the headline's and the board's
  counts by category and status still read the same index alone (its first three columns).

Down: the index as 0023 made it.
"""
from __future__ import annotations

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

INDEX = "ix_person_case_open_category"


def _remake(columns: list[str]) -> None:
    op.drop_index(INDEX, table_name="person_case")
    op.create_index(INDEX, "person_case", columns)
    op.execute("ANALYZE person_case")   # the planner weighs the new index at once


def upgrade() -> None:
    _remake(["is_open", "category", "status", "category_since"])


def downgrade() -> None:
    _remake(["is_open", "category", "status"])
