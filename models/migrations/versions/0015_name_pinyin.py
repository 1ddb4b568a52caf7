"""Names in pinyin order on both backends (issue 18, item 9).

Revision ID: 0015
Revises: 0014

* `person.name_pinyin`: the name's pinyin sort key (models/pinyin.py), indexed with the id so
  a page of names in pinyin order is an index walk, and keyset paging seeks on it.

The column is added in place with a constant default (neither backend rewrites the person
table), then filled a chunk at a time from the names already stored: the key is computed in
Python (pypinyin), a few microseconds a name, by a frozen copy of the application's function
(models/migrations/snapshots/pinyin_0015.py).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations.snapshots.pinyin_0015 import KEY_LENGTH, name_key

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

CHUNK = 20_000


def upgrade() -> None:
    op.add_column("person", sa.Column("name_pinyin", sa.String(length=KEY_LENGTH),
                                      server_default="", nullable=False))
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(sa.text(
            "SELECT id, name FROM person WHERE id > :last ORDER BY id LIMIT :chunk"),
            {"last": last, "chunk": CHUNK}).all()
        if not rows:
            break
        connection.execute(sa.text("UPDATE person SET name_pinyin = :key WHERE id = :id"),
                           [{"key": name_key(name or ""), "id": ident} for ident, name in rows])
        last = rows[-1][0]
    op.create_index("ix_person_name_pinyin", "person", ["name_pinyin", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_person_name_pinyin", table_name="person")
    # Dropped in place (SQLite 3.35 and later can): a batch copy of the person table would trip
    # over the foreign keys pointing at it and drop the tally trigger on it.
    op.execute("ALTER TABLE person DROP COLUMN name_pinyin")
