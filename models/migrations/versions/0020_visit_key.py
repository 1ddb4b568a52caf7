"""A visit is stored once (issue 21, item 2).

Revision ID: 0020
Revises: 0019

* `visit.entry_key`: the key a workstation gives each visit it saves. A save sent again after its
  answer was lost (the network, a server restart) finds the visit it stored by this key and
  answers with it, instead of storing the visit a second time. Unique (`uq_visit_entry_key`);
  visits recorded before this revision, and bulk loads, have none (NULL, never equal).
* `uq_visit_door_time_outcome`: one visit per door, moment and outcome, whoever writes. Canvass
  refused such a duplicate before writing, but with nothing behind the check two workstations
  saving the same visit at once stored both. The index replaces `ix_visit_household_time`,
  whose two columns lead it, so every look-up by door and time is served as before.

Duplicates already stored are merged before the index is made: the first visit of each door,
moment and outcome is kept. What pointed at a later copy points at the kept visit: a case it
opened (`person_case.source_visit_id`), and each screening or absence of a person the kept visit
does not account for already; the copies' other rows and the copies themselves are deleted (the
tally triggers take them back out of the coverage figures, the audit triggers record each delete).
Going down keeps the merge (the copies said nothing the kept visits do not).

On SQLite the audit triggers of `visit` name its columns (0019): they are made again with the
new column on the way up and without it on the way down, as 0019 makes them (the text
models/accounts/audit_guards.py expects). PostgreSQL's audit functions read whole rows.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

# The audit triggers' text as 0019 writes it, for a table without secret or boolean columns.
SKIPPED = ("id", "created_at", "updated_at", "version", "resident_id_reversed", "name_pinyin",
           "last_sign_in_at")
MARKER = "sqlite"
SQLITE_NOW = ("strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime') || "
              "substr(strftime('%f', 'now', 'localtime'), 3) || '000'")
SAME_VISIT = ("k.household_id = d.household_id AND k.visited_at = d.visited_at "
              "AND k.outcome = d.outcome")
COPIES = (f"SELECT d.id, (SELECT min(k.id) FROM visit k WHERE {SAME_VISIT}) FROM visit d "
          f"WHERE EXISTS (SELECT 1 FROM visit k WHERE {SAME_VISIT} AND k.id < d.id)")
ACCOUNTED = ("SELECT person_id FROM screening_result WHERE visit_id = :keep "
             "UNION SELECT person_id FROM visit_absence WHERE visit_id = :keep")
MERGE = (
    "UPDATE person_case SET source_visit_id = :keep WHERE source_visit_id = :copy",
    f"UPDATE screening_result SET visit_id = :keep WHERE visit_id = :copy "
    f"AND person_id NOT IN ({ACCOUNTED})",
    f"UPDATE visit_absence SET visit_id = :keep WHERE visit_id = :copy "
    f"AND person_id NOT IN ({ACCOUNTED})",
    "DELETE FROM screening_result WHERE visit_id = :copy",
    "DELETE FROM visit_absence WHERE visit_id = :copy",
    "DELETE FROM visit WHERE id = :copy",
)


def _visit_triggers(columns: list[str]) -> list[str]:
    shown = [name for name in columns if name not in SKIPPED]
    inserted = ", ".join(f"'{n}', NEW.{n}" for n in shown)
    updated = ", ".join(f"'{n}', CASE WHEN OLD.{n} IS NOT NEW.{n} THEN json_array(OLD.{n}, "
                        f"NEW.{n}) END" for n in shown)
    deleted = ", ".join(f"'{n}', json_array(OLD.{n}, NULL)" for n in shown)
    changed = " OR ".join(f"OLD.{n} IS NOT NEW.{n}" for n in shown)

    def body(action: str, row: str, changes: str) -> str:
        return (f"BEGIN INSERT INTO audit_entry (at, user_id, username, action, table_name, "
                f"row_id, changes) VALUES ({SQLITE_NOW}, NULL, '{MARKER}', '{action}', "
                f"'visit', {row}.id, {changes}); END")

    return [
        "CREATE TRIGGER visit_audit_insert AFTER INSERT ON visit "
        + body("insert", "NEW", f"json_patch('{{}}', json_object({inserted}))"),
        f"CREATE TRIGGER visit_audit_update AFTER UPDATE ON visit WHEN {changed} "
        + body("update", "NEW", f"json_patch('{{}}', json_object({updated}))"),
        "CREATE TRIGGER visit_audit_delete AFTER DELETE ON visit "
        + body("delete", "OLD", f"json_object({deleted})"),
    ]


def _remake_sqlite_audit(change: str) -> None:
    """Drop visit's audit triggers, run `change`, make them again for the columns it left."""
    for suffix in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS visit_audit_{suffix}")
    op.execute(change)
    columns = [str(row[1]) for row in op.get_bind().exec_driver_sql(
        "PRAGMA table_info(visit)").all()]
    for statement in _visit_triggers(columns):
        op.execute(statement)


def _merge_copies() -> None:
    bind = op.get_bind()
    pairs = [{"copy": int(copy), "keep": int(keep)}
             for copy, keep in bind.execute(sa.text(COPIES)).all()]
    for statement in MERGE:
        if pairs:
            bind.execute(sa.text(statement), pairs)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _merge_copies()
    if sqlite:
        _remake_sqlite_audit("ALTER TABLE visit ADD COLUMN entry_key CHAR(32)")
    else:
        op.add_column("visit", sa.Column("entry_key", sa.Uuid(), nullable=True))
    op.create_index("uq_visit_door_time_outcome", "visit",
                    ["household_id", "visited_at", "outcome"], unique=True)
    op.create_index("uq_visit_entry_key", "visit", ["entry_key"], unique=True)
    op.drop_index("ix_visit_household_time", table_name="visit")


def downgrade() -> None:
    op.create_index("ix_visit_household_time", "visit", ["household_id", "visited_at"])
    op.drop_index("uq_visit_entry_key", table_name="visit")
    op.drop_index("uq_visit_door_time_outcome", table_name="visit")
    if op.get_bind().dialect.name == "sqlite":
        _remake_sqlite_audit("ALTER TABLE visit DROP COLUMN entry_key")
    else:
        op.drop_column("visit", "entry_key")
