"""`canvass import FILE [--community C] [--dry-run] [--skip-invalid] [--update-existing]
[--report FILE.xlsx]`: load a community's register spreadsheet, all or nothing.

Exit codes: 0 imported (or a clean dry run), 1 refused (rows with problems; the report says
which, and nothing was written), 2 usage or an unreadable file.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path

from controllers.commands.output import EXIT_OK, EXIT_REFUSED, ProgressBar, fail
from controllers.register.importing import import_file, open_register_file
from controllers.runtime.actions import SignedInUser
from controllers.runtime.locations import database_location
from models.enums import UserRole
from models.errors import CanvassError
from models.importing.columns import missing_fields
from models.importing.load import ImportOptions, OnExisting
from models.importing.report import write_report
from models.opening import open_database


def console_clerk() -> SignedInUser:
    """Whoever runs the command at the server's console imports as a data clerk would: the
    role that may import registers (the audit entry names the console account)."""
    name = f"console:{getpass.getuser()}"[:32]
    return SignedInUser(id=None, username=name, display_name=name, role=UserRole.CLERK)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import", help="import a community's register (.csv, .xlsx, .xls), all or nothing",
        description="Import households and persons. Nothing is written if any row has a "
                    "problem, unless --skip-invalid; the report lists every problem.")
    parser.add_argument("file", type=Path, help="the register file")
    parser.add_argument("--community", default="",
                        help="community name or code for rows without a community column")
    parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the valid rows and skip the refused ones")
    parser.add_argument("--update-existing", action="store_true",
                        help="a person whose ID is already registered gets the file's name, "
                             "phone and household (the door of the file's address, in the same "
                             "community; default: keep the register's)")
    parser.add_argument("--report", type=Path, default=None,
                        help="where to write the validation report (.xlsx); default: "
                             "FILE-report.xlsx beside the file when there are problems")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    user = console_clerk()
    try:
        database = open_database(database_location(args.db))
    except CanvassError as error:
        return fail(" ".join(str(error).split()))
    bar = ProgressBar(f"import {args.file.name}")
    try:
        register, mapping = open_register_file(database, user, args.file)
        missing = missing_fields(mapping)
        if missing:
            return fail(f"{args.file.name}: no column found for {', '.join(missing)} "
                        f"(headers: {', '.join(register.headers)})")
        options = ImportOptions(today=date.today(), community=args.community,
                                dry_run=args.dry_run, skip_invalid=args.skip_invalid,
                                on_existing=OnExisting.UPDATE if args.update_existing
                                else OnExisting.KEEP)
        result = import_file(database, user, register, mapping, options,
                             progress=lambda share: bar(int(share * 1000), 1000))
    except CanvassError as error:
        print(file=sys.stderr)
        return fail(" ".join(str(error).split()))
    except KeyboardInterrupt:
        print(file=sys.stderr)
        fail("interrupted: the import was rolled back, nothing was written")
        return 130
    finally:
        database.dispose()
    report = args.report
    if report is None and result.problems:
        report = args.file.with_name(f"{args.file.stem}-report.xlsx")
    if report is not None:
        write_report(report, result.problems, result.problems_not_listed)
    s = result.summary()
    print(f"{s['rows_read']} rows: {s['persons_added']} persons and {s['households_added']} "
          f"households {'added' if result.committed else 'would be added'}, "
          f"{s['persons_updated']} updated ({s['persons_moved']} moved to their address's "
          f"household), {s['persons_kept']} already registered (kept), "
          f"{s['refused_rows']} refused, {s['empty_rows']} empty rows skipped")
    if s["addresses_unread"] or s["without_address"]:
        print(f"{s['addresses_unread']} addresses named no building, unit or door and "
              f"{s['without_address']} persons had no address: each is a household of its "
              "own (the report lists them)")
    if report is not None:
        print(f"report: {report}")
    if result.refused:
        print("canvass: the file was refused; nothing was written. Fix the rows in the report "
              "and import again (or use --skip-invalid).", file=sys.stderr)
        return EXIT_REFUSED
    if args.dry_run:
        print("dry run: nothing was written")
    return EXIT_OK
