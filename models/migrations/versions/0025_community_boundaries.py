"""Community boundaries for the situation map (issue 23, item 1).

Revision ID: 0025
Revises: 0024

* `community_boundary`: one row per community with an outline (GeoJSON MultiPolygon
  coordinates as text, WGS-84) and its bounding box. Master data people replace by importing a
  boundary file: it carries `version` and is audited like the community itself.
* `ix_person_case_open_community` (is_open, community_id, category): the map's open cases per
  community and category are counted from the index alone (110 ms to about 20 ms on the SQLite
  district demo's 48,370 cases, of which 21,686 open); an index only, no table is copied.
* Its triggers, as every edited table has them: the version bump (0018), the audit triggers
  (0019; on SQLite the text models/accounts/audit_guards.py expects) and, on PostgreSQL, the
  change feed's (0002), so a map at another workstation redraws when boundaries are imported.

Down: the index goes; the table goes, and its triggers with it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

TABLE = "community_boundary"
OPEN_COMMUNITY = "ix_person_case_open_community"
# As 0019 writes the audit triggers (a table without secret or boolean columns).
SKIPPED = ("id", "created_at", "updated_at", "version", "resident_id_reversed", "name_pinyin",
           "last_sign_in_at")
MARKER = "sqlite"
SQLITE_NOW = ("strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime') || "
              "substr(strftime('%f', 'now', 'localtime'), 3) || '000'")


def _sqlite_audit(columns: list[str]) -> list[str]:
    shown = [name for name in columns if name not in SKIPPED]
    inserted = ", ".join(f"'{n}', NEW.{n}" for n in shown)
    updated = ", ".join(f"'{n}', CASE WHEN OLD.{n} IS NOT NEW.{n} THEN json_array(OLD.{n}, "
                        f"NEW.{n}) END" for n in shown)
    deleted = ", ".join(f"'{n}', json_array(OLD.{n}, NULL)" for n in shown)
    changed = " OR ".join(f"OLD.{n} IS NOT NEW.{n}" for n in shown)

    def body(action: str, row: str, changes: str) -> str:
        return (f"BEGIN INSERT INTO audit_entry (at, user_id, username, action, table_name, "
                f"row_id, changes) VALUES ({SQLITE_NOW}, NULL, '{MARKER}', '{action}', "
                f"'{TABLE}', {row}.id, {changes}); END")

    return [
        f"CREATE TRIGGER {TABLE}_audit_insert AFTER INSERT ON {TABLE} "
        + body("insert", "NEW", f"json_patch('{{}}', json_object({inserted}))"),
        f"CREATE TRIGGER {TABLE}_audit_update AFTER UPDATE ON {TABLE} WHEN {changed} "
        + body("update", "NEW", f"json_patch('{{}}', json_object({updated}))"),
        f"CREATE TRIGGER {TABLE}_audit_delete AFTER DELETE ON {TABLE} "
        + body("delete", "OLD", f"json_object({deleted})"),
    ]


def _postgresql_triggers() -> list[str]:
    statements = [
        f"CREATE TRIGGER {TABLE}_bump_version BEFORE UPDATE ON {TABLE} FOR EACH ROW "
        "WHEN (NEW.version = OLD.version) EXECUTE FUNCTION canvass_bump_version()",
        f"CREATE TRIGGER {TABLE}_audit_insert AFTER INSERT ON {TABLE} REFERENCING NEW TABLE AS "
        "new_rows FOR EACH STATEMENT EXECUTE FUNCTION canvass_audit_insert('id')",
        f"CREATE TRIGGER {TABLE}_audit_update AFTER UPDATE ON {TABLE} FOR EACH ROW "
        "WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION canvass_audit_row('id')",
        f"CREATE TRIGGER {TABLE}_audit_delete AFTER DELETE ON {TABLE} FOR EACH ROW "
        "EXECUTE FUNCTION canvass_audit_row('id')",
    ]
    for event, rows in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        statements.append(
            f"CREATE TRIGGER {TABLE}_feed_{event} AFTER {event.upper()} ON {TABLE} "
            f"REFERENCING {rows} TABLE AS {rows.lower()}_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION canvass_notify_change('id')")
    return statements


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("shape", sa.Text(), nullable=False),
        sa.Column("min_lon", sa.Float(), nullable=False),
        sa.Column("min_lat", sa.Float(), nullable=False),
        sa.Column("max_lon", sa.Float(), nullable=False),
        sa.Column("max_lat", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(),
                  nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(),
                  nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("min_lon <= max_lon AND min_lat <= max_lat",
                           name=op.f("ck_community_boundary_bbox_ordered")),
        sa.ForeignKeyConstraint(["community_id"], ["community.id"],
                                name=op.f("fk_community_boundary_community_id_community")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_boundary")),
        sa.UniqueConstraint("community_id", name=op.f("uq_community_boundary_community_id")),
    )
    op.create_index(OPEN_COMMUNITY, "person_case", ["is_open", "community_id", "category"])
    if op.get_bind().dialect.name == "postgresql":
        for statement in _postgresql_triggers():
            op.execute(statement)
        op.execute("ANALYZE person_case")
        return
    op.execute(f"CREATE TRIGGER {TABLE}_bump_version AFTER UPDATE ON {TABLE} FOR EACH ROW "
               "WHEN NEW.version = OLD.version "
               f"BEGIN UPDATE {TABLE} SET version = OLD.version + 1 WHERE id = NEW.id; END")
    columns = [str(row[1]) for row in op.get_bind().exec_driver_sql(
        f"PRAGMA table_info({TABLE})").all()]
    for statement in _sqlite_audit(columns):
        op.execute(statement)
    op.execute("PRAGMA analysis_limit = 1000")   # a sample of each index, as 0023 analyses
    op.execute("ANALYZE person_case")


def downgrade() -> None:
    op.drop_index(OPEN_COMMUNITY, table_name="person_case")
    op.drop_table(TABLE)
