"""Authorization enforced by PostgreSQL: a login role per Canvass user (issue 20, item 1).

A deployment mode, installed by the database's owner role (`canvass db roles install` with the
owner's URL); SQLite, and a PostgreSQL database without it, work exactly as before: one role the
workstations share, Canvass checking the permission table.

Installed (`install`, one transaction, run again by every `db upgrade` so new tables are covered):

* one NOLOGIN group role per Canvass role, `canvass_commander` … `canvass_admin`;
* PUBLIC loses every privilege on the schema's tables and the right to create in the schema and
  the database; each group gets SELECT where its screens read and INSERT/UPDATE/DELETE where the
  permission table (models/accounts/permissions.py) lets it write (`TABLE_WRITERS`);
* full identifiers: groups without `SEE_FULL_IDENTIFIERS` that write no person
  (`MASKED_READERS`: the viewer, the admin) may SELECT every column of `person` and `responder`
  but the resident ID (and its reversed key), the phone and the birth date — psql with their
  credentials reads `permission denied` for those columns — and their logins find the views of
  MASKED_SCHEMA first, which give those columns masked as the screens mask them, so Canvass's
  own statements work unchanged for them;
* `canvass_masked.canvass_person_ids_by_resident_id(whole)`: the ids of the persons whose
  resident ID is exactly `whole` (18 characters, on the ID's own index), SECURITY DEFINER (the
  owner's, search_path pinned), executable by every group that may search persons: a masked
  reader's search by a whole ID finds the person without reading any ID (the view's masked
  column never equals one), as a role that reads IDs finds them; a prefix finds nothing; and
  `canvass_person_ids_by_phone(whole)` likewise for a whole phone;
* the audit trail: SELECT for the groups that read the log; INSERT for every group (Canvass writes
  sign-ins and searches itself), where a BEFORE INSERT trigger (migration 0026) overwrites the
  name, account and role with the login's own, so an entry cannot be forged; never UPDATE,
  DELETE, TRUNCATE or ALTER: the table, its triggers and their SECURITY DEFINER functions belong
  to the owner, and only an owner can disable a trigger;
* `app_user`: every group reads it and updates its own row only (row-level security: the last
  sign-in, its own password); the groups that manage users write any row;
* `canvass_login_set(name, verifier, grp, can_login)`: the one way to create or change a login
  role, SECURITY DEFINER (owned by the owner, who has CREATEROLE), executable by the groups that
  manage users (and by anyone for their own password only; nobody changes their own group or
  login, as in Canvass). No Canvass role gets CREATEROLE,
  which on PostgreSQL 15 would let it grant itself any group. It touches only Canvass's own login
  roles (members of a canvass_ group, neither superuser nor CREATEROLE), so an administrator
  cannot take the owner's role over; passwords arrive as SCRAM verifiers computed by libpq on the
  workstation, never in clear in a statement the server might log;
* the sign-in gate (models/accounts/sign_in_gate.py): the login role `canvass_signin` and the two
  functions through which a refused login is counted towards the sign-in delays and audited;
* `canvass_roles_enforced()` answers true: the audit triggers then name the login role
  (`session_user`) whatever `canvass.user` claims (migration 0026).

Canvass keeps the accounts table in step: adding a user, a new role, a reset or own password,
deactivating and reactivating also create or alter the login role, in the same transaction.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Connection, literal_column, text
from sqlalchemy.engine import URL, Dialect
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from models.accounts.credentials import InvalidUserInput, SignInRefused
from models.accounts.masking import masked_phone_sql, masked_resident_id_sql
from models.accounts.permissions import ROLE_PERMISSIONS, Permission
from models.accounts.refusals import AccountRefusal
from models.accounts.sign_in_delays import workstation_key
from models.accounts.sign_in_gate import (
    SIGN_IN_PASSWORD,
    SIGN_IN_ROLE,
    SignInGate,
    gate_grants,
    gate_statements,
)
from models.db.login_mode import (
    MASKED_SCHEMA,
    PHONE_LOOKUP,
    RESIDENT_ID_LOOKUP,
    RolesRefused,
    check_owner,
    enforced,
)
from models.enums import UserRole
from models.errors import DatabaseRefusal

GROUP_PREFIX = "canvass_"
SCRAM = "scram-sha-256"
# How the server says a role is NOLOGIN (a deactivated account), in English and in Chinese.
NOLOGIN_WORDS = ("not permitted to log in", "不允许角色")
NAME_BYTES = 63     # PostgreSQL cuts longer identifiers: a login must match its account's name

# Who writes which table: the permissions whose holders may INSERT, UPDATE and DELETE there. The
# commander holds every permission; a table named nowhere is written by SET_UP_DISTRICT alone.
_REGISTER = frozenset({Permission.EDIT_REGISTER, Permission.IMPORT_REGISTER,
                       Permission.MANAGE_CASES, Permission.SET_UP_DISTRICT})
_VISITS = frozenset({Permission.RECORD_VISITS})
_CASES = frozenset({Permission.MANAGE_CASES, Permission.RECORD_VISITS,
                    Permission.DISPATCH_TRANSFERS})
_TRANSFERS = frozenset({Permission.DISPATCH_TRANSFERS})
_TEAMS = frozenset({Permission.MANAGE_TEAMS})
_SETUP = frozenset({Permission.SET_UP_DISTRICT})
_ANY_WRITER = frozenset(Permission) - {Permission.VIEW, Permission.EXPORT_DATA,
                                       Permission.SEE_FULL_IDENTIFIERS,
                                       Permission.VIEW_AUDIT_LOG, Permission.MANAGE_USERS}
TABLE_WRITERS: dict[str, frozenset[Permission]] = {
    "household": _REGISTER | _VISITS, "person": _REGISTER | _VISITS, "lodging": _REGISTER,
    "visit": _VISITS, "screening_result": _VISITS, "visit_absence": _VISITS,
    "persuasion_visit": _VISITS | _CASES,
    "temperature_check": frozenset({Permission.RECORD_TEMPERATURES}),
    "person_case": _CASES, "case_event": _CASES, "contact_link": _CASES | _REGISTER,
    "transfer_order": _TRANSFERS, "transfer_crew": _TRANSFERS,
    "facility": _TRANSFERS | _SETUP, "vehicle": _TRANSFERS | _TEAMS,
    "incident": _TRANSFERS | _TEAMS | frozenset({Permission.ACKNOWLEDGE_ALERTS}),
    "alert_acknowledgement": frozenset({Permission.ACKNOWLEDGE_ALERTS}),
    "disinfection": _TEAMS | _TRANSFERS | _VISITS,
    "responder": _TEAMS, "team": _TEAMS, "team_member": _TEAMS, "duty_shift": _TEAMS,
    "team_minimums": _TEAMS, "team_community": _TEAMS | _SETUP,
    "supply_stock": _TEAMS | _TRANSFERS, "supply_movement": _TEAMS | _TRANSFERS,
    "community": _REGISTER | _VISITS | _SETUP,
    # Counted by the database's own triggers, which run as the writer of the row they count.
    "household_tally": _ANY_WRITER, "person_tally": _ANY_WRITER,
    "community_day_tally": _ANY_WRITER,
    "app_user": frozenset({Permission.MANAGE_USERS}),
}
# Written at every sign-in, by everyone (a refused one, which never connects, by the sign-in gate:
# models/accounts/sign_in_gate.py).
EVERYONE_WRITES = ("sign_in_delay",)
# Read by nobody but the groups that read the log; written only through INSERT (see above).
AUDIT_TABLE = "audit_entry"
OWNER_ONLY = ("alembic_version",)     # read by everyone (the schema's revision), written by none
# Columns holding full identifiers, or what a mask hides (a birth date is the ID's middle).
IDENTIFIER_COLUMNS: dict[str, frozenset[str]] = {
    "person": frozenset({"resident_id", "resident_id_reversed", "phone", "birth_date"}),
    "responder": frozenset({"resident_id", "phone"}),
}
# The groups that read identifier columns not at all: roles without SEE_FULL_IDENTIFIERS whose
# screens never write person rows. The dispatcher and the clerk also see identifiers masked in
# Canvass, but their forms load and save whole rows through the ORM (README, "Roles enforced by
# PostgreSQL": a known limit).
MASKED_READERS = frozenset({UserRole.VIEWER, UserRole.ADMIN})
# Own-row columns every account updates when it signs in or changes its own password.
OWN_ROW_COLUMNS = ("last_sign_in_at", "password_hash", "must_change_password",
                   "failed_sign_ins", "locked_until", "version", "updated_at")


def group(role: UserRole) -> str:
    return f"{GROUP_PREFIX}{role.value}"


def writers(table: str) -> list[UserRole]:
    """The Canvass roles whose groups write `table`."""
    allowed = TABLE_WRITERS.get(table, _SETUP)
    return [role for role in UserRole if ROLE_PERMISSIONS[role] & allowed]


def _managers() -> list[UserRole]:
    return [role for role in UserRole if Permission.MANAGE_USERS in ROLE_PERMISSIONS[role]]


def _log_readers() -> list[UserRole]:
    return [role for role in UserRole if Permission.VIEW_AUDIT_LOG in ROLE_PERMISSIONS[role]]


def _masked_column(column: str, dialect: Dialect) -> str:
    """The view's expression for `column`: masked, hidden or as stored."""
    plain: ColumnElement[str | None] = literal_column(_q(column))
    if column == "resident_id":
        shown: ColumnElement[Any] = masked_resident_id_sql("postgresql", plain)
    elif column == "phone":
        shown = masked_phone_sql("postgresql", plain)
    elif column == "resident_id_reversed":
        return f"NULL::text AS {_q(column)}"
    elif column == "birth_date":
        return (f"(current_date - date_part('year', age(current_date, {_q(column)}))::integer "
                f"* interval '1 year')::date AS {_q(column)}")
    else:
        return _q(column)
    compiled = shown.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    return f"CASE WHEN {_q(column)} IS NULL THEN NULL ELSE {compiled} END AS {_q(column)}"


