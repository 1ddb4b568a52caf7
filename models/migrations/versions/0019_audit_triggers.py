"""An audit no path escapes: the database writes the audit trail, hash-chained (issue 20, item 3).

Revision ID: 0019
Revises: 0018

Until now an ORM hook wrote the trail, so Core statements, bulk loads, psql and every other tool
changed rows without an entry. Now triggers on every audited table write it, whoever writes:

* Who: on PostgreSQL the transaction-local settings `canvass.user` / `canvass.user_id` that
  Canvass sets at the start of each write transaction, else the role signed in (psql's too:
  `session_user`, since the trigger functions run as their owner, SECURITY DEFINER, so a role
  needs no INSERT on audit_entry for its changes to be audited); the role always goes to
  `db_role`, whatever name the settings claim. On SQLite a trigger in the file can reach only
  the file's own tables and SQLite's built-in functions, never a connection's temp objects: it
  writes the marker 'sqlite'. A Canvass connection has registered functions and a TEMP trigger on
  audit_entry (models/db/acting.py) that put the signed-in user in place and chain the entry.
* What: table, row id (a link table's first key column), action, and the changes as JSON in the
  trail's one format: a new row's non-empty fields as field → value, an update's changed fields
  as field → [old, new], a deleted row's as field → [old, null]; stamps, derived keys and the id
  are left out, a password hash reads "***".
* Bulk: on PostgreSQL an INSERT is audited per statement (transition table): up to 1000 rows one
  entry each, more (or any number when `canvass.bulk` is on) one entry with the row count and
  the ids as ranges ("1-5000,5007"). SQLite has no statement triggers: each row is one entry,
  but for Canvass's own bulk loads (models/accounts/audit_bulk.py).
* The chain: `chain_seq` (position), `prev_hash`, `hash` = sha256 over the previous hash and the
  entry's fields (each as length:text, NULL as "~"). PostgreSQL seals at commit, in a deferred
  constraint trigger under a transaction-level advisory lock, so concurrent writers take turns
  only while committing and cannot fork the chain (chain_seq is also unique); a long import does
  not hold the other workstations' saves up for its whole length. The seal is the one UPDATE the
  append-only guard lets through (chain columns from NULL, nothing else changed). SQLite's
  writers are serialized already: the TEMP trigger chains each entry as it is written. An entry
  written without Canvass on SQLite stays unchained, and `canvass audit verify` says so.
* Existing entries are chained here, oldest first.

Tables and the trigger text are as they were at this revision (a migration never imports live
code; models/accounts/audit_guards.py rebuilds the same SQLite text to check a file at open). A
later migration that changes an audited table's columns, or rebuilds it (SQLite's batch copy
drops its triggers), must put its audit triggers back.

Down: triggers, functions and the chain columns go; the 0002 guard comes back.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

AUDITED_TABLES: tuple[str, ...] = (
    "alert_acknowledgement", "app_user", "case_event", "community", "contact_link",
    "disinfection", "district", "duty_shift", "facility", "facility_accepts", "household",
    "incident", "lodging", "person", "person_case", "persuasion_visit", "police_station",
    "responder", "screening_result", "supply_movement", "supply_stock", "team",
    "team_community", "team_member", "team_minimums", "temperature_check", "transfer_crew",
    "transfer_order", "vehicle", "visit", "visit_absence",
)
SKIPPED = ("id", "created_at", "updated_at", "version", "resident_id_reversed", "name_pinyin",
           "last_sign_in_at")
SECRET = ("password_hash",)
MARKER = "sqlite"
BULK_ROWS = 1000
CHAIN_LOCK = 7_406_190_019   # the advisory lock's key: any constant Canvass uses for nothing else
SQLITE_NOW = ("strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime') || "
              "substr(strftime('%f', 'now', 'localtime'), 3) || '000'")
_ARRAY = "ARRAY[" + ", ".join(f"'{name}'" for name in SKIPPED) + "]"

PG_FUNCTIONS = f"""
CREATE FUNCTION canvass_audit_part(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '~' ELSE length(value)::text || ':' || value END
$$;
CREATE FUNCTION canvass_audit_hash(seq bigint, prev text, entry_id integer, at timestamp,
        user_id integer, username text, db_role text, action text, table_name text,
        row_id integer, changes text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        canvass_audit_part(seq::text) || canvass_audit_part(prev)
        || canvass_audit_part(entry_id::text)
        || canvass_audit_part(to_char(at, 'YYYY-MM-DD HH24:MI:SS.US'))
        || canvass_audit_part(user_id::text) || canvass_audit_part(username)
        || canvass_audit_part(db_role) || canvass_audit_part(action)
        || canvass_audit_part(table_name) || canvass_audit_part(row_id::text)
        || canvass_audit_part(changes), 'UTF8')), 'hex')
