"""`canvass db upgrade`: create or migrate the schema explicitly; `canvass db status`: the schema
of a database that exists (a mistyped path is exit 3, never a new empty file); `canvass db
encrypt`: encrypt a laptop's SQLite file at rest, in place (models/db/encryption.py).

`status` reads no row, only the schema's revision: it needs no sign-in. `upgrade` of a database
with accounts reports as a signed-in user, like every command; on an empty database (or one with
no accounts yet) it needs nothing. Bringing the schema up to date is what opening does for the
window and every command alike: on SQLite the file's permissions guard it, on PostgreSQL the
owner role does (README, "Roles enforced by PostgreSQL").

`encrypt` takes the key from CANVASS_DB_KEY, else asks for it twice at a terminal; it signs in
like `upgrade` and needs a role that administers users (the file's key is the laptop's one lock).
A server is refused (exit 2): PostgreSQL is guarded by its roles and TLS, not by a file key.

`roles install` (PostgreSQL, with the owner role's address) makes the database role-enforced:
a login role per Canvass user, group roles granted per the permission table
(models/accounts/login_roles.py, README "Roles enforced by PostgreSQL"). On a database with
accounts it signs in like `upgrade`, as a user who administers users, whose login role gets the
password just checked (the others' wait for a reset by an administrator); run again on a
role-enforced database it needs the owner's connection alone, as `upgrade` does. On a
role-enforced database `upgrade` is the owner's alone (anybody else is refused in one line,
exit 3), needs no Canvass sign-in (the owner is nobody in Canvass) and brings the privileges up
to date with the schema.
"""
from __future__ import annotations

import argparse

from controllers.accounts.users import needs_first_run, sign_in
from controllers.commands.catalogue import summary
from controllers.commands.database_key import KEY_AGAIN, KEY_OF, typed_key
from controllers.commands.output import (
    EXIT_OK,
    database_to_write,
    existing_database,
    fail,
    refuse,
    said,
)
from controllers.commands.signing_in import SignInNeeded, command_password, command_user, named_user
from controllers.runtime.encryption import EncryptionRefused, encrypt, key_from_environment, needs_key
from controllers.runtime.locations import database_location
from models.accounts.login_roles import install, login_counts, set_login
from models.accounts.permissions import Permission, require
from models.accounts.refusals import AccountRefusal
from models.db.database import Database, current_revision, head_revision
from models.db.login_mode import RolesRefused, check_owner, enforced
from models.errors import CanvassError, DatabaseRefusal
from models.translatable import QT_TRANSLATE_NOOP

STATUS = QT_TRANSLATE_NOOP("Command", "%1: schema %2 (this Canvass: %3)")
NO_SCHEMA = QT_TRANSLATE_NOOP("Command", "none")
ENCRYPTED = QT_TRANSLATE_NOOP("Command", "%1 is encrypted: %2 tables and %3 rows checked in %4 s. Keep the key safe: without it nobody, not even Canvass, can open the file.")
NOT_A_FILE = QT_TRANSLATE_NOOP("Command", "only a SQLite file can be encrypted: a PostgreSQL server is guarded by its login roles and TLS (README, \"Roles\")")
NO_KEY = QT_TRANSLATE_NOOP("Command", "no key given: set CANVASS_DB_KEY, or run the command at a terminal to type it; nothing was changed")
KEYS_DIFFER = QT_TRANSLATE_NOOP("Command", "the two keys typed differ; nothing was changed")
ROLES_INSTALLED = QT_TRANSLATE_NOOP("Command", "%1 is role-enforced: %2 accounts have login roles; %3 may log in")
NO_ROLES_STEP = QT_TRANSLATE_NOOP("Command", "say what to do with the login roles: canvass db roles install")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("db", help=summary("db"),
                            description="upgrade: create the schema in an empty database or "
                                        "migrate it to this Canvass's; status: the schema a "
                                        "database has (no sign-in needed); encrypt: encrypt a "
                                        "SQLite file in place with a key from CANVASS_DB_KEY "
                                        "or typed twice at a terminal (needs canvass[encryption]).")
    parser.add_argument("action", choices=("upgrade", "status", "encrypt", "roles"),
                        help="upgrade (create or migrate), status (show the schema revision), "
                             "encrypt (a SQLite file, at rest) or roles install (PostgreSQL, "
                             "as the owner role: a login role per Canvass user)")
    parser.add_argument("step", nargs="?", choices=("install",),
                        help="with roles: install (or bring up to date) the login roles")
    parser.set_defaults(handler=handle)


