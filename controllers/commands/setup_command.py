"""`canvass setup template|import|export`: a real district's master data from its workbook.

    canvass setup template --out district.xlsx          the empty workbook, one example row a sheet
    canvass setup import district.xlsx [--dry-run] [--report FILE.xlsx]
    canvass setup export --out district.xlsx            the master data in the same format
    canvass setup boundaries FILE.geojson|FILE.shp [--dry-run]   the communities' outlines

The import checks every sheet and writes all or nothing, like the register import: one line
per problem (the first ones; the report lists them all, beside the workbook unless --report
says where). Exit codes: 0 imported (or a clean dry run), 1 refused (nothing written), 2 usage
or a file that is not a district workbook (one line says what it looks like), 3 the database
cannot be used (`setup export` never creates one). Sentences are in the interface language
(controllers/commands/running.py).

`import` and `export` run as the signed-in user (controllers/commands/signing_in.py): a role
that may set up the district (the workbook carries the responders' resident IDs in full, its
natural key), named in the audit log; on a database with no accounts yet, the setup commander.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from controllers.commands.catalogue import summary
from controllers.commands.output import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_REFUSED,
    ProgressBar,
    cannot_write,
    database_for_output,
    database_to_write,
    fail,
    fail_with,
    said,
    writable_target,
)
from controllers.commands.signing_in import command_user
from controllers.setup.problem_text import located, refusal_sentence, translated
from controllers.setup.workbook import (
    SetupResult,
    WrongShape,
    export_workbook,
    import_workbook,
    open_workbook,
    write_report,
    write_template,
)
from models.errors import CanvassError
from models.setup.refusals import SetupRefusal
from models.translatable import QT_TRANSLATE_NOOP

PRINTED_PROBLEMS = 30
NOT_XLSX = QT_TRANSLATE_NOOP("Command", "the district workbook is an .xlsx file: give a name ending in .xlsx, not %1")
INTERRUPTED = QT_TRANSLATE_NOOP("Command", "interrupted: the import was rolled back, nothing was written")
ADDED = QT_TRANSLATE_NOOP("DistrictWorkbook", "%1: %2 added, %3 updated, %4 unchanged")
TO_ADD = QT_TRANSLATE_NOOP("DistrictWorkbook", "%1: %2 to add, %3 to update, %4 unchanged")
MORE = QT_TRANSLATE_NOOP("DistrictWorkbook", "… and %1 more problems: the report lists them all")
REPORT = QT_TRANSLATE_NOOP("DistrictWorkbook", "report: %1")
REFUSED = QT_TRANSLATE_NOOP("DistrictWorkbook", "the workbook was refused: nothing was written. Correct the problems and import it again.")
DRY_RUN = QT_TRANSLATE_NOOP("DistrictWorkbook", "dry run: nothing was written")
NO_CHANGE = QT_TRANSLATE_NOOP("DistrictWorkbook", "no change: the database already holds this workbook")
WRITTEN = QT_TRANSLATE_NOOP("DistrictWorkbook", "the district's master data was written")
TEMPLATE = QT_TRANSLATE_NOOP("DistrictWorkbook", "%1: the district workbook, one example row per sheet and the instructions")
EXPORTED = QT_TRANSLATE_NOOP("DistrictWorkbook", "%1: %2 rows of master data (resident IDs and phones in full)")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "setup", help=summary("setup"),
        description="The district workbook: one sheet per master table (stations, communities, "
                    "facilities, teams, responders, vehicles, lodging, supplies, community "
                    "boundaries).")
    actions = parser.add_subparsers(dest="setup_action", metavar="ACTION", required=True)
    template = actions.add_parser("template", help="write the empty workbook to fill in")
    template.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx",
                          help="where to write the empty workbook")
    load = actions.add_parser("import", help="check the workbook and load it, all or nothing")
    load.add_argument("file", type=Path, metavar="FILE.xlsx", help="the filled-in workbook")
    load.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    load.add_argument("--report", type=Path, default=None, metavar="FILE.xlsx",
                      help="where to write every problem (default: FILE-report.xlsx beside the "
                           "workbook when there are problems)")
    outlines = actions.add_parser(
        "boundaries", help="load community outlines (GeoJSON or a shapefile) for the situation "
                           "map, all or nothing")
    outlines.add_argument("file", type=Path, metavar="FILE.geojson|FILE.shp",
                          help="a FeatureCollection of (Multi)Polygons with a code or name "
                               "property, or a polygon shapefile (its .dbf with a code or name "
                               "field, its .prj beside it)")
    outlines.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    export = actions.add_parser("export", help="write the district's master data as its workbook")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx",
                        help="where to write the district's master data")
    parser.set_defaults(handler=handle)


def _xlsx(path: Path) -> str | None:
    if path.suffix.lower() != ".xlsx":
        return said(NOT_XLSX, repr(path.name))
    return writable_target(path)


def handle(args: argparse.Namespace) -> int:
    if args.setup_action == "template":
        return _template(args.out.expanduser())
    if args.setup_action == "export":
        return _export(args)
    if args.setup_action == "boundaries":
        from controllers.commands.boundaries_command import import_boundary_file
        return import_boundary_file(args)
    return _import(args)


def _template(out: Path) -> int:
    problem = _xlsx(out)
    if problem:
        return fail(problem)
    try:
        write_template(out)
    except OSError as error:
        return cannot_write(out, error)
    print(translated(TEMPLATE, out))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    out = args.out.expanduser()
    problem = _xlsx(out)
    database = database_for_output(args.db, out) if problem is None else problem
    if isinstance(database, str):
        return fail(database)
    try:
        counts = export_workbook(database, command_user(database, args), out)
    except CanvassError as error:
        return fail(error)
    except OSError as error:
        return cannot_write(out, error)
    finally:
        database.dispose()
    print(translated(EXPORTED, out, sum(counts.values())))
    return EXIT_OK


def _summary(result: SetupResult) -> None:
    line = TO_ADD if result.dry_run or result.refused else ADDED
    for key, (added, updated, unchanged) in result.counts.items():
        print(translated(line, result.sheet_names.get(key, key), added, updated, unchanged))


def _import(args: argparse.Namespace) -> int:
    """The workbook is looked for before the database is opened: `setup import` may start a
    database (the district's first data), but not for a file that is not there."""
    path: Path = args.file.expanduser()
    if not path.is_file():
        missing = WrongShape(f"{path} does not exist", SetupRefusal.NO_FILE, str(path))
        return fail(refusal_sentence(missing, path.name))
    database = database_to_write(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        user = command_user(database, args)
    except CanvassError as error:
        database.dispose()
        return fail(error)
    bar = ProgressBar(f"setup {path.name}")
    try:
        book = open_workbook(database, user, path)
        result = import_workbook(database, user, book, dry_run=args.dry_run,
                                 progress=lambda share: bar(int(share * 100), 100))
    except CanvassError as error:   # 2 not a district workbook, 1 refused, 3 the database
        return fail_with(refusal_sentence(error, path.name), error)
    except KeyboardInterrupt:
        bar.break_line()
        fail(said(INTERRUPTED))
        return EXIT_INTERRUPTED
    finally:
        bar.break_line()
        database.dispose()
    problems = result.ordered_problems()
    for problem in problems[:PRINTED_PROBLEMS]:
        print(located(problem))
    if len(problems) > PRINTED_PROBLEMS:
        print(translated(MORE, len(problems) - PRINTED_PROBLEMS))
    report = args.report or (path.with_name(f"{path.stem}-report.xlsx") if problems else None)
    if report is not None:
        write_report(report, problems)
        print(translated(REPORT, report))
    _summary(result)
    if result.refused:
        print(translated(REFUSED), file=sys.stderr)
        return EXIT_REFUSED
    if args.dry_run:
        print(translated(DRY_RUN if result.changes else NO_CHANGE))
    else:
        print(translated(WRITTEN if result.written else NO_CHANGE))
    return EXIT_OK
