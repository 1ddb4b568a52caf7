"""`canvass user add NAME --role ROLE [--password P]`, `canvass user list`, and what an
administrator does to an account: `reset-password NAME [--password P]`, `role NAME ROLE`,
`unlock NAME`, `deactivate NAME`, `activate NAME`; the sign-in delays: `delays`,
`clear-delay [NAME] [--workstation W]`.

Each acts as the signed-in user (controllers/commands/signing_in.py), checked against the
permission table like the users dialog: an administrator or a commander. The one exception is a
database with no accounts yet, whose first account is added without signing in; it must be a
commander or an administrator, or nobody could add the others. A reset password is replaced by
its owner at the next sign-in. Roles are listed in the interface language.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from controllers.accounts.sign_in_delays import clear_sign_in_delays, sign_in_delays
from controllers.accounts.users import (
    UserRow,
    add_user,
    list_users,
    reset_password,
    set_user_active,
    set_user_role,
    unlock_user,
)
from controllers.commands.catalogue import summary
from controllers.commands.output import (
    EXIT_OK,
    database_to_write,
    existing_database,
    fail,
    refuse,
    said,
)
from controllers.commands.signing_in import command_user, setup_user
from controllers.runtime.actions import SignedInUser
from models.accounts.credentials import InvalidUserInput, check_password, check_username
from models.accounts.permissions import Permission, may
from models.accounts.refusals import AccountRefusal
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
NO_DELAYS = QT_TRANSLATE_NOOP("Command", "no sign-in failures count anywhere")
DELAY = QT_TRANSLATE_NOOP("Command", "%1 at %2: %3 failures, the last at %4; %5")
EVERY_NAME_WORD = QT_TRANSLATE_NOOP("Command", "every name")
WAITS_UNTIL = QT_TRANSLATE_NOOP("Command", "delayed until %1")
NOT_DELAYED = QT_TRANSLATE_NOOP("Command", "no delay yet")
CLEARED = QT_TRANSLATE_NOOP("Command", "cleared %1 sign-in delay counters")
NAME_OR_WORKSTATION = QT_TRANSLATE_NOOP("Command", "give the user NAME, --workstation W, or both")
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


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("user", help=summary("user"),
                            description="Every action needs a signed-in administrator or "
                                        "commander, but the first account of a database "
                                        "without any (which must be one of the two).")
    actions = parser.add_subparsers(dest="user_action", required=True, metavar="ACTION")
    roles = [role.value for role in UserRole]
    add = actions.add_parser("add", help="add a user")
    add.add_argument("name", help="the new user's name (letters, digits, '.', '-', '_')")
    add.add_argument("--role", required=True, choices=roles, help="one of: " + ", ".join(roles))
    add.add_argument("--password", help="the new user's password (asked twice at a terminal, "
                                        "else read from the first line piped in, when left out)")
    add.add_argument("--display-name", default="", help="the name shown (default: NAME)")
    actions.add_parser("list", help="list users")
    reset = actions.add_parser("reset-password", help="give a user a new password, which they "
                               "replace with their own at the next sign-in; ends their delays")
    reset.add_argument("name", help="the user")
    reset.add_argument("--password", help="the new password (prompted for, twice, when left out)")
    role = actions.add_parser("role", help="change a user's role (from their next sign-in)")
    role.add_argument("name", help="the user")
    role.add_argument("role", choices=roles, help="one of: " + ", ".join(roles))
    for verb, text in (("unlock", "end a user's sign-in delays at every workstation"),
                       ("deactivate", "stop a user signing in (the account is kept)"),
                       ("activate", "let a deactivated user sign in again")):
        actions.add_parser(verb, help=text).add_argument("name", help="the user")
    actions.add_parser("delays", help="list the sign-in delays: who, at which workstation, "
                                      "how many failures, until when")
    clear = actions.add_parser("clear-delay", help="end the sign-in delays of a name (at every "
                                                   "workstation), of a workstation, or both")
    clear.add_argument("name", nargs="?", default=None, help="the user name as typed")
    clear.add_argument("--workstation", default=None, metavar="W",
                       help="the workstation (as `canvass user delays` names it)")
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


def _list(database: Database, user: SignedInUser) -> int:
    for row in list_users(database, user):
        state = "" if row.active else f"  {said(DISABLED)}"
        last = row.last_sign_in_at.isoformat(sep=" ", timespec="minutes") \
            if row.last_sign_in_at else said(NEVER)
        print(f"{row.username}\t{role_word(row.role)}\t{row.display_name}\t{last}{state}")
    return EXIT_OK


def _administer(database: Database, args: argparse.Namespace, row: UserRow,
                admin: SignedInUser) -> str | None:
    """Do what `args` asks to the account `row` as `admin`; the line to print, None when two
    typed passwords differ."""
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


def _moment(value: datetime | None) -> str:
    return value.isoformat(sep=" ", timespec="seconds") if value else "-"


def _delays(database: Database, user: SignedInUser) -> int:
    rows = sign_in_delays(database, user)
    for row in rows:
        print(said(DELAY, row.username or said(EVERY_NAME_WORD), row.workstation, row.failures,
                   _moment(row.last_failed_at),
                   said(WAITS_UNTIL, _moment(row.delayed_until)) if row.delayed_until
                   else said(NOT_DELAYED)))
    if not rows:
        print(said(NO_DELAYS))
    return EXIT_OK


def _clear(database: Database, user: SignedInUser, args: argparse.Namespace) -> int:
    print(said(CLEARED, clear_sign_in_delays(database, user, args.name, args.workstation)))
    return EXIT_OK


def _first_account_may_add_others(user: SignedInUser, args: argparse.Namespace,
                                  password: str) -> None:
    """The first account added without a sign-in is who signs in next: a role that cannot add
    users would leave the database with nobody able to add the others. A bad name or password
    is said first, as for any account."""
    check_username(args.name)
    check_password(password)
    if user == setup_user() and not may(UserRole(args.role), Permission.MANAGE_USERS):
        raise InvalidUserInput("The first account must be a commander or an administrator",
                               AccountRefusal.FIRST_ACCOUNT_ROLE)


def handle(args: argparse.Namespace) -> int:
    """`user add` may start a database (its first account); every other action works on one
    that exists, so a mistyped path is exit 3, never a new empty file."""
    password: str | None = None
    if args.user_action == "clear-delay" and args.name is None and args.workstation is None:
        return fail(said(NAME_OR_WORKSTATION))
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
        admin = command_user(database, args)
        if args.user_action == "list":
            return _list(database, admin)
        if args.user_action == "delays":
            return _delays(database, admin)
        if args.user_action == "clear-delay":
            return _clear(database, admin, args)
        if password is not None:
            _first_account_may_add_others(admin, args, password)
            added = add_user(database, admin, args.name, args.role, password, args.display_name)
            print(said(ADDED, added.username, role_word(added.role)))
            return EXIT_OK
        row = next((row for row in list_users(database, admin)
                    if row.username == args.name.strip()), None)
        if row is None:
            return refuse(said(NO_USER, args.name))
        line = _administer(database, args, row, admin)
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
