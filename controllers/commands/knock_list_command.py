"""`canvass knock-list COMMUNITY --out FILE.pdf`: print a community's open doors for the field team.

COMMUNITY is the community's code or its name. Printed as the signed-in user
(controllers/commands/signing_in.py). The list is in the interface language
(controllers/commands/running.py), rendered offscreen, so it runs on a server without a display.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from controllers.commands.catalogue import summary
from controllers.commands.output import EXIT_OK, database_for_output, fail, refuse, said
from controllers.commands.signing_in import command_user
from controllers.communities.coverage import find_community
from controllers.paper.knock_list import print_knock_list
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

NOT_PDF = QT_TRANSLATE_NOOP("Command", "the knock list is a PDF: give a file name ending in .pdf, not %1")
WRITTEN = QT_TRANSLATE_NOOP("Command", "%1: %2, %3 open doors, %4 pages")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("knock-list", help=summary("knock-list"),
                            description="Households without an outcome, grouped by building "
                                        "and unit, with boxes to tick at each door.")
    parser.add_argument("community", metavar="COMMUNITY", help="the community's code or name")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        return fail(said(NOT_PDF, repr(out.name)))
    database = database_for_output(args.db, out)
    if isinstance(database, str):
        return fail(database)
    try:
        try:
            user = command_user(database, args)
            community_id, _name = find_community(database, args.community)
        except CanvassError as error:
            return refuse(error)
        sheet, pages = print_knock_list(database, user, community_id, out)
    except (CanvassError, OSError) as error:
        return fail(error if isinstance(error, CanvassError) else str(error))
    finally:
        database.dispose()
    print(said(WRITTEN, out, sheet.community, len(sheet.doors), pages))
    return EXIT_OK
