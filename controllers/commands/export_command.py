"""`canvass export KIND --out FILE`: a line list (cases, households, transfers, rosters) as
.xlsx (resident IDs as text cells) or .csv (UTF-8 with BOM), by the file's suffix.

The console exports as a dispatcher would, with resident IDs and phones masked: a full list
leaves through a commander's workstation, where the role is checked and the export audited
under a person's name, not through a shell account.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from controllers.commands.output import EXIT_OK, fail
from controllers.exporting.lists import KINDS, export_list
from controllers.runtime.actions import SignedInUser
from controllers.runtime.locations import database_location
from models.enums import UserRole
from models.errors import CanvassError
from models.exporting.lists import PAGE
from models.opening import open_database


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
    if args.out.suffix.lower() not in (".xlsx", ".csv"):
        return fail(f"{args.out.name}: the file must end in .xlsx or .csv")
    if not args.out.parent.is_dir():
        return fail(f"{args.out.parent} is not a folder")
    try:
        database = open_database(database_location(args.db))
    except CanvassError as error:
        return fail(" ".join(str(error).split()))
    try:
        count = export_list(database, console_exporter(), args.kind, args.out,
                            progress=lambda n: print(f"\r{args.kind}: {n:,} rows", end="",
                                                     file=sys.stderr))
    except CanvassError as error:
        return fail(" ".join(str(error).split()))
    except OSError as error:
        return fail(f"cannot write {args.out}: {error.strerror}")
    finally:
        database.dispose()
    if count >= PAGE:
        print(file=sys.stderr)     # end the progress line
    print(f"{count:,} {args.kind} rows written to {args.out} (resident IDs and phones masked)")
    return EXIT_OK