# What the lookup functions take: a whole ID, a whole phone (models/register/person_fields.py's
# PHONE, in PostgreSQL's words); anything else finds nobody.
WHOLE_RESIDENT_ID = "^[0-9]{17}[0-9X]$"
WHOLE_PHONE = "^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$"


# The masked readers' logins find `person` and `responder` first in MASKED_SCHEMA (their
# search_path): views owned by the owner, so they read the table, giving each identifier masked
# as Canvass masks it on screen (models/accounts/masking.py: the same SQL), the reversed ID not
# at all, and for the birth date the day that gives the same age today (the age is what masked
# roles see) — so Canvass's own statements, which name the tables unqualified, read the same
# rows for them, and psql reads `public.person`'s identifier columns as `permission denied`.
def _masked_views(columns: dict[str, list[str]], dialect: Dialect) -> list[str]:
    readers = ", ".join(_q(group(role)) for role in sorted(MASKED_READERS))
    statements = [f"CREATE SCHEMA IF NOT EXISTS {MASKED_SCHEMA}",
                  f"REVOKE ALL ON SCHEMA {MASKED_SCHEMA} FROM PUBLIC",
                  f"GRANT USAGE ON SCHEMA {MASKED_SCHEMA} TO {readers}"]
    searchers = ", ".join(_q(group(role)) for role in UserRole
                          if Permission.VIEW in ROLE_PERMISSIONS[role])
    statements.append(f"GRANT USAGE ON SCHEMA {MASKED_SCHEMA} TO {searchers}")
    for name, column, whole in ((RESIDENT_ID_LOOKUP, "resident_id", WHOLE_RESIDENT_ID),
                                (PHONE_LOOKUP, "phone", WHOLE_PHONE)):
        lookup = f"{MASKED_SCHEMA}.{name}(text)"
        statements += [
            f"CREATE OR REPLACE FUNCTION {MASKED_SCHEMA}.{name}(whole text) "
            "RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER ROWS 1 "
            "SET search_path = pg_catalog, pg_temp AS $$ "
            f"SELECT p.id FROM public.person p WHERE p.{column} = whole COLLATE \"C\" "
            f"AND whole ~ '{whole}' $$",
            f"REVOKE ALL ON FUNCTION {lookup} FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION {lookup} TO {searchers}"]
    for table, names in columns.items():
        view = f"{MASKED_SCHEMA}.{_q(table)}"
        statements += [
            f"DROP VIEW IF EXISTS {view}",
            f"CREATE VIEW {view} AS SELECT "
            + ", ".join(_masked_column(name, dialect) for name in names) + f" FROM public.{_q(table)}",
            f"REVOKE ALL ON {view} FROM PUBLIC",
            f"GRANT SELECT ON {view} TO {readers}"]
    return statements


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _login_function() -> str:
    groups = ", ".join(f"'{group(role)}'" for role in UserRole)
    masked = ", ".join(f"'{group(role)}'" for role in sorted(MASKED_READERS))
    managers = " OR ".join(f"pg_has_role(session_user, '{group(role)}', 'MEMBER')"
                           for role in _managers())
    return f"""
CREATE OR REPLACE FUNCTION canvass_login_set(name text, verifier text, grp text,
                                             can_login boolean) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    manager boolean := ({managers})
        OR pg_has_role(session_user, current_user, 'USAGE');
    target pg_roles%ROWTYPE;
    other text;
BEGIN
    IF NOT manager AND (name IS DISTINCT FROM session_user::text OR grp IS NOT NULL
                        OR can_login IS NOT NULL) THEN
        RAISE EXCEPTION 'only a Canvass administrator changes login roles'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF name = session_user::text AND (grp IS NOT NULL OR can_login IS NOT NULL) THEN
        RAISE EXCEPTION 'nobody changes their own group or login'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF octet_length(name) > {NAME_BYTES} OR name LIKE '{GROUP_PREFIX}%' OR name LIKE 'pg\\_%' THEN
        RAISE EXCEPTION 'not a login role name' USING ERRCODE = 'invalid_name';
    END IF;
    IF grp IS NOT NULL AND grp NOT IN ({groups}) THEN
        RAISE EXCEPTION 'not a Canvass group' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF verifier IS NOT NULL AND verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM verifier, never a password in clear'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO target FROM pg_roles WHERE rolname = name;
    IF NOT FOUND THEN
        IF grp IS NULL THEN
            RAISE EXCEPTION 'a new login role needs its group' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('CREATE ROLE %I NOLOGIN', name);
    ELSIF target.rolsuper OR target.rolcreaterole OR target.rolbypassrls
          OR target.oid = (SELECT relowner FROM pg_class WHERE oid = 'public.alembic_version'::regclass)
          OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                         WHERE m.member = target.oid AND g.rolname IN ({groups})) THEN
        RAISE EXCEPTION 'role % is not a Canvass login', name USING ERRCODE = 'duplicate_object';
    END IF;
    IF grp IS NOT NULL THEN
        FOREACH other IN ARRAY ARRAY[{groups}] LOOP
            IF other <> grp AND pg_has_role(name, other, 'MEMBER') THEN
                EXECUTE format('REVOKE %I FROM %I', other, name);
            END IF;
        END LOOP;
        IF NOT pg_has_role(name, grp, 'MEMBER') THEN
            EXECUTE format('GRANT %I TO %I', grp, name);
        END IF;
        IF grp IN ({masked}) THEN
            EXECUTE format('ALTER ROLE %I SET search_path = {MASKED_SCHEMA}, public', name);
        ELSE
            EXECUTE format('ALTER ROLE %I RESET search_path', name);
        END IF;
    END IF;
    IF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', name, verifier);
    END IF;
    IF can_login IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I %s', name, CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
END $$;
REVOKE ALL ON FUNCTION canvass_login_set(text, text, text, boolean) FROM PUBLIC;
"""


