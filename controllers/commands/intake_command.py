"""`canvass intake FILE [--source-case N] [--header-row N] [--dry-run] [--skip-bad]
[--report FILE.xlsx]`: take a contact-tracing list (流调名单) in one action.

Each row is matched to the register (resident ID, else name and phone, else name and address):
a registered person gets a close-contact case linked to the source case (their open case is
linked instead), a person the register lacks is added as a person to find on their community's
gap list and knock list, with the same case; a row naming several persons is held (the report
lists the candidates; the intake wizard lets a person choose). A list taken twice adds nothing.

The first problems and the held rows are printed, every row goes into the report with the
source cases' contact chains, in the interface language. Exit codes: 0 taken (or a clean dry
run; held rows wait), 1 refused (rows with problems and no --skip-bad, a list with no rows, or
a source case that cannot be one: nothing was written), 2 usage or an unreadable file, 3 no
database there (a mistyped --db creates nothing).

It runs as the signed-in user (controllers/commands/signing_in.py): a role that opens cases;
candidates' identifiers are masked as on that user's screens.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from controllers.commands.catalogue import summary
from controllers.commands.output import (
    EXIT_OK,
    EXIT_REFUSED,
    MAX_RECORD_NUMBER,
    ProgressBar,
    cannot_write,
    existing_database,
    fail,
    fail_with,
    said,
)
from controllers.commands.signing_in import command_user
from controllers.intake.lists import take_contacts, write_report
from controllers.intake.problem_text import candidate_line, chain_words, located, refusal_sentence
from models.errors import CanvassError
from models.intake.results import ChainEntry, IntakeResult, Outcome
from models.translatable import QT_TRANSLATE_NOOP

PRINTED = 20
TAKEN = QT_TRANSLATE_NOOP("Command", "%1 rows: %2 cases opened, %3 open cases linked, %4 linked already, %5 persons to find added, %6 held for a decision, %7 refused")
TO_TAKE = QT_TRANSLATE_NOOP("Command", "%1 rows: %2 cases would be opened, %3 open cases linked, %4 linked already, %5 persons to find added, %6 held for a decision, %7 refused")
HELD = QT_TRANSLATE_NOOP("Command", "row %1, %2: held, %3 persons match:")
CHAIN = QT_TRANSLATE_NOOP("Command", "contact chain of case %1: %2 cases")
LINK = QT_TRANSLATE_NOOP("Command", "%1case %2 %3: %4, %5")
MORE = QT_TRANSLATE_NOOP("Command", "… and %1 more: the report lists them all")
REPORT = QT_TRANSLATE_NOOP("Command", "report: %1")
REFUSED = QT_TRANSLATE_NOOP("Command", "the list was refused; nothing was written. Fix the rows in the report and take it again (or use --skip-bad).")
DRY_RUN = QT_TRANSLATE_NOOP("Command", "dry run: nothing was written")
NO_FILE = QT_TRANSLATE_NOOP("Command", "%1: no such file")
BAD_NUMBER = QT_TRANSLATE_NOOP("Command", "%1 is a number from 1")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "intake", help=summary("intake"),
        description="Match each close contact to the register and link them to the source "
                    "case. Nothing is written if any row has a problem, unless --skip-bad; "
                    "the report lists every row and the contact chains.")
    parser.add_argument("file", type=Path, help="the contact-tracing list")
    parser.add_argument("--source-case", type=int, default=None, metavar="N",
                        help="the case every row was exposed to (else a column names it)")
    parser.add_argument("--header-row", type=int, default=None, metavar="N",
                        help="the row holding the column names (default: found)")
    parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    parser.add_argument("--skip-bad", action="store_true",
                        help="take the good rows and skip the refused ones")
    parser.add_argument("--report", type=Path, default=None, metavar="FILE.xlsx",
                        help="where to write the report (default: FILE-intake.xlsx beside the "
                             "list)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    path: Path = args.file.expanduser()
    for option, value in (("--source-case", args.source_case), ("--header-row", args.header_row)):
        if value is not None and not 1 <= value <= MAX_RECORD_NUMBER:
            return fail(said(BAD_NUMBER, option))
    if not path.is_file():
        return fail(said(NO_FILE, path))
    database = existing_database(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        user = command_user(database, args)
    except CanvassError as error:
        database.dispose()
        return fail(error)
    bar = ProgressBar(f"intake {path.name}")
    try:
        result = take_contacts(database, user, path, args.source_case,
                               dry_run=args.dry_run, skip_bad=args.skip_bad,
                               header_row=args.header_row,
                               progress=lambda share: bar(int(share * 1000), 1000))
    except CanvassError as error:   # 2 an unreadable list, 1 a refused one, 3 the database
        return fail_with(refusal_sentence(error), error)
    finally:
        bar.break_line()
        database.dispose()
    _print(result)
    report = args.report or path.with_name(f"{path.stem}-intake.xlsx")
    try:
        write_report(report, result)
    except OSError as error:
        return cannot_write(report, error)
    print(said(REPORT, report))
    if result.refused:
        print(said(REFUSED), file=sys.stderr)
        return EXIT_REFUSED
    if args.dry_run:
        print(said(DRY_RUN))
    return EXIT_OK


def _print(result: IntakeResult) -> None:
    blocking = [problem for problem in result.problems if problem.blocking]
    for problem in blocking[:PRINTED]:
        print(located(problem))
    if len(blocking) > PRINTED:
        print(said(MORE, len(blocking) - PRINTED))
    for row in result.held()[:PRINTED]:
        print(said(HELD, row.row, row.name, len(row.candidates)))
        for candidate in row.candidates:
            print("  " + candidate_line(candidate))
    counts = result.counts()
    print(said(TO_TAKE if not result.written else TAKEN, len(result.rows),
               *(counts[outcome.value] for outcome in (
                   Outcome.OPENED, Outcome.LINKED, Outcome.ALREADY, Outcome.TO_FIND,
                   Outcome.HELD, Outcome.REFUSED))))
    groups: list[list[ChainEntry]] = []      # each source case, then the cases on its chain
    for link in result.chain:
        if link.depth == 0 or not groups:
            groups.append([link])
        else:
            groups[-1].append(link)
    for group in groups:
        print(said(CHAIN, group[0].case_id, len(group)))
        for link in group[:PRINTED]:
            category, status = chain_words(link)
            print(said(LINK, "  " * (link.depth + 1), link.case_id, link.name, category, status))
        if len(group) > PRINTED:
            print(said(MORE, len(group) - PRINTED))
