"""The sweep campaign (集中排查行动) and its supervision orders (督办单) (issue 23, item 2).

Revision ID: 0024
Revises: 0023

* `sweep_campaign`: name, first day and deadline (the last day, whole), who declared it when.
  Versioned and audited like every row people edit.
* `sweep_campaign_community`: the communities a campaign covers.
* `supervision_order`: a number, the campaign and community, issued at/by, the figures at issue
  (open doors, doors short of the planned line, the day's target, the deadline) as numbers, the
  status (issued → answered → closed), the reply as typed, when answered and closed. A partial
  unique index keeps one standing (not closed) order per campaign and community, whoever
  issues it at the same moment.
* Each new table gets the triggers every audited table has (0019), the version bump of the two
  edited ones (0018), and on PostgreSQL the change feed's (0002), so other workstations follow.

The done-by-day figures read the coverage tallies' primary key (community_id, day): no index is
needed for them.

Tables and trigger text are as they were at this revision: a migration never imports live code.
Down: the tables go, and their triggers with them.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

STATUSES = ("issued", "answered", "closed")
TABLES = {"sweep_campaign": "id", "sweep_campaign_community": "campaign_id",
          "supervision_order": "id"}
VERSIONED = ("sweep_campaign", "supervision_order")

# --- as 0019 writes an audited table's triggers ---------------------------------------------
SKIPPED = ("id", "created_at", "updated_at", "version", "resident_id_reversed", "name_pinyin",
           "last_sign_in_at")
SECRET = ("password_hash",)
MARKER = "sqlite"
SQLITE_NOW = ("strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime') || "
              "substr(strftime('%f', 'now', 'localtime'), 3) || '000'")


def _pg_audit(table: str, key: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_audit_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS "
        f"new_rows FOR EACH STATEMENT EXECUTE FUNCTION canvass_audit_insert('{key}')",
        f"CREATE TRIGGER {table}_audit_update AFTER UPDATE ON {table} FOR EACH ROW "
        f"WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION canvass_audit_row('{key}')",
        f"CREATE TRIGGER {table}_audit_delete AFTER DELETE ON {table} FOR EACH ROW "
        f"EXECUTE FUNCTION canvass_audit_row('{key}')",
    ]


def _sqlite_value(row: str, name: str, kind: str) -> str:
    if name in SECRET:
        return f"CASE WHEN {row}.{name} IS NULL THEN NULL ELSE '***' END"
    if kind.upper() == "BOOLEAN":
        return (f"json(CASE WHEN {row}.{name} IS NULL THEN 'null' WHEN {row}.{name} "
                f"THEN 'true' ELSE 'false' END)")
    return f"{row}.{name}"


def _sqlite_audit(table: str, columns: list[tuple[str, str]], key: str) -> list[str]:
    shown = [(name, kind) for name, kind in columns if name not in SKIPPED]
    inserted = ", ".join(f"'{n}', {_sqlite_value('NEW', n, k)}" for n, k in shown)
    updated = ", ".join(
        f"'{n}', CASE WHEN OLD.{n} IS NOT NEW.{n} THEN json_array("
        f"{_sqlite_value('OLD', n, k)}, {_sqlite_value('NEW', n, k)}) END" for n, k in shown)
    deleted = ", ".join(f"'{n}', json_array({_sqlite_value('OLD', n, k)}, NULL)"
                        for n, k in shown)
    changed = " OR ".join(f"OLD.{n} IS NOT NEW.{n}" for n, _ in shown)

    def body(action: str, row: str, changes: str) -> str:
        return (f"BEGIN INSERT INTO audit_entry (at, user_id, username, action, table_name, "
                f"row_id, changes) VALUES ({SQLITE_NOW}, NULL, '{MARKER}', '{action}', "
                f"'{table}', {row}.{key}, {changes}); END")

    return [
        f"CREATE TRIGGER {table}_audit_insert AFTER INSERT ON {table} "
        + body("insert", "NEW", f"json_patch('{{}}', json_object({inserted}))"),
        f"CREATE TRIGGER {table}_audit_update AFTER UPDATE ON {table} "
        f"WHEN {changed} " + body("update", "NEW", f"json_patch('{{}}', json_object({updated}))"),
        f"CREATE TRIGGER {table}_audit_delete AFTER DELETE ON {table} "
        + body("delete", "OLD", f"json_object({deleted})"),
    ]


def _sqlite_columns(table: str) -> list[tuple[str, str]]:
    rows = op.get_bind().exec_driver_sql(f"PRAGMA table_info({table})").all()
    return [(str(row[1]), str(row[2])) for row in rows]


# --- as 0018 bumps a version, 0002 feeds the changes -----------------------------------------
def _pg_version(table: str) -> str:
    return (f"CREATE TRIGGER {table}_bump_version BEFORE UPDATE ON {table} FOR EACH ROW "
            f"WHEN (NEW.version = OLD.version) EXECUTE FUNCTION canvass_bump_version()")


def _sqlite_version(table: str) -> str:
    return (f"CREATE TRIGGER {table}_bump_version AFTER UPDATE ON {table} FOR EACH ROW "
            f"WHEN NEW.version = OLD.version "
            f"BEGIN UPDATE {table} SET version = OLD.version + 1 WHERE id = NEW.id; END")


def _pg_feed(table: str, key: str) -> str:
    return f"""