def install_statements(tables: Iterable[str], columns: dict[str, list[str]],
                       database: str, dialect: Dialect) -> list[str]:
    """What `install` runs, in order: groups, privileges from nothing, the login function, the
    mode. `columns`: each identifier table's columns."""
    groups = [group(role) for role in UserRole]
    every = ", ".join(_q(name) for name in groups)
    statements = [
        f"DO $$ BEGIN IF to_regrole('{name}') IS NULL THEN CREATE ROLE {_q(name)} NOLOGIN; "
        "END IF; END $$" for name in groups]
    statements += [
        f"REVOKE ALL ON DATABASE {_q(database)} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {_q(database)} TO {every}",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {every}",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {every}",
        "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {every}",
    ]
    for table in tables:
        name = _q(table)
        if table == AUDIT_TABLE:
            # INSERT … RETURNING id (the ORM's) reads the new id back: that column alone.
            statements.append(f"GRANT INSERT, SELECT (id) ON {name} TO {every}")
            readers = ", ".join(_q(group(role)) for role in _log_readers())
            statements.append(f"GRANT SELECT ON {name} TO {readers}")
            continue
        if table in OWNER_ONLY:
            statements.append(f"GRANT SELECT ON {name} TO {every}")
            continue
        hidden = IDENTIFIER_COLUMNS.get(table, frozenset())
        for role in UserRole:
            who = _q(group(role))
            if role in MASKED_READERS and hidden:
                shown = ", ".join(_q(c) for c in columns[table] if c not in hidden)
                statements.append(f"GRANT SELECT ({shown}) ON {name} TO {who}")
            else:
                statements.append(f"GRANT SELECT ON {name} TO {who}")
        if table in EVERYONE_WRITES:
            statements.append(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {every}")
            continue
        writing = writers(table)
        if writing:
            statements.append(f"GRANT INSERT, UPDATE, DELETE ON {name} TO "
                              + ", ".join(_q(group(role)) for role in writing))
    own = ", ".join(OWN_ROW_COLUMNS)
    managers = ", ".join(_q(group(role)) for role in _managers())
    statements += [
        f"GRANT UPDATE ({own}) ON app_user TO {every}",
        "ALTER TABLE app_user ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS canvass_read ON app_user",
        "DROP POLICY IF EXISTS canvass_own_row ON app_user",
        "DROP POLICY IF EXISTS canvass_managers ON app_user",
        f"CREATE POLICY canvass_read ON app_user FOR SELECT TO {every} USING (true)",
        f"CREATE POLICY canvass_own_row ON app_user FOR UPDATE TO {every} "
        "USING (username = session_user::text) WITH CHECK (username = session_user::text)",
        f"CREATE POLICY canvass_managers ON app_user FOR ALL TO {managers} "
        "USING (true) WITH CHECK (true)",
        *_masked_views(columns, dialect),
        *gate_statements(),
        *gate_grants(database),
        _login_function(),
        f"GRANT EXECUTE ON FUNCTION canvass_login_set(text, text, text, boolean) TO {every}",
        "CREATE OR REPLACE FUNCTION canvass_roles_enforced() RETURNS boolean LANGUAGE sql "
        "STABLE AS $$ SELECT true $$",
    ]
    return statements


def install(connection: Connection) -> None:
    """Make this PostgreSQL database role-enforced (or bring its privileges up to date), as its
    owner, in the caller's transaction; every account gets its login role, NOLOGIN until a
    password is set (`set_login`)."""
    if connection.dialect.name != "postgresql":
        raise RolesRefused("Login roles exist on PostgreSQL only", DatabaseRefusal.NOT_POSTGRESQL)
    check_owner(connection)
    tables = [str(name) for name in connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).scalars()]
    columns: dict[str, list[str]] = {}
    for table in IDENTIFIER_COLUMNS:
        columns[table] = [str(name) for name in connection.execute(text(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND table_name = :t ORDER BY ordinal_position"), {"t": table}).scalars()]
    database = str(connection.execute(text("SELECT current_database()")).scalar())
    gate_is_new = connection.execute(
        text(f"SELECT to_regrole('{SIGN_IN_ROLE}') IS NULL")).scalar()
    for statement in install_statements(tables, columns, database, connection.dialect):
        connection.execute(text(statement))
    if gate_is_new:     # a password a deployment gave it later stays
        verifier = _verifier(connection, SIGN_IN_ROLE, SIGN_IN_PASSWORD)
        escaped = verifier.replace(":", "\\:")    # text()'s bind marker; base64 has no quote
        connection.execute(text(f"ALTER ROLE {SIGN_IN_ROLE} PASSWORD '{escaped}'"))
    accounts = connection.execute(text("SELECT username, role FROM app_user")).all()
    for username, role in accounts:
        _login_set(connection, str(username), None, group(UserRole(role)), None)


def login_counts(connection: Connection) -> tuple[int, int]:
    """How many accounts have a login role, and how many of those may log in."""
    counted = connection.execute(text(
        "SELECT count(*), count(*) FILTER (WHERE r.rolcanlogin) FROM app_user u "
        "JOIN pg_roles r ON r.rolname = u.username")).one()
    return int(counted[0]), int(counted[1])


def _verifier(connection: Connection, name: str, password: str) -> str:
    """The SCRAM verifier of `password` for `name`, computed here by libpq (PQencryptPasswordConn),
    so the password never travels in a statement."""
    driver = connection.connection.driver_connection
    raw = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode("utf-8"), name.encode("utf-8"), SCRAM.encode("ascii"))
    return bytes(raw).decode("ascii")


def set_login(session: Session, name: str, *, password: str | None = None,
              role: UserRole | None = None, active: bool | None = None) -> None:
    """On a role-enforced database, create or change `name`'s login role as its account just
    changed (nothing elsewhere), in the session's transaction. `active`: whether it may log in
    (None: unchanged; a person changing their own password may change nothing else)."""
    connection = session.connection()
    if not enforced(connection):
        return
    verifier = _verifier(connection, name, password) if password is not None else None
    _login_set(connection, name, verifier, group(role) if role else None, active)


def _login_set(connection: Connection, name: str, verifier: str | None, grp: str | None,
               active: bool | None) -> None:
    """canvass_login_set in a savepoint; its refusals of a name as the account's own."""
    try:
        with connection.begin_nested():
            connection.execute(text("SELECT canvass_login_set(:n, :v, :g, :l)"),
                               {"n": name, "v": verifier, "g": grp, "l": active})
    except DBAPIError as exc:   # the driver's error, named by its SQLSTATE
        state = getattr(exc.orig, "sqlstate", None)
        if state == "42710":       # duplicate_object: a role of that name that is not Canvass's
            raise InvalidUserInput(f"The user name {name} is taken",
                                   AccountRefusal.TAKEN) from exc
        if state == "42602":       # invalid_name
            raise InvalidUserInput(f"{name} cannot be a login role's name",
                                   AccountRefusal.BAD_NAME, limit=32) from exc
        raise


def asks_for_login(url: URL) -> bool:
    """A PostgreSQL address naming no user (nor does PGUSER, which libpq would take): a
    role-enforced workstation's, which the person's own login opens."""
    return (url.get_backend_name() == "postgresql" and not url.username
            and not os.environ.get("PGUSER"))


def login_url(url: URL, name: str, password: str) -> URL:
    """The workstation's address (host, database, TLS) with the person's login."""
    return url.set(username=name, password=password)


def check_login(url: URL, name: str, password: str, workstation: str = "") -> None:
    """Connect once as `name`, through the sign-in gate (models/accounts/sign_in_gate.py): refused
    unchecked while a delay holds for the name or `workstation`; a wrong name or password is
    today's one-sentence refusal, a deactivated account's NOLOGIN role the deactivated one, each
    counted and audited by the gate; anything else is left to opening."""
    from models.db.database import make_engine
    place = workstation_key(workstation)
    with SignInGate(url) as gate:
        gate.check_wait(name, place)
        engine = make_engine(login_url(url, name, password))
        try:
            with engine.connect():
                pass
        except OperationalError as exc:
            # libpq gives no SQLSTATE for a refused connection, and the server words it in its
            # own language: a refusal of this login names it in quotes (a server down, a TLS
            # failure or a missing database do not; a pg_hba.conf line missing is the
            # deployment's fault).
            detail = str(exc.orig)
            if f'"{name}"' not in detail or "pg_hba.conf" in detail:
                return
            if any(words in detail for words in NOLOGIN_WORDS):
                gate.refused(name, place, deactivated=True)
                raise SignInRefused("This account is deactivated",
                                    code=AccountRefusal.DEACTIVATED) from None
            gate.refused(name, place)
            raise SignInRefused("Wrong user name or password") from None
        finally:
            engine.dispose()


def login_password_matches(session: Session, name: str, password: str) -> bool:
    """Whether `password` is, right now, the password of `name`, the login this session's
    connection is: asked of the server by connecting once with it (SCRAM). On a role-enforced
    database that is the password — changed in Canvass or with psql's `\\password`, Canvass's
    own hash may lag behind."""
    from models.db.database import make_engine
    engine = make_engine(login_url(session.connection().engine.url, name, password))
    try:
        with engine.connect():
            return True
    except OperationalError:
        return False
    finally:
        engine.dispose()


def connected_login(session: Session) -> str | None:
    """The login role a role-enforced database's session runs as (`session_user`); None for
    any other database, where the connection says nothing of who signs in."""
    connection = session.connection()
    if not enforced(connection):
        return None
    return str(connection.execute(text("SELECT session_user")).scalar())
