"""Sign-in delays instead of a lock (issue 20, item 6).

Revision ID: 0022
Revises: 0021

* `sign_in_delay`: failed sign-ins counted where they happened: one row per account name as
  typed at one workstation, and one per workstation over every name (`username` ''). While
  `delayed_until` lies ahead an attempt there is refused without its password being checked;
  once it has passed, the right password gets in. The lock on `app_user` (`failed_sign_ins`,
  `locked_until`) was shared by every workstation, so one wrong try every five minutes from
  anywhere kept a commander out; those columns stay, and Canvass no longer reads them (an old
  lock ends with the upgrade).

Not audited by trigger: every attempt the counters count writes an audit entry of its own.
Going down drops the table (the counts are lost; the audit trail keeps every attempt).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_delay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=32), nullable=False),
        sa.Column("workstation", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=True),
        sa.Column("delayed_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sign_in_delay"),
        sa.UniqueConstraint("username", "workstation",
                            name="uq_sign_in_delay_username_workstation"),
    )


def downgrade() -> None:
    op.drop_table("sign_in_delay")
