"""`canvass export KIND --out FILE`: a line list (cases, households, transfers, rosters) as
.xlsx (resident IDs as text cells, times as date cells) or .csv (UTF-8 with BOM), by the file's
suffix; headings and stored values in the interface language.

The console exports as a dispatcher would, with resident IDs and phones masked: a full list
leaves through a commander's workstation, where the role is checked and the export audited
under a person's name, not through a shell account.
"""
from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from controllers.commands.output import (
    EXIT_OK,
    ProgressBar,
    cannot_write,
    database_for_output,
    fail,
    said,
)
from controllers.exporting.lists import KINDS, export_list
from controllers.runtime.actions import SignedInUser
from models.enums import UserRole
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

WRONG_SUFFIX = QT_TRANSLATE_NOOP("Command", "%1: the file must end in .xlsx or .csv")
WRITTEN = QT_TRANSLATE_NOOP("Command", "%1: %2 rows of the %3 list (resident IDs and phones masked)")
LIST_NAMES = {
    "cases": QT_TRANSLATE_NOOP("Command", "cases"),
    "households": QT_TRANSLATE_NOOP("Command", "households"),
    "transfers": QT_TRANSLATE_NOOP("Command", "transfers"),
    "rosters": QT_TRANSLATE_NOOP("Command", "rosters"),
}


def console_exporter() -> SignedInUser:
    name = f"console:{getpass.getuser()}"[:32]
    return SignedInUser(id=None, username=name, display_name=name, role=UserRole.DISPATCHER)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("export", help="export a line list (.xlsx or .csv), IDs masked",
                            description="Export a line list. The suffix of --out chooses the "
                                        "format: .xlsx (default) or .csv (UTF-8 with BOM).")
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--out", type=Path, required=True, help="the file to write")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    out: Path = args.out.expanduser()
    if out.suffix.lower() not in (".xlsx", ".csv"):
        return fail(said(WRONG_SUFFIX, out.name))
    database = database_for_output(args.db, out)
    if isinstance(database, str):
        return fail(database)
    bar = ProgressBar(f"export {args.kind}")
    try:
        count = export_list(database, console_exporter(), args.kind, out,
                            progress=bar.rows)
    except CanvassError as error:
        bar.break_line()
        return fail(error)
    except OSError as error:
        bar.break_line()
        return cannot_write(out, error)
    finally:
        database.dispose()
    bar.break_line()
    print(said(WRITTEN, out, f"{count:,}", said(LIST_NAMES[args.kind])))
    return EXIT_OK
