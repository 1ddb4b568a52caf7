"""`canvass user add NAME --role ROLE [--password P]`, `canvass user list`, and what an
administrator does to an account: `reset-password NAME [--password P]`, `role NAME ROLE`,
`unlock NAME`, `deactivate NAME`, `activate NAME`.

Whoever runs the command line already holds the database's address and credentials; the
command acts as an administrator named after the operating-system account, and the audit log
says so. It is also the way back in when the only commander has forgotten their password: a
reset password is replaced by its owner at the next sign-in. Roles are listed in the interface
language.
"""
from __future__ import annotations

import argparse
import getpass
import sys

from PySide6.QtCore import QCoreApplication

from controllers.accounts.users import (
    UserRow,
    add_user,
    list_users,
    reset_password,
    set_user_active,
    set_user_role,
    unlock_user,
)
from controllers.commands.output import (
    EXIT_OK,
    database_to_write,
    existing_database,
    fail,
    refuse,
    said,
)
from controllers.runtime.actions import SignedInUser
from models.db.database import Database
from models.enums import UserRole
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

PASSWORD = QT_TRANSLATE_NOOP("Command", "Password: ")
AGAIN = QT_TRANSLATE_NOOP("Command", "Again: ")
DIFFER = QT_TRANSLATE_NOOP("Command", "the two passwords differ; nothing was written")
ADDED = QT_TRANSLATE_NOOP("Command", "added %1 (%2)")
DISABLED = QT_TRANSLATE_NOOP("Command", "(disabled)")
NO_USER = QT_TRANSLATE_NOOP("Command", "no user is named %1")
NO_PASSWORD = QT_TRANSLATE_NOOP("Command", "no password was given: type it at a terminal, pipe it in, or give --password")
RESET = QT_TRANSLATE_NOOP("Command", "reset the password of %1: they choose their own at the next sign-in")
ROLE_SET = QT_TRANSLATE_NOOP("Command", "%1 is now %2 (from the next sign-in)")
UNLOCKED = QT_TRANSLATE_NOOP("Command", "unlocked %1")
DEACTIVATED = QT_TRANSLATE_NOOP("Command", "deactivated %1: the account can no longer sign in")
ACTIVATED = QT_TRANSLATE_NOOP("Command", "reactivated %1")
NEVER = QT_TRANSLATE_NOOP("Command", "never signed in")
# The roles' names, as the accounts screen says them (ui/accounts/users_dialog.py, "Roles").
ROLE_WORDS = {
    UserRole.COMMANDER: QT_TRANSLATE_NOOP("Roles", "Commander"),
    UserRole.DISPATCHER: QT_TRANSLATE_NOOP("Roles", "Dispatcher"),
    UserRole.CLERK: QT_TRANSLATE_NOOP("Roles", "Clerk"),
    UserRole.VIEWER: QT_TRANSLATE_NOOP("Roles", "Viewer (wall screen)"),
    UserRole.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_word(role: UserRole) -> str:
    return QCoreApplication.translate("Roles", ROLE_WORDS[role])


def console_user() -> SignedInUser:
    name = f"console:{getpass.getuser()}"[:32]
    return SignedInUser(id=None, username=name, display_name=name, role=UserRole.ADMIN)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("user", help="add, list and administer users")
    actions = parser.add_subparsers(dest="user_action", required=True, metavar="ACTION")
    roles = [role.value for role in UserRole]
    add = actions.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=roles)
    add.add_argument("--password", help="the password (prompted for, twice, when left out)")
    add.add_argument("--display-name", default="")
    actions.add_parser("list", help="list users")
    reset = actions.add_parser("reset-password", help="give a user a new password, which they "
                               "replace with their own at the next sign-in; unlocks the account")
    reset.add_argument("name")
    reset.add_argument("--password", help="the new password (prompted for, twice, when left out)")
    role = actions.add_parser("role", help="change a user's role (from their next sign-in)")
    role.add_argument("name")
    role.add_argument("role", choices=roles)
    for verb, text in (("unlock", "end the wait after failed sign-ins"),
                       ("deactivate", "stop a user signing in (the account is kept)"),
                       ("activate", "let a deactivated user sign in again")):
        actions.add_parser(verb, help=text).add_argument("name")
    parser.set_defaults(handler=handle)


class NoPassword(Exception):
    """Nothing was typed or piped where a password was asked for."""


def _password(args: argparse.Namespace) -> str | None:
    """--password, else typed twice at a terminal (None when the two differ), else the first
    line piped in (a script's); NoPassword when there is none."""
    if args.password is not None:
        return str(args.password)
    try:
        terminal = sys.stdin is not None and sys.stdin.isatty()
        piped = "" if terminal or sys.stdin is None else sys.stdin.readline().rstrip("\r\n")
    except (OSError, ValueError):   # stdin closed, or a test's capture refusing reads
        terminal, piped = False, ""
    if not terminal:
        if not piped:
            raise NoPassword
        return piped
    try:
        first = getpass.getpass(said(PASSWORD))
        again = getpass.getpass(said(AGAIN))
    except EOFError:
        raise NoPassword from None
    return first if first == again else None


def _list(database: Database) -> int:
    for row in list_users(database, console_user()):
        state = "" if row.active else f"  {said(DISABLED)}"
        last = row.last_sign_in_at.isoformat(sep=" ", timespec="minutes") \
            if row.last_sign_in_at else said(NEVER)
        print(f"{row.username}\t{role_word(row.role)}\t{row.display_name}\t{last}{state}")
    return EXIT_OK


def _administer(database: Database, args: argparse.Namespace, row: UserRow) -> str | None:
    """Do what `args` asks to the account `row`; the line to print, None when two typed
    passwords differ."""
    admin = console_user()
    if args.user_action == "reset-password":
        password = _password(args)
        if password is None:
            return None
        reset_password(database, admin, row.id, password)
        return said(RESET, row.username)
    if args.user_action == "role":
        set_user_role(database, admin, row.id, args.role)
        return said(ROLE_SET, row.username, role_word(UserRole(args.role)))
    if args.user_action == "unlock":
        unlock_user(database, admin, row.id)
        return said(UNLOCKED, row.username)
    active = args.user_action == "activate"
    set_user_active(database, admin, row.id, active)
    return said(ACTIVATED if active else DEACTIVATED, row.username)


def handle(args: argparse.Namespace) -> int:
    """`user add` may start a database (its first administrator); every other action works on
    one that exists, so a mistyped path is exit 3, never a new empty file."""
    password: str | None = None
    if args.user_action == "add":   # asked before anything is opened or created
        try:
            password = _password(args)
        except NoPassword:
            return fail(said(NO_PASSWORD))
        if password is None:
            return refuse(said(DIFFER))
    database = database_to_write(args.db) if password is not None \
        else existing_database(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        if args.user_action == "list":
            return _list(database)
        if password is not None:
            added = add_user(database, console_user(), args.name, args.role, password,
                             args.display_name)
            print(said(ADDED, added.username, role_word(added.role)))
            return EXIT_OK
        row = next((row for row in list_users(database, console_user())
                    if row.username == args.name.strip()), None)
        if row is None:
            return refuse(said(NO_USER, args.name))
        line = _administer(database, args, row)
        if line is None:
            return refuse(said(DIFFER))
        print(line)
        return EXIT_OK
    except NoPassword:
        return fail(said(NO_PASSWORD))
    except CanvassError as error:
        return fail(error)
    finally:
        database.dispose()
