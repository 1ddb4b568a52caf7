"""`canvass db upgrade`: create or migrate the schema explicitly; `canvass db status`."""
from __future__ import annotations

import argparse

from controllers.commands.output import EXIT_OK, fail, said
from controllers.runtime.locations import database_location
from models.db.database import current_revision, head_revision
from models.errors import CanvassError
from models.opening import open_database
from models.translatable import QT_TRANSLATE_NOOP

STATUS = QT_TRANSLATE_NOOP("Command", "%1: schema %2 (this Canvass: %3)")
NO_SCHEMA = QT_TRANSLATE_NOOP("Command", "none")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("db", help="create, migrate or inspect the database schema")
    parser.add_argument("action", choices=("upgrade", "status"))
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    location = database_location(args.db)
    try:
        database = open_database(location, migrate=args.action == "upgrade")
    except CanvassError as error:
        return fail(error)
    try:
        revision = current_revision(database.engine)
        print(said(STATUS, database.description, revision or said(NO_SCHEMA), head_revision()))
    finally:
        database.dispose()
    return EXIT_OK
