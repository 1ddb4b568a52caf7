"""Where persons come from and what the door-to-door teams find (issue 17, items 2 and 3).

Revision ID: 0014
Revises: 0013

* `person.origin`: register, door (found at the door and recorded with the visit) or intake (named
  on a contact-tracing list, not in the register); every person already stored came from a
  register.
* `person.residence` with where and since: here, away, moved out, deceased, living elsewhere;
  with the door's other findings (relation to the household, "not registered here", why no ID
  was shown) and `to_find`, a contact the teams are looking for (a partial index: a handful of
  rows at any time).
* `visit_absence`: a member not screened at a screened visit, away at the time or refusing.

The columns are added in place with constant defaults, so neither backend rewrites the person
table (a million rows at district scale) and SQLite keeps the tally triggers on it. The enum
columns carry their CHECK constraint in the ADD COLUMN itself, which both backends accept.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

ENUM_COLUMNS = (
    ("origin", "person_origin", "register", ("register", "door", "intake")),
    ("residence", "residence", "here", ("here", "away", "moved_out", "deceased", "elsewhere")),
)


def upgrade() -> None:
    for column, constraint, default, values in ENUM_COLUMNS:
        allowed = ", ".join(f"'{value}'" for value in values)
        op.execute(f"ALTER TABLE person ADD COLUMN {column} VARCHAR(24) DEFAULT '{default}' "
                   f"NOT NULL CONSTRAINT ck_person_{constraint} CHECK ({column} IN ({allowed}))")
    op.add_column("person", sa.Column("residence_where", sa.String(length=100),
                                      server_default="", nullable=False))
    op.add_column("person", sa.Column("residence_since", sa.Date(), nullable=True))
    op.add_column("person", sa.Column("household_relation", sa.String(length=16),
                                      server_default="", nullable=False))
    op.add_column("person", sa.Column("not_registered_here", sa.Boolean(),
                                      server_default=sa.false(), nullable=False))
    op.add_column("person", sa.Column("no_id_reason", sa.String(length=100),
                                      server_default="", nullable=False))
    op.add_column("person", sa.Column("to_find", sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
    op.create_index("ix_person_to_find", "person", ["household_id"], unique=False,
                    sqlite_where=sa.text("to_find = 1"), postgresql_where=sa.text("to_find"))
    op.create_table(
        "visit_absence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("presence", sa.Enum("absent", "refused", name="presence", native_enum=False,
                                      create_constraint=True, length=24), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_visit_absence_person_id_person")),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"],
                                name=op.f("fk_visit_absence_visit_id_visit"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_absence")),
        sa.UniqueConstraint("visit_id", "person_id", name="uq_visit_absence_visit_person"),
    )
    op.create_index(op.f("ix_visit_absence_person_id"), "visit_absence", ["person_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_visit_absence_person_id"), table_name="visit_absence")
    op.drop_table("visit_absence")
    op.drop_index("ix_person_to_find", table_name="person")
    # Dropped in place (SQLite 3.35 and later can): a batch copy of the person table would trip
    # over the foreign keys pointing at it and drop the tally trigger on it.
    for column in ("to_find", "no_id_reason", "not_registered_here", "household_relation",
                   "residence_since", "residence_where", "residence", "origin"):
        op.execute(f"ALTER TABLE person DROP COLUMN {column}")
