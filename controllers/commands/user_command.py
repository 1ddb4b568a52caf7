"""`canvass user add NAME --role ROLE [--password P]` and `canvass user list`.

Whoever runs the command line already holds the database's address and credentials; the
command acts as an administrator named after the operating-system account, and the audit log
says so. Roles are listed in the interface language.
"""
from __future__ import annotations

import argparse
import getpass

from PySide6.QtCore import QCoreApplication

from controllers.accounts.users import add_user, list_users
from controllers.commands.output import EXIT_OK, fail, said
from controllers.runtime.actions import SignedInUser
from controllers.runtime.locations import database_location
from models.enums import UserRole
from models.errors import CanvassError
from models.opening import open_database
from models.translatable import QT_TRANSLATE_NOOP

PASSWORD = QT_TRANSLATE_NOOP("Command", "Password: ")
AGAIN = QT_TRANSLATE_NOOP("Command", "Again: ")
DIFFER = QT_TRANSLATE_NOOP("Command", "the two passwords differ; nothing was written")
ADDED = QT_TRANSLATE_NOOP("Command", "added %1 (%2)")
DISABLED = QT_TRANSLATE_NOOP("Command", "(disabled)")
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
    parser = sub.add_parser("user", help="add or list users")
    actions = parser.add_subparsers(dest="user_action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[role.value for role in UserRole])
    add.add_argument("--password", help="the password (prompted for, twice, when left out)")
    add.add_argument("--display-name", default="")
    actions.add_parser("list", help="list users")
    parser.set_defaults(handler=handle)


def _password(args: argparse.Namespace) -> str | None:
    if args.password is not None:
        return str(args.password)
    first = getpass.getpass(said(PASSWORD))
    if first != getpass.getpass(said(AGAIN)):
        return None
    return first


def handle(args: argparse.Namespace) -> int:
    try:
        database = open_database(database_location(args.db))
    except CanvassError as error:
        return fail(error)
    try:
        if args.user_action == "list":
            for row in list_users(database, console_user()):
                state = "" if row.active else f"  {said(DISABLED)}"
                print(f"{row.username}\t{role_word(row.role)}\t{row.display_name}{state}")
            return EXIT_OK
        password = _password(args)
        if password is None:
            return fail(said(DIFFER))
        row = add_user(database, console_user(), args.name, args.role, password, args.display_name)
        print(said(ADDED, row.username, role_word(row.role)))
        return EXIT_OK
    except CanvassError as error:
        return fail(error)
    finally:
        database.dispose()
