"""One household per distinct address for registers imported before households were built from addresses (issue 17, item 1).

Revision ID: 0012
Revises: 0011

Placeholder created by the lead so the revision chain exists while this change is built; it
must be filled in (or, if the change needs no schema, explain why it stays empty) before it lands.
"""
from __future__ import annotations

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