$$;
CREATE FUNCTION canvass_audit_actor() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT left(COALESCE(NULLIF(current_setting('canvass.user', true), ''), session_user::text), 32)
$$;
CREATE FUNCTION canvass_audit_actor_id() RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN current_setting('canvass.user_id', true) ~ '^[0-9]{{1,9}}$'
                THEN current_setting('canvass.user_id', true)::integer END
$$;
CREATE FUNCTION canvass_audit_shown(field text, value jsonb) RETURNS jsonb LANGUAGE sql
        IMMUTABLE AS $$
    SELECT CASE WHEN field IN ({", ".join(f"'{name}'" for name in SECRET)})
                     AND value <> 'null'::jsonb THEN to_jsonb('***'::text) ELSE value END
$$;
CREATE FUNCTION canvass_audit_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
DECLARE
    key text := TG_ARGV[0];
    n bigint;
    ranges text;
BEGIN
    SELECT count(*) INTO n FROM new_rows;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF n <= {BULK_ROWS} AND COALESCE(current_setting('canvass.bulk', true), '') <> 'on' THEN
        INSERT INTO audit_entry (at, user_id, username, db_role, action, table_name, row_id,
                                 changes)
        SELECT clock_timestamp()::timestamp, canvass_audit_actor_id(), canvass_audit_actor(),
               session_user, 'insert', TG_TABLE_NAME, (s.j ->> key)::integer,
               (SELECT COALESCE(jsonb_object_agg(e.key, canvass_audit_shown(e.key, e.value)),
                                '{{}}'::jsonb)
                FROM jsonb_each(jsonb_strip_nulls(s.j) - {_ARRAY}) e)::text
        FROM (SELECT to_jsonb(r) AS j FROM new_rows r) s
        ORDER BY (s.j ->> key)::bigint;
    ELSE
        EXECUTE format(
            'SELECT string_agg(CASE WHEN lo = hi THEN lo::text ELSE lo || ''-'' || hi END, '','' '
            'ORDER BY lo) FROM (SELECT min(k) AS lo, max(k) AS hi FROM (SELECT k, k - row_number() '
            'OVER (ORDER BY k) AS g FROM (SELECT DISTINCT %I::bigint AS k FROM new_rows) d) x '
            'GROUP BY g) r', key) INTO ranges;
        INSERT INTO audit_entry (at, user_id, username, db_role, action, table_name, row_id,
                                 changes)
        VALUES (clock_timestamp()::timestamp, canvass_audit_actor_id(), canvass_audit_actor(),
                session_user, 'insert', TG_TABLE_NAME, NULL,
                jsonb_build_object('rows', n, 'ids', ranges)::text);
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION canvass_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
DECLARE
    key text := TG_ARGV[0];
    old_row jsonb := to_jsonb(OLD);
    changes jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT jsonb_object_agg(e.key, jsonb_build_array(canvass_audit_shown(e.key, e.value),
                                                         NULL))
            INTO changes FROM jsonb_each(old_row - {_ARRAY}) e;
    ELSE
        SELECT jsonb_object_agg(e.key, jsonb_build_array(canvass_audit_shown(e.key, e.value),
                                                         canvass_audit_shown(e.key, n.value)))
            INTO changes
            FROM jsonb_each(old_row - {_ARRAY}) e
            JOIN jsonb_each(to_jsonb(NEW) - {_ARRAY}) n ON n.key = e.key
            WHERE e.value IS DISTINCT FROM n.value;
        IF changes IS NULL THEN
            RETURN NULL;
        END IF;
    END IF;
    INSERT INTO audit_entry (at, user_id, username, db_role, action, table_name, row_id, changes)
    VALUES (clock_timestamp()::timestamp, canvass_audit_actor_id(), canvass_audit_actor(),
            session_user, lower(TG_OP), TG_TABLE_NAME, (old_row ->> key)::integer,
            COALESCE(changes, '{{}}'::jsonb)::text);
    RETURN NULL;
