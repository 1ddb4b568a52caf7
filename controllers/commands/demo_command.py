"""`canvass demo --size small|district [--seed N] [--end "YYYY-MM-DD HH:MM" | --today YYYY-MM-DD]`:
build the demo district into an empty database (the global --db, else $CANVASS_DB, else the
default file). Its history ends now, at --end, or on the evening of --today (the benchmark's
fixed day); never later than now, so no time on screen is after the clock. The summary is in
the interface language. On a database with accounts it needs a signed-in user whose role may
set up the district (controllers/commands/signing_in.py)."""
from __future__ import annotations

import argparse
from datetime import date, datetime

from controllers.commands.catalogue import summary as command_summary
from controllers.commands.output import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    ProgressBar,
    database_to_write,
    fail,
    said,
)
from controllers.commands.signing_in import command_user
from controllers.setup.demo import SIZES, build_demo, evening_of
from models.accounts.permissions import Permission, require
from models.demo.outcome import DemoSummary
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

DEFAULT_SEED = 2020
FUTURE = QT_TRANSLATE_NOOP("Command", "the demo's history cannot end in the future (%1)")
INTERRUPTED = QT_TRANSLATE_NOOP("Command", "interrupted: the demo build was rolled back, nothing was written")
BUILT = QT_TRANSLATE_NOOP("Command", "Built the %1 demo (seed %2, up to %3) in %4 s: %5 stations, %6 communities, %7 households, %8 persons, %9 visits, %10 cases, %11 transfers, %12 teams (%13 rows).")
SIZE_WORDS = {"small": QT_TRANSLATE_NOOP("Command", "small"),
              "district": QT_TRANSLATE_NOOP("Command", "district")}
COUNTED = ("police_station", "community", "household", "person", "visit", "person_case",
           "transfer_order", "team")


class FutureEnd(ValueError):
    """The history was asked to end after now."""

    def __init__(self, chosen: datetime) -> None:
        super().__init__(f"the demo's history cannot end in the future ({chosen:%Y-%m-%d %H:%M})")
        self.chosen = chosen


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _instant(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (YYYY-MM-DD HH:MM): {text!r}") from None


def history_end(end: datetime | None, today: date | None, now: datetime) -> datetime:
    """When the history ends: --end as given, else the evening of --today (or now, on a day
    whose evening has not come), else now. ValueError for a moment after now."""
    chosen = end if end is not None else evening_of(today) if today is not None else now
    if today is not None and today == now.date():
        chosen = min(chosen, now)
    if chosen > now:
        raise FutureEnd(chosen)
    return chosen


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo", help=command_summary("demo"),
        description="Build a month of an invented district's screening and transfer campaign, "
                    "ending now (or at --end, or on the evening of --today). The same size, seed "
                    "and end always give the same data.")
    parser.add_argument("--size", choices=tuple(SIZES), default="small",
                        help="small: 5 communities, ~5,000 persons; district: 200 communities, "
                             "1,000,000 persons (a few minutes)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"default {DEFAULT_SEED}")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--end", type=_instant, default=None, metavar="'YYYY-MM-DD HH:MM'",
                      help="the instant the history ends (default: now)")
    when.add_argument("--today", type=_day, default=None, metavar="YYYY-MM-DD",
                      help="the last day of the history, ending at 18:00 (or now, if earlier)")
    parser.set_defaults(handler=handle)


def built(summary: DemoSummary) -> str:
    """The summary line, in the interface language."""
    counts = [f"{summary.rows.get(table, 0):,}" for table in COUNTED]
    return said(BUILT, said(SIZE_WORDS.get(summary.size, summary.size)), summary.seed,
                f"{summary.end:%Y-%m-%d %H:%M}", f"{summary.seconds:.1f}", *counts,
                f"{summary.total_rows:,}")


def handle(args: argparse.Namespace) -> int:
    try:
        end = history_end(args.end, args.today, datetime.now().replace(second=0, microsecond=0))
    except FutureEnd as error:
        return fail(said(FUTURE, f"{error.chosen:%Y-%m-%d %H:%M}"))
    database = database_to_write(args.db)
    if isinstance(database, str):
        return fail(database)
    progress = ProgressBar(f"demo {args.size}")
    try:
        user = command_user(database, args)
        require(user.role, Permission.SET_UP_DISTRICT)
        summary = build_demo(database, args.size, args.seed, end, progress=progress,
                             by=user.username)
    except CanvassError as error:
        progress.break_line()
        return fail(error)
    except KeyboardInterrupt:
        progress.break_line()
        fail(said(INTERRUPTED))
        return EXIT_INTERRUPTED
    finally:
        database.dispose()
    print(built(summary))
    return EXIT_OK
