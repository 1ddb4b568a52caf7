"""Coverage index: the community list's GROUP BYs read visits from one covering index.

Revision ID: 0003
Revises: 0002

At district scale (1,000,000 visits) counting households with an outcome for a page of
communities took about 1 s by the community/time index and about 0.25 s from this one, which
holds every column the coverage and gap-list queries read (bench/community_list.py).
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain CREATE INDEX on both backends: no table copy, whatever batch mode would choose.
    op.create_index("ix_visit_coverage", "visit",
                    ["community_id", "household_id", "outcome", "visited_at"])


def downgrade() -> None:
    op.drop_index("ix_visit_coverage", table_name="visit")
