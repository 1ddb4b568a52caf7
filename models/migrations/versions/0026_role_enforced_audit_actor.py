"""The audit trail's "who" cannot be forged on a role-enforced PostgreSQL (issue 20, item 1).

Revision ID: 0026
Revises: 0025

Until now the triggers of 0019 named the writer from the transaction-local setting
`canvass.user`, falling back to `session_user`: right while every workstation connects as one
shared role and Canvass is the only one who decides who is who. On a database where each
Canvass user is a PostgreSQL login role (`canvass db roles install`, models/accounts/login_roles.py)
the connection itself says who writes, and anybody with psql could set `canvass.user` to
another person's name. So:

* `canvass_roles_enforced()`: false here; `db roles install`, run by the owner role, replaces it
  with one that answers true (a function, not a row: only the owner may replace it, every role
  may call it, and nothing about it belongs to the tables the models describe).
* `audit_entry_own_name`: an entry a role inserts itself (Canvass writes sign-ins and searches
  so) carries that role's login as its name, account and role, and enters the chain unsealed,
  whatever the statement said; the triggers' own entries (written as the owner) pass as they are.
  Only where roles are enforced (the trigger's WHEN), so elsewhere an entry costs what it did.
* `canvass_audit_actor()`: on a role-enforced database the login role (`session_user`, which
  neither `SET ROLE` nor a setting changes), else as before; `canvass_audit_actor_id()` then
  looks the account of that login up in `app_user` rather than trusting `canvass.user_id`.

The trigger functions that call them are SECURITY DEFINER (0019), owned by the owner role, so
they read `app_user` whatever the writer may read. SQLite: nothing (it has no roles).
Down: the 0019 definitions come back and the function goes.
"""
from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

UP = """
CREATE FUNCTION canvass_roles_enforced() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT false
$$;
CREATE OR REPLACE FUNCTION canvass_audit_actor() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT left(CASE WHEN canvass_roles_enforced() THEN session_user::text
                     ELSE COALESCE(NULLIF(current_setting('canvass.user', true), ''),
                                   session_user::text) END, 32)
$$;
CREATE OR REPLACE FUNCTION canvass_audit_actor_id() RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN canvass_roles_enforced()
                THEN (SELECT id FROM app_user WHERE username = session_user::text)
                WHEN current_setting('canvass.user_id', true) ~ '^[0-9]{1,9}$'
                THEN current_setting('canvass.user_id', true)::integer END
$$;
CREATE FUNCTION canvass_audit_own_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_user <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID)
    THEN
        NEW.username := left(session_user::text, 32);
        NEW.user_id := (SELECT id FROM app_user WHERE username = session_user::text);
        NEW.db_role := session_user::text;
        NEW.chain_seq := NULL;
        NEW.prev_hash := NULL;
        NEW.hash := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_entry_own_name BEFORE INSERT ON audit_entry FOR EACH ROW
    WHEN (canvass_roles_enforced()) EXECUTE FUNCTION canvass_audit_own_name();
"""
DOWN = """
DROP TRIGGER audit_entry_own_name ON audit_entry;
DROP FUNCTION canvass_audit_own_name();
CREATE OR REPLACE FUNCTION canvass_audit_actor() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT left(COALESCE(NULLIF(current_setting('canvass.user', true), ''), session_user::text), 32)
$$;
CREATE OR REPLACE FUNCTION canvass_audit_actor_id() RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN current_setting('canvass.user_id', true) ~ '^[0-9]{1,9}$'
                THEN current_setting('canvass.user_id', true)::integer END
$$;
DROP FUNCTION canvass_roles_enforced();
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(UP)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(DOWN)
