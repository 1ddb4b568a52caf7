"""Incidents name who handled them on the spot.

Revision ID: 0007
Revises: 0006 (0005 while there is no 0006)

A plain column added in place: SQLite adds it without rebuilding the table, PostgreSQL keeps the
change-feed triggers of 0002 on `incident` as they are (they notify ids only), so nothing needs
re-creating.
"""
from pathlib import Path
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
# 0006 was planned by another area when this was written and had not landed: follow it when it
# exists, else 0005, so the chain stays one line either way (a database upgraded to 0007 before
# 0006 landed would need 0006 applied by hand; no shipped database is in that state).
down_revision: Union[str, Sequence[str], None] = (
    '0006' if any(Path(__file__).parent.glob('0006_*.py')) else '0005')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handled_by', sa.String(length=64), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_column('handled_by')