CREATE TRIGGER {table}_feed_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canvass_notify_change('{key}');
CREATE TRIGGER {table}_feed_update AFTER UPDATE ON {table} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canvass_notify_change('{key}');
CREATE TRIGGER {table}_feed_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canvass_notify_change('{key}');
"""


def _stamps() -> list[sa.Column[object]]:
    return [sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(),
                      nullable=False),
            sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(),
                      nullable=False),
            sa.Column("version", sa.Integer(), server_default="1", nullable=False)]


def upgrade() -> None:
    op.create_table(
        "sweep_campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("declared_at", sa.DateTime(), nullable=False),
        sa.Column("declared_by_user_id", sa.Integer(), nullable=True),
        sa.Column("declared_by", sa.String(length=32), nullable=False),
        *_stamps(),
        sa.CheckConstraint("deadline >= starts_on", name=op.f("ck_sweep_campaign_dates_in_order")),
        sa.ForeignKeyConstraint(["declared_by_user_id"], ["app_user.id"],
                                name=op.f("fk_sweep_campaign_declared_by_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sweep_campaign")),
    )
    op.create_index("ix_sweep_campaign_deadline", "sweep_campaign", ["deadline"])
    op.create_table(
        "sweep_campaign_community",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["sweep_campaign.id"], ondelete="CASCADE",
                                name=op.f("fk_sweep_campaign_community_campaign_id_sweep_campaign")),
        sa.ForeignKeyConstraint(["community_id"], ["community.id"],
                                name=op.f("fk_sweep_campaign_community_community_id_community")),
        sa.PrimaryKeyConstraint("campaign_id", "community_id",
                                name=op.f("pk_sweep_campaign_community")),
    )
    op.create_index(op.f("ix_sweep_campaign_community_community_id"), "sweep_campaign_community",
                    ["community_id"])
    op.create_table(
        "supervision_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by_user_id", sa.Integer(), nullable=True),
        sa.Column("issued_by", sa.String(length=32), nullable=False),
        sa.Column("open_doors", sa.Integer(), nullable=False),
        sa.Column("gap", sa.Integer(), nullable=False),
        sa.Column("target_today", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("status", sa.Enum(*STATUSES, name="supervision_status", native_enum=False,
                                    create_constraint=True, length=24), nullable=False),
        sa.Column("reply", sa.Text(), server_default="", nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        *_stamps(),
        sa.CheckConstraint("open_doors >= 0 AND gap > 0 AND target_today >= 0",
                           name=op.f("ck_supervision_order_figures")),
        sa.ForeignKeyConstraint(["campaign_id"], ["sweep_campaign.id"],
                                name=op.f("fk_supervision_order_campaign_id_sweep_campaign")),
        sa.ForeignKeyConstraint(["community_id"], ["community.id"],
                                name=op.f("fk_supervision_order_community_id_community")),
        sa.ForeignKeyConstraint(["issued_by_user_id"], ["app_user.id"],
                                name=op.f("fk_supervision_order_issued_by_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_order")),
        sa.UniqueConstraint("number", name=op.f("uq_supervision_order_number")),
    )
    op.create_index(op.f("ix_supervision_order_community_id"), "supervision_order",
                    ["community_id"])
    op.create_index("uq_supervision_order_standing", "supervision_order",
                    ["campaign_id", "community_id"], unique=True,
                    sqlite_where=sa.text("status <> 'closed'"),
                    postgresql_where=sa.text("status <> 'closed'"))
    if op.get_bind().dialect.name == "postgresql":
        for table, key in TABLES.items():
            for statement in _pg_audit(table, key):
                op.execute(statement)
            op.execute(_pg_feed(table, key))
        for table in VERSIONED:
            op.execute(_pg_version(table))
        return
    for table, key in TABLES.items():
        for statement in _sqlite_audit(table, _sqlite_columns(table), key):
            op.execute(statement)
    for table in VERSIONED:
        op.execute(_sqlite_version(table))


def downgrade() -> None:
    # The tables' triggers go with them.
    op.drop_index("uq_supervision_order_standing", table_name="supervision_order")
    op.drop_index(op.f("ix_supervision_order_community_id"), table_name="supervision_order")
    op.drop_table("supervision_order")
    op.drop_index(op.f("ix_sweep_campaign_community_community_id"),
                  table_name="sweep_campaign_community")
    op.drop_table("sweep_campaign_community")
    op.drop_index("ix_sweep_campaign_deadline", table_name="sweep_campaign")
    op.drop_table("sweep_campaign")
