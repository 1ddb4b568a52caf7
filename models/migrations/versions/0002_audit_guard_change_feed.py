"""Append-only audit log on both backends; change-feed triggers on PostgreSQL.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

# As they were at this revision (models/db/change_tables.py holds the live ones): a migration
# never imports the live code.
CHANNEL = "canvass_changes"
MAX_IDS_PER_NOTICE = 50
WATCHED_TABLES: dict[str, str] = {
    "district": "id", "police_station": "id", "community": "id", "household": "id",
    "person": "id", "visit": "id", "screening_result": "id", "person_case": "id",
    "case_event": "id", "contact_link": "id", "persuasion_visit": "id", "lodging": "id",
    "responder": "id", "team": "id", "team_member": "id", "team_community": "team_id",
    "duty_shift": "id", "temperature_check": "id", "vehicle": "id", "disinfection": "id",
    "facility": "id", "facility_accepts": "facility_id", "transfer_order": "id",
    "transfer_crew": "transfer_id", "supply_stock": "id", "supply_movement": "id",
    "incident": "id", "app_user": "id",
}

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PG_AUDIT_GUARD = """
CREATE FUNCTION canvass_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION canvass_audit_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION canvass_audit_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;
"""

# Statement-level triggers with transition tables: one notice per statement, ids only (never
# personal data: every listener sees the payload), a bulk COPY of a million rows costs one notice.
PG_NOTIFY_FUNCTION = f"""
CREATE FUNCTION canvass_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    key text := TG_ARGV[0];
    ids text;
    n integer;
BEGIN
    IF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT count(*), string_agg(k::text, '','') FROM '
                       '(SELECT DISTINCT %I AS k FROM old_rows LIMIT {MAX_IDS_PER_NOTICE + 1}) s', key)
            INTO n, ids;
    ELSE
        EXECUTE format('SELECT count(*), string_agg(k::text, '','') FROM '
                       '(SELECT DISTINCT %I AS k FROM new_rows LIMIT {MAX_IDS_PER_NOTICE + 1}) s', key)
            INTO n, ids;
    END IF;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF n > {MAX_IDS_PER_NOTICE} THEN
        ids := '*';
    END IF;
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || '|' || ids);
    RETURN NULL;
END $$;
"""


def _pg_notify_triggers(table: str, key: str) -> str:
    return f"""
CREATE TRIGGER {table}_feed_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canvass_notify_change('{key}');
CREATE TRIGGER {table}_feed_update AFTER UPDATE ON {table} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canvass_notify_change('{key}');
CREATE TRIGGER {table}_feed_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canvass_notify_change('{key}');
"""


SQLITE_AUDIT_GUARD = [
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_AUDIT_GUARD)
        op.execute(PG_NOTIFY_FUNCTION)
        for table, key in WATCHED_TABLES.items():
            op.execute(_pg_notify_triggers(table, key))
    else:
        for statement in SQLITE_AUDIT_GUARD:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in WATCHED_TABLES:
            for suffix in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_feed_{suffix} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS canvass_notify_change()")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS canvass_audit_append_only()")
        op.execute("GRANT UPDATE, DELETE, TRUNCATE ON audit_entry TO PUBLIC")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
