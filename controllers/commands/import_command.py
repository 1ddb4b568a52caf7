"""`canvass import FILE [--community C] [--header-row N] [--dry-run] [--skip-invalid]
[--update-existing] [--report FILE.xlsx]`: load a community's register spreadsheet, all or
nothing.

The column names are found on row 1, or under a title row above them (永清社区居民花名册) when
exactly one row below reads as a register's; --header-row says which row when that guess
cannot. The first problems are printed, every one goes into the report, in the interface
language. Exit codes: 0 imported (or a clean dry run), 1 refused (rows with problems, the
report says which; or no rows at all: nothing was written), 2 usage or an unreadable file (one
line names the row: a file mixing encodings, a cell of megabytes), 3 no database there (the
register goes into a district already set up: a mistyped --db creates nothing).
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from controllers.commands.catalogue import summary
from controllers.commands.output import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_REFUSED,
    ProgressBar,
    cannot_write,
    existing_database,
    fail,
    said,
)
from controllers.commands.signing_in import command_user
from controllers.register.importing import (
    ImportOptions,
    ImportResult,
    OnExisting,
    import_file,
    open_register_file,
    problem_sentence,
    write_report,
)
from models.errors import CanvassError
from models.importing.columns import missing_fields
from models.translatable import QT_TRANSLATE_NOOP

PRINTED_PROBLEMS = 10
FIELDS = {"name": QT_TRANSLATE_NOOP("Command", "the name"),
          "resident_id": QT_TRANSLATE_NOOP("Command", "the resident ID")}
NO_COLUMN = QT_TRANSLATE_NOOP("Command", "%1: no column found for %2 among the column names on row %3 (%4); if they are on another row, give it with --header-row")
HEADER_BELOW = QT_TRANSLATE_NOOP("Command", "the column names are on row %1, under a title")
ADDED = QT_TRANSLATE_NOOP("Command", "%1 rows: %2 persons and %3 households added, %4 updated (%5 moved to their address's household), %6 already registered (kept), %7 refused, %8 empty rows skipped")
TO_ADD = QT_TRANSLATE_NOOP("Command", "%1 rows: %2 persons and %3 households would be added, %4 updated (%5 moved to their address's household), %6 already registered (kept), %7 refused, %8 empty rows skipped")
ADDRESSES = QT_TRANSLATE_NOOP("Command", "%1 addresses named no building, unit or door and %2 persons had no address: each is a household of its own (the report lists them)")
PROBLEM = QT_TRANSLATE_NOOP("Command", "row %1, %2: %3 (%4)")
MORE = QT_TRANSLATE_NOOP("Command", "… and %1 more: the report lists them all")
REPORT = QT_TRANSLATE_NOOP("Command", "report: %1")
REFUSED = QT_TRANSLATE_NOOP("Command", "the file was refused; nothing was written. Fix the rows in the report and import again (or use --skip-invalid).")
DRY_RUN = QT_TRANSLATE_NOOP("Command", "dry run: nothing was written")
INTERRUPTED = QT_TRANSLATE_NOOP("Command", "interrupted: the import was rolled back, nothing was written")
BAD_ROW = QT_TRANSLATE_NOOP("Command", "--header-row is a row number from 1")
NO_FILE = QT_TRANSLATE_NOOP("Command", "%1: no such file")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import", help=summary("import"),
        description="Import households and persons, as the signed-in user (a role that may "
                    "import registers). Nothing is written if any row has a problem, unless "
                    "--skip-invalid; the report lists every problem.")
    parser.add_argument("file", type=Path, help="the register file")
    parser.add_argument("--community", default="",
                        help="community name or code for rows without a community column")
    parser.add_argument("--header-row", type=int, default=None, metavar="N",
                        help="the row holding the column names (default: row 1, or the row "
                             "under a title row)")
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
    if args.header_row is not None and args.header_row < 1:
        return fail(said(BAD_ROW))
    if not args.file.is_file():
        return fail(said(NO_FILE, args.file))
    database = existing_database(args.db)
    if isinstance(database, str):
        return fail(database)
    bar = ProgressBar(f"import {args.file.name}")
    try:
        user = command_user(database, args)
        register, mapping = open_register_file(database, user, args.file,
                                               header_row=args.header_row)
        missing = missing_fields(mapping)
        if missing:
            return fail(said(NO_COLUMN, args.file.name, ", ".join(said(FIELDS[m]) for m in missing),
                             register.header_row, ", ".join(h for h in register.headers if h)))
        if register.header_row != 1 and args.header_row is None:
            print(said(HEADER_BELOW, register.header_row))
        options = ImportOptions(today=date.today(), community=args.community,
                                dry_run=args.dry_run, skip_invalid=args.skip_invalid,
                                on_existing=OnExisting.UPDATE if args.update_existing
                                else OnExisting.KEEP)
        result = import_file(database, user, register, mapping, options,
                             progress=lambda share: bar(int(share * 1000), 1000))
    except CanvassError as error:
        bar.break_line()
        return fail(error)
    except KeyboardInterrupt:
        bar.break_line()
        fail(said(INTERRUPTED))
        return EXIT_INTERRUPTED
    finally:
        bar.break_line()   # whatever stopped the import starts its own line
        database.dispose()
    return _report(args, result)


def _report(args: argparse.Namespace, result: ImportResult) -> int:
    report = args.report
    if report is None and result.problems:
        report = args.file.with_name(f"{args.file.stem}-report.xlsx")
    if report is not None:
        try:
            write_report(report, result.problems, result.problems_not_listed)
        except OSError as error:
            return cannot_write(report, error)
    problems = sorted(result.problems, key=lambda p: p.row)
    for problem in problems[:PRINTED_PROBLEMS]:
        print(said(PROBLEM, problem.row, problem.column, problem_sentence(problem),
                   problem.value))
    if len(problems) > PRINTED_PROBLEMS:
        print(said(MORE, f"{len(problems) - PRINTED_PROBLEMS + result.problems_not_listed:,}"))
    s = result.summary()
    print(said(ADDED if result.committed else TO_ADD, s["rows_read"], s["persons_added"],
               s["households_added"], s["persons_updated"], s["persons_moved"],
               s["persons_kept"], s["refused_rows"], s["empty_rows"]))
    if s["addresses_unread"] or s["without_address"]:
        print(said(ADDRESSES, s["addresses_unread"], s["without_address"]))
    if report is not None:
        print(said(REPORT, report))
    if result.refused:
        print(f"canvass: {said(REFUSED)}", file=sys.stderr)
        return EXIT_REFUSED
    if args.dry_run:
        print(said(DRY_RUN))
    return EXIT_OK
