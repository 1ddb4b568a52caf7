"""Who a sub-command acts as: a signed-in Canvass user, checked like the sign-in dialog's.

Whoever holds a database's location is not therefore anybody in Canvass. A command names its
user with `--user NAME` (the password asked at a terminal with getpass, never echoed) or, for a
script, CANVASS_USER and CANVASS_PASSWORD; the password is checked by the same controller as the
GUI's, so the attempt is audited, counted towards the sign-in delays of this workstation, and
refused in the same words. The user's role then decides, through the same permission table,
what the command may do and whether it sees identifiers in full.

Without a sign-in, a command runs only where nobody could be kept out anyway:

* a database with no accounts yet (being set up: `db upgrade`, `demo`, `setup import`, the first
  `user add`): it acts as a commander named after the operating-system account, the role the
  first-run administrator gets; a name given is not asked for (nobody can sign in yet), so a
  script that sets CANVASS_USER first and then adds that account works from its first line;
* a SQLite file whose only active account has no password (the laptop): without a name it acts
  as that account, as the window opens for it without asking.

Anything else is refused in one line, exit 1, before the command reads or writes a row.

On a role-enforced PostgreSQL database (README, "Roles enforced by PostgreSQL") the workstation's address names no user:
a command given a name connects as that person's login role, with their password
(`login_location`, before the database is opened), so the server checks the password and holds
the connection to that role's privileges; a wrong one is refused in the same words as above,
counted towards this workstation's delays and audited by the sign-in gate
(models/accounts/sign_in_gate.py).
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from controllers.accounts.users import automatic_sign_in, needs_first_run, sign_in
from controllers.commands.output import said
from controllers.runtime.actions import SignedInUser
from controllers.runtime.locations import database_location
from controllers.runtime.workstation import workstation_name
from models.accounts.credentials import InvalidUserInput
from models.accounts.login_roles import asks_for_login, check_login, login_url
from models.accounts.refusals import AccountRefusal
from models.db.database import Database, to_url
from models.enums import UserRole
from models.translatable import QT_TRANSLATE_NOOP

USER_ENV = "CANVASS_USER"
PASSWORD_ENV = "CANVASS_PASSWORD"
# The role a command takes on a database with no accounts: the first-run administrator's.
SETUP_ROLE = UserRole.COMMANDER
PASSWORD_OF = QT_TRANSLATE_NOOP("Command", "Password of %1: ")
ACTING = "acting_as"   # the namespace attribute running.py logs the command's user from
LOGIN = "login_password"   # the password a login connection was made with, asked only once


class SignInNeeded(InvalidUserInput):
    """A command nobody signed in to, on a database whose accounts have passwords; or a name
    without a password to check."""


def console_name() -> str:
    """The operating-system account, as the audit trail names a command run before any
    Canvass account exists."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "?"
    return f"console:{who}"[:32]


def setup_user() -> SignedInUser:
    name = console_name()
    return SignedInUser(id=None, username=name, display_name=name, role=SETUP_ROLE)


def _terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def command_password(name: str, args: argparse.Namespace | None = None) -> str:
    """CANVASS_PASSWORD (set, even empty: the laptop's account has none), else typed at a
    terminal, never echoed; never read from a pipe (`user add` reads the new account's there).
    Asked once: the password the command's login connection was made with is kept on `args`."""
    kept: str | None = getattr(args, LOGIN, None)
    if kept is not None:
        return kept
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not _terminal():
        raise SignInNeeded(f"No password for {name}", AccountRefusal.NO_PASSWORD_GIVEN, name=name)
    try:
        return getpass.getpass(said(PASSWORD_OF, name))
    except EOFError:
        raise SignInNeeded(f"No password for {name}", AccountRefusal.NO_PASSWORD_GIVEN,
                           name=name) from None


def named_user(args: argparse.Namespace) -> str | None:
    """The name a command was given to sign in as: --user, else CANVASS_USER; None for none."""
    name = getattr(args, "sign_in_as", None) or os.environ.get(USER_ENV) or ""
    return name.strip() or None


def command_user(database: Database, args: argparse.Namespace) -> SignedInUser:
    """The user `args` signs in as on `database` (SignInRefused: wrong, delayed, deactivated),
    or the one a database needing no sign-in runs as; SignInNeeded otherwise. Kept on `args`
    for the command's log line."""
    name = named_user(args)
    if needs_first_run(database):
        user = setup_user()      # nobody can sign in yet, nor be kept out: a name is not asked
    elif name is not None:
        user = sign_in(database, name, command_password(name, args))
    else:
        unattended = automatic_sign_in(database)
        if unattended is None:
            raise SignInNeeded("This database's accounts have passwords: sign in",
                               AccountRefusal.SIGN_IN_NEEDED)
        user = unattended
    setattr(args, ACTING, user.username)
    return user



def login_location(args: argparse.Namespace) -> None:
    """A command given a name, on a PostgreSQL address without a user name (a role-enforced
    database's workstation address: host, database, TLS): connect as that login role with its
    password, asked here once (SignInRefused for a wrong one, before anything is opened);
    `args.db` becomes the address with the login. Any other address is left as it is."""
    name = named_user(args)
    if name is None or not hasattr(args, "db"):
        return
    location = database_location(args.db)
    if "://" not in location:
        return
    url = to_url(location)
    if not asks_for_login(url):
        return
    password = command_password(name, args)
    setattr(args, LOGIN, password)
    check_login(url, name, password, workstation_name())
    args.db = login_url(url, name, password).render_as_string(hide_password=False)
