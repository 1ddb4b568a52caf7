"""Incidents name who handled them on the spot.

Revision ID: 0007
Revises: 0005 (no 0006 was ever needed: transfers fitted the schema as it was)

A plain column added in place: SQLite adds it without rebuilding the table, PostgreSQL keeps the
change-feed triggers of 0002 on `incident` as they are (they notify ids only), so nothing needs
re-creating.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handled_by', sa.String(length=64), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_column('handled_by')
