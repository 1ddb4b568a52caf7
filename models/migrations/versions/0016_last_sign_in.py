"""When each user last signed in, and whether they must choose a new password (issue 19, item 10).

Revision ID: 0016
Revises: 0015

* `app_user.last_sign_in_at`: the moment of the last successful sign-in, shown in the users list
  so a commander sees which accounts are in use and which lie idle. Existing users have none yet
  (NULL): the audit trail holds their past sign-ins, but the list starts counting from here.
* `app_user.must_change_password`: set when an administrator resets a password; the user chooses
  their own at the next sign-in. Existing users are not asked (false).

Both columns are added in place with constant defaults (no table rewrite on either backend) and
dropped in place on the way down (SQLite 3.35 and later can): a batch copy of app_user would trip
over the many foreign keys that point at it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("app_user", sa.Column("last_sign_in_at", sa.DateTime(), nullable=True))
    op.add_column("app_user", sa.Column("must_change_password", sa.Boolean(),
                                        server_default=sa.false(), nullable=False))


def downgrade() -> None:
    op.execute("ALTER TABLE app_user DROP COLUMN must_change_password")
    op.execute("ALTER TABLE app_user DROP COLUMN last_sign_in_at")
