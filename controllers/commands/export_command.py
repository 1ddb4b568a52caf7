"""`canvass export KIND --out FILE`: a line list (cases, households, transfers, rosters) as
.xlsx (resident IDs as text cells, times as date cells) or .csv (UTF-8 with BOM), by the file's
suffix; headings and stored values in the interface language. A file named without a suffix
gets .xlsx, the default: its cells are typed, so nothing in it can be read as a number or a
formula (a CSV keeps IDs text and formulas inert by convention: models/exporting/csv_cells.py).

The console exports as a dispatcher would, with resident IDs and phones masked: a full list
leaves through a commander's workstation, where the role is checked and the export audited
under a person's name, not through a shell account.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from controllers.commands.catalogue import summary
from controllers.commands.output import (
    EXIT_OK,
    ProgressBar,
    cannot_write,
    database_for_output,
    fail,
    said,
)
from controllers.commands.signing_in import command_user
from controllers.exporting.lists import KINDS, export_list
from models.accounts.permissions import Permission, require
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

WRONG_SUFFIX = QT_TRANSLATE_NOOP("Command", "%1: the file must end in .xlsx or .csv")
WRITTEN = QT_TRANSLATE_NOOP("Command", "%1: %2 rows of the %3 list (resident IDs and phones masked)")
WRITTEN_FULL = QT_TRANSLATE_NOOP("Command", "%1: %2 rows of the %3 list (resident IDs and phones in full)")
LIST_NAMES = {
    "cases": QT_TRANSLATE_NOOP("Command", "cases"),
    "households": QT_TRANSLATE_NOOP("Command", "households"),
    "transfers": QT_TRANSLATE_NOOP("Command", "transfers"),
    "rosters": QT_TRANSLATE_NOOP("Command", "rosters"),
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("export", help=summary("export"),
                            description="Export a line list. The suffix of --out chooses the "
                                        "format: .xlsx (the default, for a name without a "
                                        "suffix) or .csv (UTF-8 with BOM). Identifiers are "
                                        "masked unless the signed-in user's role sees them "
                                        "in full; the export is audited.")
    parser.add_argument("kind", choices=KINDS, help="the list: " + ", ".join(KINDS))
    parser.add_argument("--out", type=Path, required=True, help="the file to write")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    out: Path = args.out.expanduser()
    if not out.suffix and not out.is_dir():
        out = out.with_name(out.name + ".xlsx")
    if out.suffix.lower() not in (".xlsx", ".csv"):
        return fail(said(WRONG_SUFFIX, out.name))
    database = database_for_output(args.db, out)
    if isinstance(database, str):
        return fail(database)
    bar = ProgressBar(f"export {args.kind}")
    try:
        user = command_user(database, args)
        require(user.role, Permission.EXPORT_DATA)
        count = export_list(database, user, args.kind, out, progress=bar.rows)
    except CanvassError as error:
        bar.break_line()
        return fail(error)
    except OSError as error:
        bar.break_line()
        return cannot_write(out, error)
    finally:
        database.dispose()
    bar.break_line()
    print(said(WRITTEN_FULL if user.sees_full_identifiers else WRITTEN, out, f"{count:,}",
               said(LIST_NAMES[args.kind])))
    return EXIT_OK
