"""What a real district's setup needs: natural keys, retirement and the workbook's columns.

Revision ID: 0010
Revises: 0009

- facility: `code` (unique; existing facilities get F001, F002 … by id), `phone`, `active`;
- vehicle: `seats` (NULL: not recorded), `active`;
- police_station, community, lodging: `active` (team and responder had it already);
- lodging: its name becomes unique (a re-imported workbook finds a lodging by name); a name
  that occurs twice keeps its first row and the others get their id appended;
- responder: `resident_id` (unique where given);
- supply_stock: `low_stock_days` (3, the rule's old constant).

Only columns are added and indexes created, never a table rebuilt: SQLite would rebuild a
table by dropping it, and with foreign keys on, dropping `facility` would cascade to
`facility_accepts` and refuse for the transfers pointing at it. SQLite adds a NOT NULL column
only with a default, so `facility.code` there keeps DEFAULT '' (never used: every insert names a
code); PostgreSQL drops it after the codes are written. Self-contained: nothing live imported.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

NAME_LENGTH = 64
ACTIVE_TABLES = ("police_station", "community", "facility", "vehicle", "lodging")


def _facility_codes() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    op.add_column("facility", sa.Column("code", sa.String(length=16), nullable=not sqlite,
                                        server_default="" if sqlite else None))
    ids = [row[0] for row in connection.execute(sa.text("SELECT id FROM facility ORDER BY id"))]
    if ids:
        connection.execute(sa.text("UPDATE facility SET code = :code WHERE id = :id"),
                           [{"id": ident, "code": f"F{ident:03d}"} for ident in ids])
    if not sqlite:
        op.alter_column("facility", "code", existing_type=sa.String(length=16), nullable=False)
    op.create_index("ix_facility_code", "facility", ["code"], unique=True)


def _unique_lodging_names() -> None:
    connection = op.get_bind()
    seen: set[str] = set()
    renamed = []
    for ident, name in connection.execute(sa.text("SELECT id, name FROM lodging ORDER BY id")):
        if name in seen:
            suffix = f"（{ident}）"
            name = name[:NAME_LENGTH - len(suffix)] + suffix
            renamed.append({"id": ident, "name": name})
        seen.add(name)
    if renamed:
        connection.execute(sa.text("UPDATE lodging SET name = :name WHERE id = :id"), renamed)
    op.create_index("ix_lodging_name", "lodging", ["name"], unique=True)


def upgrade() -> None:
    _facility_codes()
    op.add_column("facility", sa.Column("phone", sa.String(length=20), nullable=True))
    for table in ACTIVE_TABLES:
        op.add_column(table, sa.Column("active", sa.Boolean(), server_default=sa.true(),
                                       nullable=False))
    op.add_column("vehicle", sa.Column("seats", sa.Integer(), nullable=True))
    _unique_lodging_names()
    op.add_column("responder", sa.Column("resident_id", sa.String(length=18), nullable=True))
    op.create_index("ix_responder_resident_id", "responder", ["resident_id"], unique=True)
    op.add_column("supply_stock", sa.Column("low_stock_days", sa.Integer(), server_default="3",
                                            nullable=False))


def downgrade() -> None:
    op.drop_column("supply_stock", "low_stock_days")
    op.drop_index("ix_responder_resident_id", table_name="responder")
    op.drop_column("responder", "resident_id")
    op.drop_index("ix_lodging_name", table_name="lodging")
    op.drop_column("vehicle", "seats")
    for table in ACTIVE_TABLES:
        op.drop_column(table, "active")
    op.drop_column("facility", "phone")
    op.drop_index("ix_facility_code", table_name="facility")
    op.drop_column("facility", "code")
