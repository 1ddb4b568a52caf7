"""Contact-tracing lists and people found at the door (issue 17, items 2 and 3).

Revision ID: 0014
Revises: 0013

Placeholder created by the lead so the revision chain exists while this change is built; it
must be filled in (or, if the change needs no schema, explain why it stays empty) before it lands.
"""
from __future__ import annotations

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