END $$;
CREATE FUNCTION canvass_audit_seal() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
DECLARE
    e audit_entry%ROWTYPE;
    last_seq bigint;
    last_hash text;
BEGIN
    PERFORM pg_advisory_xact_lock({CHAIN_LOCK});
    SELECT * INTO e FROM audit_entry WHERE id = NEW.id;
    IF NOT FOUND OR e.chain_seq IS NOT NULL THEN
        RETURN NULL;
    END IF;
    SELECT chain_seq, hash INTO last_seq, last_hash FROM audit_entry
        WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1;
    last_seq := COALESCE(last_seq, 0) + 1;
    UPDATE audit_entry SET chain_seq = last_seq, prev_hash = last_hash,
        hash = canvass_audit_hash(last_seq, last_hash, e.id, e.at, e.user_id, e.username,
                                  e.db_role, e.action, e.table_name, e.row_id, e.changes)
        WHERE id = NEW.id;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER audit_entry_seal AFTER INSERT ON audit_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION canvass_audit_seal();
"""

# The append-only guard, now letting through the one UPDATE that seals an entry.
PG_GUARD = """
CREATE OR REPLACE FUNCTION canvass_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
       AND (to_jsonb(OLD) - ARRAY['chain_seq', 'prev_hash', 'hash'])
           = (to_jsonb(NEW) - ARRAY['chain_seq', 'prev_hash', 'hash']) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
"""
PG_GUARD_0002 = """
CREATE OR REPLACE FUNCTION canvass_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
"""
PG_FUNCTION_NAMES = ("canvass_audit_seal()", "canvass_audit_row()", "canvass_audit_insert()",
                     "canvass_audit_shown(text, jsonb)", "canvass_audit_actor_id()",
                     "canvass_audit_actor()",
                     "canvass_audit_hash(bigint, text, integer, timestamp, integer, text, text, "
                     "text, text, integer, text)", "canvass_audit_part(text)")
SQLITE_GUARD = """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""


def _pg_triggers(table: str, key: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_audit_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS "
        f"new_rows FOR EACH STATEMENT EXECUTE FUNCTION canvass_audit_insert('{key}')",
        f"CREATE TRIGGER {table}_audit_update AFTER UPDATE ON {table} FOR EACH ROW "
        f"WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION canvass_audit_row('{key}')",
        f"CREATE TRIGGER {table}_audit_delete AFTER DELETE ON {table} FOR EACH ROW "
        f"EXECUTE FUNCTION canvass_audit_row('{key}')",
    ]


# --- SQLite: the same text models/accounts/audit_guards.py expects --------------------------
def _sqlite_value(row: str, name: str, kind: str) -> str:
    if name in SECRET:
        return f"CASE WHEN {row}.{name} IS NULL THEN NULL ELSE '***' END"
    if kind.upper() == "BOOLEAN":
        return (f"json(CASE WHEN {row}.{name} IS NULL THEN 'null' WHEN {row}.{name} "
                f"THEN 'true' ELSE 'false' END)")
    return f"{row}.{name}"


def sqlite_triggers(table: str, columns: list[tuple[str, str]], key: str) -> dict[str, str]:
    """The three audit triggers of `table`, by name; `columns` are (name, declared type)."""
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

    return {
        f"{table}_audit_insert": f"CREATE TRIGGER {table}_audit_insert AFTER INSERT ON {table} "
        + body("insert", "NEW", f"json_patch('{{}}', json_object({inserted}))"),
        f"{table}_audit_update": f"CREATE TRIGGER {table}_audit_update AFTER UPDATE ON {table} "
        f"WHEN {changed} " + body("update", "NEW", f"json_patch('{{}}', json_object({updated}))"),
        f"{table}_audit_delete": f"CREATE TRIGGER {table}_audit_delete AFTER DELETE ON {table} "
        + body("delete", "OLD", f"json_object({deleted})"),
    }


