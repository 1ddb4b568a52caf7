"""`canvass audit verify` checks the audit trail's hash chain end to end; `canvass audit
restore-guards` puts a SQLite file's append-only guard and audit triggers back.

Both open the database without the guard check that refuses a tampered SQLite file (they are how
one finds and repairs it) and run as the signed-in user (controllers/commands/signing_in.py):
verify needs a role that may read the audit log, restore-guards an administrator, whom restoring
names in the trail. Exit codes — verify: 0 the chain holds (and, on SQLite, the guards are as created), 1 it
does not (one line on stderr names the first entry altered, removed or outside the chain, or the
first trigger missing), 2 usage or no usable database. restore-guards: 0 restored or nothing to
restore, 1 refused (a PostgreSQL database: its guards are the server's), 2 usage or no database.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from controllers.accounts.audit_chain import ChainFault, ChainReport, restore_audit_guards, verify_audit
from controllers.commands.catalogue import summary
from controllers.commands.output import (
    EXIT_OK,
    DatabaseTrouble,
    ProgressBar,
    fail,
    one_line,
    refuse,
    said,
)
from controllers.commands.signing_in import command_user
from controllers.runtime.actions import SignedInUser
from controllers.runtime.locations import database_location
from models.db.database import Database
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

INTACT = QT_TRANSLATE_NOOP("Command", "the audit trail holds: %1 entries chained, none altered or removed")
ALTERED = QT_TRANSLATE_NOOP("Command", "audit entry %1 (position %2 of the chain) was altered")
REMOVED = QT_TRANSLATE_NOOP("Command", "the audit entry before entry %1 (position %2 of the chain) was removed")
UNCHAINED = QT_TRANSLATE_NOOP("Command", "%1 audit entries stand outside the chain, the first entry %2: written past Canvass's triggers")
GUARD = QT_TRANSLATE_NOOP("Command", "the audit trigger %1 is missing or altered: an administrator puts it back with `canvass audit restore-guards`")
RESTORED = QT_TRANSLATE_NOOP("Command", "put back the audit triggers: %1")
NOTHING = QT_TRANSLATE_NOOP("Command", "the audit triggers are as created: nothing to restore")
SERVER = QT_TRANSLATE_NOOP("Command", "a PostgreSQL server guards its audit triggers by the owner role's privileges: nothing to restore here")
NO_DATABASE = QT_TRANSLATE_NOOP("Command", "no database at %1")
CHECKING = QT_TRANSLATE_NOOP("Command", "checking the audit trail")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("audit", help=summary("audit"))
    actions = parser.add_subparsers(dest="audit_action", required=True, metavar="ACTION")
    actions.add_parser("verify", help="check every entry of the audit trail against the hash "
                       "chain; exit 1 naming the first entry altered or removed")
    actions.add_parser("restore-guards", help="put a SQLite file's append-only guard and audit "
                       "triggers back as created (an administrator's act, audited)")
    parser.set_defaults(handler=handle)


def _open(args_db: str | None) -> Database | str:
    """The database as it is, tampered or not; the reason it cannot be opened otherwise."""
    from controllers.commands.database_key import open_location
    location = database_location(args_db)
    if "://" not in location and not Path(location).expanduser().exists():
        return DatabaseTrouble(said(NO_DATABASE, location))
    try:
        return open_location(location, guards_checked=False)
    except CanvassError as error:
        return DatabaseTrouble(one_line(error))


def _fault(report: ChainReport) -> str | None:
    verdict = report.verdict
    if verdict.fault is ChainFault.ALTERED:
        return said(ALTERED, verdict.entry_id, verdict.position)
    if verdict.fault is ChainFault.REMOVED:
        return said(REMOVED, verdict.entry_id, verdict.position)
    if verdict.fault is ChainFault.UNCHAINED:
        return said(UNCHAINED, verdict.unchained, verdict.entry_id)
    guards = report.guards
    if guards is not None and not guards.intact:
        return said(GUARD, (guards.missing_or_altered + guards.foreign)[0])
    return None


def _verify(database: Database, user: SignedInUser) -> int:
    bar = ProgressBar(said(CHECKING))
    report = verify_audit(database, user, progress=bar.rows)
    bar.break_line()
    fault = _fault(report)
    if fault is not None:
        return refuse(fault)
    print(said(INTACT, f"{report.verdict.chained:,}"))
    return EXIT_OK


def _restore(database: Database, user: SignedInUser) -> int:
    if database.kind != "sqlite":
        return refuse(said(SERVER))
    touched = restore_audit_guards(database, user)
    print(said(RESTORED, ", ".join(touched)) if touched else said(NOTHING))
    return EXIT_OK


def handle(args: argparse.Namespace) -> int:
    database = _open(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        user = command_user(database, args)
        return (_verify(database, user) if args.audit_action == "verify"
                else _restore(database, user))
    except CanvassError as error:
        return fail(error)
    finally:
        database.dispose()
