"""Persons entered twice are merged, and where persons come from (issue 17, items 2 to 4): columns for the merge and the person's origin.

Revision ID: 0013
Revises: 0012

Placeholder created by the lead so the revision chain exists while this change is built; it
must be filled in (or, if the change needs no schema, explain why it stays empty) before it lands.
"""
from __future__ import annotations

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
