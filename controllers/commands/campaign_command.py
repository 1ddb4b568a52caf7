"""`canvass campaign list` and `canvass campaign show [ID]`: the sweep campaigns, read only.

`list`: one line per campaign — id, name, first day and deadline, where it stands today, how
many communities are behind of how many. `show`: the campaign (by id; without one, the campaign
running today, else the latest declared), then one line per community, the largest gap first:
open doors, today's target, done today, done to date, planned to date, the gap, 落后 for a
laggard, and its standing supervision order. Tab-separated, for a script as much as a reader.
"""
from __future__ import annotations

import argparse

from controllers.campaign.actions import load_campaign
from controllers.commands.catalogue import summary
from controllers.commands.output import EXIT_OK, existing_database, fail, refuse, said
from controllers.commands.signing_in import command_user
from controllers.runtime.actions import SignedInUser
from models.campaign.refusals import CampaignRefused
from models.db.database import Database
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

PHASES = {"upcoming": QT_TRANSLATE_NOOP("Command", "not yet begun"),
          "running": QT_TRANSLATE_NOOP("Command", "running"),
          "over": QT_TRANSLATE_NOOP("Command", "over")}
STATUSES = {"issued": QT_TRANSLATE_NOOP("Command", "issued"),
            "answered": QT_TRANSLATE_NOOP("Command", "answered"),
            "closed": QT_TRANSLATE_NOOP("Command", "closed")}
LIST_LINE = QT_TRANSLATE_NOOP("Command", "%1\t%2\t%3 to %4\t%5\t%6 of %7 communities behind")
SHOW_HEAD = QT_TRANSLATE_NOOP("Command", "%1 (%2 to %3, %4): %5 of %6 open doors settled, %7 of %8 communities behind")
COLUMNS = QT_TRANSLATE_NOOP("Command", "community\tstation\topen doors\ttarget today\tdone today\tdone to date\tplanned to date\tgap\tbehind\tsupervision order")
BEHIND = QT_TRANSLATE_NOOP("Command", "behind")
NONE_DECLARED = QT_TRANSLATE_NOOP("Command", "no sweep campaign has been declared")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("campaign", help=summary("campaign"),
                            description="The sweep campaigns (集中排查行动): their deadlines, "
                                        "each community's target and gap, the laggards.")
    actions = parser.add_subparsers(dest="campaign_action", required=True, metavar="ACTION")
    actions.add_parser("list", help="list the campaigns: days, where each stands, laggards",
                       description="One line per campaign, the latest deadline first.")
    show = actions.add_parser("show", help="a campaign's communities, the largest gap first",
                              description="A campaign's figures per community, the largest "
                                          "gap to the planned line first.")
    show.add_argument("campaign_id", metavar="ID", type=int, nargs="?",
                      help="the campaign's id (default: the one running today, else the latest)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    database = existing_database(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        user = command_user(database, args)
        if args.campaign_action == "list":
            return _list(database, user)
        return _show(database, user, args.campaign_id)
    except CampaignRefused as error:
        return refuse(error)
    except CanvassError as error:
        return fail(error)
    finally:
        database.dispose()


def _list(database: Database, user: SignedInUser) -> int:
    first = load_campaign(database, user)
    if not first.choices:
        print(said(NONE_DECLARED))
        return EXIT_OK
    for choice in first.choices:
        shown = load_campaign(database, user, choice.id)
        progress = shown.progress
        assert progress is not None
        print(said(LIST_LINE, choice.id, choice.name, choice.starts_on, choice.deadline,
                   said(PHASES[progress.phase.value]), len(progress.laggards),
                   len(progress.communities)))
    return EXIT_OK


def _show(database: Database, user: SignedInUser, campaign_id: int | None) -> int:
    shown = load_campaign(database, user, campaign_id)
    progress = shown.progress
    if progress is None:
        return refuse(said(NONE_DECLARED))
    campaign = progress.campaign
    print(said(SHOW_HEAD, campaign.name, campaign.starts_on, campaign.deadline,
               said(PHASES[progress.phase.value]),
               sum(row.done_to_date for row in progress.communities), progress.open_at_start(),
               len(progress.laggards), len(progress.communities)))
    print(said(COLUMNS))
    for row in sorted(progress.communities, key=lambda row: (-row.gap, row.name)):
        order = f"{row.order.number} {said(STATUSES[row.order.status])}" if row.order else ""
        print("\t".join(str(value) for value in (
            row.name, row.station, row.open_now, row.target_today, row.done_today,
            row.done_to_date, row.planned_to_date, row.gap, said(BEHIND) if row.behind else "",
            order)))
    return EXIT_OK
