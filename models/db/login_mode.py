"""Whether a PostgreSQL database is role-enforced, and whether a connection is its owner's.

A role-enforced database (`canvass db roles install`, models/accounts/login_roles.py) is
connected to as each person's own login role; only its owner role migrates it. Here, below the
accounts package, so that opening a database (models/db/database.py) can refuse a migration by
anybody else in one sentence rather than fail half-way through a DDL statement."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from models.errors import CanvassError, DatabaseRefusal

if TYPE_CHECKING:
    from models.db.database import Database


class RolesRefused(CanvassError):
    """Not the owner role of a role-enforced database, or login roles asked of SQLite."""


def enforced(connection: Connection) -> bool:
    """Whether this is a role-enforced PostgreSQL database (never SQLite; a schema before 0026
    has no such function and is not)."""
    if connection.dialect.name != "postgresql":
        return False
    if connection.execute(text("SELECT to_regprocedure('canvass_roles_enforced()')")).scalar() \
            is None:
        return False
    return bool(connection.execute(text("SELECT canvass_roles_enforced()")).scalar())


def is_owner(connection: Connection) -> bool:
    """Whether the connection's login role owns the schema's tables (or is a superuser)."""
    return bool(connection.execute(text(
        "SELECT pg_has_role(session_user, c.relowner, 'USAGE') "
        "OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) "
        "FROM pg_class c WHERE c.oid = to_regclass('public.alembic_version')")).scalar())


def check_owner(connection: Connection) -> None:
    """Refuse (one sentence) unless the connection's role is the database's owner."""
    if not is_owner(connection):
        raise RolesRefused("Only the database's owner role migrates it or installs its login "
                           "roles: connect with the owner's address", DatabaseRefusal.NOT_OWNER)


MASKED_SCHEMA = "canvass_masked"   # the masked readers' views (models/accounts/login_roles.py)
# Installed beside the views: the ids of the persons whose resident ID (phone) is the whole ID
# (phone) given, read as the owner, so a masked reader finds a person by a whole identifier it
# may not read.
RESIDENT_ID_LOOKUP = "canvass_person_ids_by_resident_id"
PHONE_LOOKUP = "canvass_person_ids_by_phone"


def has_identifier_lookup(database: Database) -> bool:
    """Whether this is a role-enforced database with the lookup functions installed (a database
    made role-enforced by an older Canvass has them after its next `db upgrade`), asked once per
    open database (remembered in its memo); SQLite never asks."""
    if database.kind != "postgresql":
        return False
    known = database.memo.get("identifier_lookup")
    if known is None:
        with database.engine.connect() as connection:
            known = enforced(connection) and connection.execute(text(
                f"SELECT to_regprocedure('{MASKED_SCHEMA}.{RESIDENT_ID_LOOKUP}(text)') IS NOT NULL "
                f"AND to_regprocedure('{MASKED_SCHEMA}.{PHONE_LOOKUP}(text)') IS NOT NULL"
            )).scalar() is True
            database.memo["identifier_lookup"] = known
    return bool(known)


def drop_masked_views(connection: Connection) -> None:
    """Before a migration: the views over `person` and `responder` would hold their columns
    fast; `db upgrade` puts them back from the new columns (`db roles install`)."""
    connection.execute(text(f"DROP SCHEMA IF EXISTS {MASKED_SCHEMA} CASCADE"))
