"""`canvass duplicates [--community CODE]` lists persons entered twice; `canvass merge KEEP_ID
OTHER_ID` merges the second into the first.

Both run as the signed-in user (controllers/commands/signing_in.py: a role that may edit the
register; identifiers masked unless it sees them in full, the merge audited under that name),
in the interface language. Exit codes: 0 listed or merged, 1 the merge was refused
(the reason is printed) or no community has that name, 2 usage, 3 no database there.
"""
from __future__ import annotations

import argparse
from typing import Any

from controllers.commands.catalogue import summary
from controllers.commands.output import (
    EXIT_OK,
    existing_database,
    fail,
    one_line,
    record_number,
    refuse,
    said,
)
from controllers.commands.signing_in import command_user
from controllers.communities.coverage import find_community
from controllers.register.duplicates import MergeRefused, Sameness, duplicate_rows, merge_persons
from models.db.row_source import SortOrder
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

PAGE = 500
HEADINGS = {Sameness.RESIDENT_ID: QT_TRANSLATE_NOOP("Command", "%1 entries with the same resident ID as another:"),
            Sameness.NAME_BIRTH_PHONE: QT_TRANSLATE_NOOP("Command", "%1 entries with the same name, birth date and phone as another:")}
ENTRY = QT_TRANSLATE_NOOP("Command", "  %1: %2 %3 born %4 phone %5, %6 %7")
KEEP = QT_TRANSLATE_NOOP("Command", "    keep %1: %2 %3, %4 %5")
NONE = QT_TRANSLATE_NOOP("Command", "no persons entered twice")
NOT_MERGED = QT_TRANSLATE_NOOP("Command", "not merged: %1")
MERGED = QT_TRANSLATE_NOOP("Command", "merged person %1 into %2: %3 cases and %4 screenings moved")
LEFT = QT_TRANSLATE_NOOP("Command", " (%1 at visits where both were screened stay with it)")
FILLED = QT_TRANSLATE_NOOP("Command", "; filled from it: %1")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = sub.add_parser(
        "duplicates", help=summary("duplicates"),
        description="Entries holding the same resident ID, or the same name, birth date and "
                    "phone, each beside the entry to keep. Merge with `canvass merge`.")
    listing.add_argument("--community", default=None, metavar="CODE",
                         help="only entries registered in this community (code or name)")
    listing.set_defaults(handler=handle_list)
    merge = sub.add_parser(
        "merge", help=summary("merge"),
        description="OTHER_ID's cases, screenings and contacts move to KEEP_ID; OTHER_ID stays "
                    "in the register, inactive, marked merged. Audited.")
    merge.add_argument("keep", type=record_number, metavar="KEEP_ID", help="the entry to keep")
    merge.add_argument("other", type=record_number, metavar="OTHER_ID",
                       help="the entry to merge into it")
    merge.set_defaults(handler=handle_merge)


def _line(row: tuple[Any, ...]) -> str:
    (other, name, rid, born, phone, community, address, kept, kept_name, kept_rid,
     kept_community, kept_address) = row
    return "\n".join((
        said(ENTRY, other, name, rid or "-", born or "-", phone or "-", community, address or "-"),
        said(KEEP, kept, kept_name, kept_rid or "-", kept_community, kept_address or "-"),
        f"    canvass merge {kept} {other}"))


def handle_list(args: argparse.Namespace) -> int:
    database = existing_database(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        user = command_user(database, args)
        filters: dict[str, object] = {}
        if args.community:
            filters["community_id"], _name = find_community(database, args.community)
        rows = duplicate_rows(database, user)
        total = 0
        for sameness in Sameness:
            found = rows.count({**filters, "sameness": sameness})
            total += found
            print(said(HEADINGS[sameness], found))
            page = rows.page({**filters, "sameness": sameness}, SortOrder("id"), 0, PAGE)
            while page:
                for row in page:
                    print(_line(row))
                page = rows.page({**filters, "sameness": sameness}, SortOrder("id"), 0, PAGE,
                                 after=page[-1]) if len(page) == PAGE else []
    except CanvassError as error:
        return fail(error)
    finally:
        database.dispose()
    if not total:
        print(said(NONE))
    return EXIT_OK


def handle_merge(args: argparse.Namespace) -> int:
    database = existing_database(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        merged = merge_persons(database, command_user(database, args), args.keep, args.other)
    except MergeRefused as error:
        return refuse(said(NOT_MERGED, one_line(error)))
    except CanvassError as error:
        return fail(error)
    finally:
        database.dispose()
    filled = said(FILLED, ", ".join(merged.filled)) if merged.filled else ""
    left = said(LEFT, merged.screenings_left) if merged.screenings_left else ""
    print(said(MERGED, merged.merged_id, merged.kept_id, len(merged.cases), merged.screenings)
          + left + filled)
    return EXIT_OK
