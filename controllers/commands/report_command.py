"""`canvass report daily [--date D] --out FILE`: the daily report (日报) as PDF or xlsx.

The file's extension chooses the format. The date defaults to the last day with visits; a date
with nothing recorded, or another extension, is refused with a reason and exit code 1 (usage
errors 2), and no file is written. Written as the signed-in user
(controllers/commands/signing_in.py). Words in the interface language
(controllers/commands/running.py), rendered offscreen.
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from controllers.commands.catalogue import summary
from controllers.commands.output import EXIT_OK, database_for_output, fail, refuse, said
from controllers.commands.signing_in import command_user
from controllers.reports.daily import ReportRefused, report_format
from controllers.reports.daily_file import write_daily_report
from models.errors import CanvassError
from models.reports.daily_figures import activity_days
from models.translatable import QT_TRANSLATE_NOOP

BAD_DATE = QT_TRANSLATE_NOOP("Command", "bad date %1: write it as YYYY-MM-DD, e.g. 2020-02-20")
NOTHING = QT_TRANSLATE_NOOP("Command", "nothing to report: the database holds no visits yet")
WRITTEN = QT_TRANSLATE_NOOP("Command", "%1: daily report of %2: %3 screened, %4 sent for treatment")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("report", help=summary("report"),
                            description="The day's figures: the headline sentence, per station, "
                                        "the four categories, transfers, teams, supplies.")
    kinds = parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    daily = kinds.add_parser("daily", help="the daily report (日报)")
    daily.add_argument("--date", metavar="YYYY-MM-DD",
                       help="the day reported (default: the last day with visits)")
    daily.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx",
                       help="where to write it; the extension chooses PDF or xlsx")
    daily.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    try:
        report_format(out)
    except ReportRefused as error:
        return fail(error)
    day: date | None = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            return fail(said(BAD_DATE, repr(args.date)))
    database = database_for_output(args.db, out)
    if isinstance(database, str):
        return fail(database)
    try:
        user = command_user(database, args)
        if day is None:
            with database.sessions() as session:
                _first, day = activity_days(session)
            if day is None:
                return refuse(said(NOTHING))
        report = write_daily_report(database, user, day, out)
    except ReportRefused as error:
        return refuse(error)
    except (CanvassError, OSError) as error:
        return fail(error if isinstance(error, CanvassError) else str(error))
    finally:
        database.dispose()
    print(said(WRITTEN, out, day, report.screened, report.sent))
    return EXIT_OK
