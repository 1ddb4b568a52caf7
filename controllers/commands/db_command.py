"""`canvass db upgrade`: create or migrate the schema explicitly; `canvass db status`: the schema
of a database that exists (a mistyped path is exit 3, never a new empty file)."""
from __future__ import annotations

import argparse

from controllers.commands.output import (
    EXIT_OK,
    database_to_write,
    existing_database,
    fail,
    said,
)
from models.db.database import current_revision, head_revision
from models.translatable import QT_TRANSLATE_NOOP

STATUS = QT_TRANSLATE_NOOP("Command", "%1: schema %2 (this Canvass: %3)")
NO_SCHEMA = QT_TRANSLATE_NOOP("Command", "none")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("db", help="create, migrate or inspect the database schema")
    parser.add_argument("action", choices=("upgrade", "status"))
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    database = database_to_write(args.db) if args.action == "upgrade" \
        else existing_database(args.db, migrate=False)
    if isinstance(database, str):
        return fail(database)
    try:
        revision = current_revision(database.engine)
        print(said(STATUS, database.description, revision or said(NO_SCHEMA), head_revision()))
    finally:
        database.dispose()
    return EXIT_OK
