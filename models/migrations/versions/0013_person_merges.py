"""Persons entered twice are merged (issue 17, item 4): `person.active`, `person.merged_into_id`,
resident IDs unique among active persons, and the phone index widened to (phone, name, birth date)
so that the same name, birth date and phone are found from the index alone.

Revision ID: 0013
Revises: 0012

A merge keeps both entries: the one merged away stays, inactive, pointing at the one kept, its
cases, screenings and contacts moved over (models/register/merging.py). A partial unique index
then holds what the register always meant: one resident ID, one active person.

A database may already hold an ID twice (the person editor did not check before this revision).
The index cannot be built over them, and merging is a person's decision, so the later entries are
set aside (inactive, not merged): the register's duplicates list shows each beside the entry kept
active, for someone to merge. The columns are added in place with constant defaults, so neither
backend rewrites the person table nor drops SQLite's tally trigger on it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations.snapshots.tallies_0005 import install, remove

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

INDEX = "uq_person_resident_id_active"
PHONE_INDEX = "ix_person_phone_name_birth"


def upgrade() -> None:
    connection = op.get_bind()
    postgresql = connection.dialect.name == "postgresql"
    true, false = ("true", "false") if postgresql else ("1", "0")
    op.execute(f"ALTER TABLE person ADD COLUMN active BOOLEAN DEFAULT {true} NOT NULL")
    op.execute("ALTER TABLE person ADD COLUMN merged_into_id INTEGER "
               "CONSTRAINT fk_person_merged_into_id_person REFERENCES person (id) "
               "CONSTRAINT ck_person_merged_inactive "
               "CHECK (merged_into_id IS NULL OR NOT active)")
    op.execute(f"UPDATE person SET active = {false} WHERE resident_id IN ("
               "SELECT resident_id FROM person GROUP BY resident_id HAVING count(*) > 1) "
               "AND id NOT IN (SELECT min(id) FROM person WHERE resident_id IS NOT NULL "
               "GROUP BY resident_id)")
    op.create_index(INDEX, "person", ["resident_id"], unique=True,
                    sqlite_where=sa.text("active = 1"), postgresql_where=sa.text("active"))
    # The phone's own index, widened: the same name, birth date and phone are found in it.
    op.create_index(PHONE_INDEX, "person", ["phone", "name", "birth_date"])
    op.drop_index("ix_person_phone", table_name="person")


def downgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    op.drop_index(INDEX, table_name="person")
    op.create_index("ix_person_phone", "person", ["phone"])
    op.drop_index(PHONE_INDEX, table_name="person")
    if sqlite:   # SQLite's batch copy renames person, which the tally triggers name: off, then on
        remove(connection)
        # The copy drops the old person table, whose rows other tables point at: the checks are
        # off for the copy (SQLite's driver runs DDL outside a transaction, where this pragma
        # takes effect) and the whole database is checked once it is back.
        op.execute("PRAGMA foreign_keys = OFF")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_person_merged_inactive"), type_="check")
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("active")
    if sqlite:
        install(connection)
        op.execute("PRAGMA foreign_keys = ON")
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
        if broken is not None:
            raise RuntimeError(f"downgrade left a row pointing nowhere: {tuple(broken)}")