def _sqlite_columns(table: str) -> tuple[list[tuple[str, str]], str]:
    rows = op.get_bind().exec_driver_sql(f"PRAGMA table_info({table})").all()
    keys = sorted((int(row[5]), str(row[1])) for row in rows if int(row[5]) > 0)
    return [(str(row[1]), str(row[2])) for row in rows], keys[0][1]


# --- chaining the entries written before this revision --------------------------------------
def _part(value: Any) -> str:
    return "~" if value is None else f"{len(str(value))}:{value}"


def _sealed_existing(postgresql: bool) -> list[dict[str, Any]]:
    """The chain columns of every entry so far, oldest first (read before the guard moves)."""
    bind = op.get_bind()
    at = "at" if postgresql else "CAST(at AS TEXT)"
    rows: Iterable[Any] = bind.exec_driver_sql(
        f"SELECT id, {at}, user_id, username, db_role, action, table_name, row_id, changes "
        "FROM audit_entry ORDER BY id").all()
    previous: str | None = None
    sealed = []
    for seq, (ident, moment, user_id, username, db_role, action, table, row_id, changes) \
            in enumerate(rows, start=1):
        if postgresql:
            moment = moment.strftime("%Y-%m-%d %H:%M:%S.%f")
        text = "".join(_part(v) for v in (seq, previous, ident, moment, user_id, username,
                                          db_role, action, table, row_id, changes))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        sealed.append({"s": seq, "p": previous, "h": digest, "i": ident})
        previous = digest
    return sealed


def _seal(sealed: list[dict[str, Any]]) -> None:
    if sealed:
        op.get_bind().execute(sa.text(
            "UPDATE audit_entry SET chain_seq = :s, prev_hash = :p, hash = :h WHERE id = :i"),
            sealed)


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.add_column("audit_entry", sa.Column("db_role", sa.String(length=64), nullable=True))
    op.add_column("audit_entry", sa.Column("chain_seq", sa.Integer(), nullable=True))
    op.add_column("audit_entry", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_entry", sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_index("ux_audit_entry_chain_seq", "audit_entry", ["chain_seq"], unique=True,
                    sqlite_where=sa.text("chain_seq IS NOT NULL"),
                    postgresql_where=sa.text("chain_seq IS NOT NULL"))
    if postgresql:
        op.execute("ALTER TABLE audit_entry ALTER COLUMN db_role SET DEFAULT SESSION_USER")
        op.execute(PG_GUARD)
        _seal(_sealed_existing(postgresql))
        op.execute(PG_FUNCTIONS)
        inspector = sa.inspect(op.get_bind())
        for table in AUDITED_TABLES:
            key = inspector.get_pk_constraint(table)["constrained_columns"][0]
            for statement in _pg_triggers(table, key):
                op.execute(statement)
        return
    sealed = _sealed_existing(postgresql)
    op.execute("DROP TRIGGER audit_entry_no_update")   # the seal is an UPDATE: let it through
    _seal(sealed)
    op.execute(SQLITE_GUARD)
    for table in AUDITED_TABLES:
        columns, key = _sqlite_columns(table)
        for statement in sqlite_triggers(table, columns, key).values():
            op.execute(statement)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in AUDITED_TABLES:
        for suffix in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_audit_{suffix}"
                       + (f" ON {table}" if postgresql else ""))
    if postgresql:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_seal ON audit_entry")
        for function in PG_FUNCTION_NAMES:
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
        op.execute(PG_GUARD_0002)
    else:
        # A Canvass connection carries a TEMP trigger on audit_entry that seals each entry with
        # these columns (models/db/acting.py); it must go before they do, or dropping them fails.
        op.execute("DROP TRIGGER IF EXISTS temp.canvass_seal")
    op.drop_index("ux_audit_entry_chain_seq", table_name="audit_entry")
    for column in ("hash", "prev_hash", "chain_seq", "db_role"):
        op.execute(f"ALTER TABLE audit_entry DROP COLUMN {column}")
