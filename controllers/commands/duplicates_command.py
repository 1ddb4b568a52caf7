"""`canvass duplicates [--community CODE]` lists persons entered twice; `canvass merge KEEP_ID
OTHER_ID` merges the second into the first.

Both run as the console's data clerk (identifiers masked, the audit entry naming the console
account). Exit codes: 0 listed or merged, 1 the merge was refused (the reason is printed),
2 usage or no database.
"""
from __future__ import annotations

import argparse
from typing import Any

from controllers.commands.import_command import console_clerk
from controllers.commands.output import EXIT_OK, EXIT_REFUSED, existing_database, fail, one_line
from controllers.communities.coverage import find_community
from controllers.register.duplicates import MergeRefused, Sameness, duplicate_rows, merge_persons
from models.db.row_source import SortOrder
from models.errors import CanvassError

PAGE = 500
HEADINGS = {Sameness.RESIDENT_ID: "the same resident ID",
            Sameness.NAME_BIRTH_PHONE: "the same name, birth date and phone"}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = sub.add_parser(
        "duplicates", help="list persons entered twice, for merging",
        description="Entries holding the same resident ID, or the same name, birth date and "
                    "phone, each beside the entry to keep. Merge with `canvass merge`.")
    listing.add_argument("--community", default=None, metavar="CODE",
                         help="only entries registered in this community (code or name)")
    listing.set_defaults(handler=handle_list)
    merge = sub.add_parser(
        "merge", help="merge a person entered twice into the entry kept",
        description="OTHER_ID's cases, screenings and contacts move to KEEP_ID; OTHER_ID stays "
                    "in the register, inactive, marked merged. Audited.")
    merge.add_argument("keep", type=int, metavar="KEEP_ID", help="the entry to keep")
    merge.add_argument("other", type=int, metavar="OTHER_ID", help="the entry to merge into it")
    merge.set_defaults(handler=handle_merge)


def _line(row: tuple[Any, ...]) -> str:
    (other, name, rid, born, phone, community, address, kept, kept_name, kept_rid,
     kept_community, kept_address) = row
    return (f"  {other}: {name} {rid or '-'} born {born or '-'} phone {phone or '-'}, "
            f"{community} {address or '-'}\n"
            f"    keep {kept}: {kept_name} {kept_rid or '-'}, {kept_community} "
            f"{kept_address or '-'}\n"
            f"    canvass merge {kept} {other}")


def handle_list(args: argparse.Namespace) -> int:
    database = existing_database(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        filters: dict[str, object] = {}
        if args.community:
            filters["community_id"], _name = find_community(database, args.community)
        rows = duplicate_rows(database, console_clerk())
        total = 0
        for sameness in Sameness:
            found = rows.count({**filters, "sameness": sameness})
            total += found
            print(f"{found} entries with {HEADINGS[sameness]} as another:")
            page = rows.page({**filters, "sameness": sameness}, SortOrder("id"), 0, PAGE)
            while page:
                for row in page:
                    print(_line(row))
                page = rows.page({**filters, "sameness": sameness}, SortOrder("id"), 0, PAGE,
                                 after=page[-1]) if len(page) == PAGE else []
    except CanvassError as error:
        return fail(one_line(error))
    finally:
        database.dispose()
    if not total:
        print("no persons entered twice")
    return EXIT_OK


def handle_merge(args: argparse.Namespace) -> int:
    database = existing_database(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        merged = merge_persons(database, console_clerk(), args.keep, args.other)
    except MergeRefused as error:
        print(f"canvass: not merged: {one_line(error)}")
        return EXIT_REFUSED
    except CanvassError as error:
        return fail(one_line(error))
    finally:
        database.dispose()
    filled = f"; filled from it: {', '.join(merged.filled)}" if merged.filled else ""
    left = (f" ({merged.screenings_left} at visits where both were screened stay with it)"
            if merged.screenings_left else "")
    print(f"merged person {merged.merged_id} into {merged.kept_id}: {len(merged.cases)} cases "
          f"and {merged.screenings} screenings moved{left}{filled}")
    return EXIT_OK
