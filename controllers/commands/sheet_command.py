"""`canvass sheet NUMBER --out FILE.pdf`, or `canvass sheet --date 2020-02-20 --out FILE.pdf`:
print one transfer sheet (转运单), or every sheet of a day in one PDF, one sheet per page.

Printed as the signed-in user (controllers/commands/signing_in.py): resident IDs and phones
masked unless that user's role sees them in full, as on their screen. In the interface
language (controllers/commands/running.py), rendered offscreen, so it runs on a server without
a display.
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from controllers.commands.catalogue import summary
from controllers.commands.output import EXIT_OK, database_for_output, fail, refuse, said
from controllers.commands.signing_in import command_user
from controllers.paper.sheet_pdf import print_sheets
from controllers.paper.transfer_sheet import sheet_by_number, sheets_of_day
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

ONE_OR_DAY = QT_TRANSLATE_NOOP("Command", "give either a sheet NUMBER or --date YYYY-MM-DD, not both or neither")
NOT_A_DAY = QT_TRANSLATE_NOOP("Command", "%1 is not a date: write it as YYYY-MM-DD (or 'today')")
NOT_PDF = QT_TRANSLATE_NOOP("Command", "the sheet is a PDF: give a file name ending in .pdf, not %1")
NO_TRANSFER = QT_TRANSLATE_NOOP("Command", "no transfer was ordered on %1; nothing written")
ONE_WRITTEN = QT_TRANSLATE_NOOP("Command", "%1: sheet %2, %3 pages (resident IDs and phones masked)")
DAY_WRITTEN = QT_TRANSLATE_NOOP("Command", "%1: %2 sheets, %3 pages (resident IDs and phones masked)")
ONE_WRITTEN_FULL = QT_TRANSLATE_NOOP("Command", "%1: sheet %2, %3 pages (resident IDs and phones in full)")
DAY_WRITTEN_FULL = QT_TRANSLATE_NOOP("Command", "%1: %2 sheets, %3 pages (resident IDs and phones in full)")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("sheet", help=summary("sheet"),
                            description="Print the transfer sheet (转运单) of one transfer by its "
                                        "number, or with --date every transfer ordered that day, "
                                        "one sheet per page. Resident IDs and phones are masked "
                                        "unless the signed-in user's role sees them in full.")
    parser.add_argument("number", metavar="NUMBER", nargs="?", help="the sheet number")
    parser.add_argument("--date", metavar="YYYY-MM-DD",
                        help="every sheet of that day (or 'today') instead of one")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    parser.set_defaults(handler=handle)


def chosen_day(text: str) -> date | None:
    if text.strip().lower() == "today":
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def handle(args: argparse.Namespace) -> int:
    if (args.number is None) == (args.date is None):
        return fail(said(ONE_OR_DAY))
    day = None if args.date is None else chosen_day(args.date)
    if args.date is not None and day is None:
        return fail(said(NOT_A_DAY, repr(args.date)))
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        return fail(said(NOT_PDF, repr(out.name)))
    database = database_for_output(args.db, out)
    if isinstance(database, str):
        return fail(database)
    try:
        try:
            user = command_user(database, args)
            sheets = (sheets_of_day(database, user, day) if day is not None
                      else [sheet_by_number(database, user, args.number)])
        except CanvassError as error:
            return refuse(error)
        if not sheets:
            return refuse(said(NO_TRANSFER, f"{day:%Y-%m-%d}"))
        pages = print_sheets(database, user, sheets, out)
    except (CanvassError, OSError) as error:
        return fail(error if isinstance(error, CanvassError) else str(error))
    finally:
        database.dispose()
    full = user.sees_full_identifiers
    if len(sheets) == 1 and day is None:
        print(said(ONE_WRITTEN_FULL if full else ONE_WRITTEN, out, sheets[0].number, pages))
    else:
        print(said(DAY_WRITTEN_FULL if full else DAY_WRITTEN, out, len(sheets), pages))
    return EXIT_OK
