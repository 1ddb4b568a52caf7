"""Who leads each shift's crew: `duty_shift.leads`.

Revision ID: 0011
Revises: 0010

A quick-response team keeps two crews round the clock and has one leader, who can be on only
one of them; the other crew's leader (带队) is named on its shifts. Existing shifts lead no one:
the team's leader still leads every crew he is on, and a crew without him now reads as lacking
a leader until one is named, which is what it was.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("duty_shift", sa.Column("leads", sa.Boolean(), server_default=sa.false(),
                                          nullable=False))


def downgrade() -> None:
    op.drop_column("duty_shift", "leads")