def new_key(location: str) -> str | None:
    """The key to encrypt with: CANVASS_DB_KEY, else typed twice at a terminal; None for none.
    Two different keys typed are refused before anything is touched."""
    given = key_from_environment()
    if given:
        return given
    first = typed_key(said(KEY_OF, location))
    if not first:
        return None
    if typed_key(said(KEY_AGAIN)) != first:
        raise ValueError(said(KEYS_DIFFER))
    return first


def encrypt_action(args: argparse.Namespace) -> int:
    location = database_location(args.db)
    if "://" in location:
        return fail(said(NOT_A_FILE))
    if needs_key(location):
        return fail(EncryptionRefused(f"{location} is encrypted already",
                                      DatabaseRefusal.ALREADY_ENCRYPTED))
    database = existing_database(args.db, migrate=False)
    if isinstance(database, str):
        return fail(database)
    try:
        user = command_user(database, args)
        require(user.role, Permission.MANAGE_USERS)
    except CanvassError as error:
        return fail(error)
    finally:
        database.dispose()   # the file is copied and replaced closed
    try:
        key = new_key(location)
    except ValueError as error:
        return refuse(str(error))
    if key is None:
        return refuse(said(NO_KEY))
    try:
        done = encrypt(location, key)
    except CanvassError as error:
        return fail(error)
    print(said(ENCRYPTED, done.path, done.tables, f"{done.rows:,}", f"{done.seconds:.1f}"))
    return EXIT_OK


def _owner_upgrade(database: Database) -> bool:
    """On a role-enforced database: refuse anybody but the owner role (RolesRefused), and bring
    the privileges up to date with the schema just migrated; False elsewhere (sign in as usual)."""
    with database.engine.begin() as connection:
        if not enforced(connection):
            return False
        check_owner(connection)
        install(connection)
    return True


def roles_action(args: argparse.Namespace) -> int:
    if args.step != "install":
        return fail(said(NO_ROLES_STEP))
    location = database_location(args.db)
    if "://" not in location:
        return fail(RolesRefused("Login roles exist on PostgreSQL only",
                                 DatabaseRefusal.NOT_POSTGRESQL))
    database = database_to_write(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        with database.engine.connect() as connection:
            again = enforced(connection)     # then the owner's connection is the authority
        name = named_user(args)
        password = ""
        if not again and not needs_first_run(database):
            if name is None:
                raise SignInNeeded("This database's accounts have passwords: sign in",
                                   AccountRefusal.SIGN_IN_NEEDED)
            password = command_password(name, args)
            user = sign_in(database, name, password)
            require(user.role, Permission.MANAGE_USERS)
        with database.sessions() as session:
            install(session.connection())
            if name is not None and password:
                set_login(session, name, password=password, active=True)
            accounts, logins = login_counts(session.connection())
            session.commit()
        print(said(ROLES_INSTALLED, database.description, accounts, logins))
    except CanvassError as error:
        return fail(error)
    finally:
        database.dispose()
    return EXIT_OK


def handle(args: argparse.Namespace) -> int:
    if args.action == "encrypt":
        return encrypt_action(args)
    if args.action == "roles":
        return roles_action(args)
    database = database_to_write(args.db) if args.action == "upgrade" \
        else existing_database(args.db, migrate=False)
    if isinstance(database, str):
        return fail(database)
    try:
        if args.action == "upgrade" and not _owner_upgrade(database):
            command_user(database, args)
        revision = current_revision(database.engine)
        print(said(STATUS, database.description, revision or said(NO_SCHEMA), head_revision()))
    except CanvassError as error:
        return fail(error)
    finally:
        database.dispose()
    return EXIT_OK
