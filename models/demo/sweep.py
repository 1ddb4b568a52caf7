"""The demo's sweep campaign (集中排查行动): three days over every community, the second of them
today, as Wuhan's 集中拉网排查 of 17–19 February ran — so the campaign view and the wall show a
running campaign with its countdown and laggards. Declared the evening before it began. No
supervision order is written: issuing one is the commander's to do on screen.

The campaign is worked, not only declared: from its first morning every community's work group
goes back to the doors still without an outcome, in register order, one after another through
the working day, until it has settled its share for the day — the planned line's (a third of the
doors open at the start a day) and a tenth more — or run out of doors; a door nobody answers is
knocked again the next day. So the done line follows the planned one. A handful of groups (one
in twenty, at least one) settle under a third of their share: the laggards the view flags and a
supervision order is for. A door long empty (its family stuck outside Wuhan over the Spring
Festival) is mostly settled as moved out, the neighbours and the property office vouching for
it. Knocks after the build's moment are not made: today's share is partly done, as on a real
morning.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from models.demo.clock import stamp
from models.demo.texts import SWEEP_NAME
from models.demo.world import Batch, World

CAMPAIGN_ID = 1
SWEEP_DAYS = 3            # yesterday, today, tomorrow
DAYS_BEFORE_TODAY = 1     # its first day: today is the campaign's second
AHEAD_PACE = 1.1          # doors settled by a group on pace, over the line's
LAGGING_PACE = 0.3        # … and by a lagging one
LAGGARD_SHARE = 0.05
SWEEP_ROUND = 3           # the knock queue's round for the campaign's knocks (doorknock.py)
SETTLED_SHARE = 0.85      # a group plans its day's knocks for this share of them settled


def first_day_index(days: int) -> int:
    """The campaign's first day among the demo's `days` (the last of which is today)."""
    return days - 1 - DAYS_BEFORE_TODAY


@dataclass(slots=True)
class SweepGroup:
    """A community's work group in the campaign: the doors open on its first morning, in
    register order, and the pace it settles them at."""
    doors: list[int]
    pace: float

    def goal(self, day: int) -> int:
        """Doors settled by the end of campaign day `day` (0-based), the group's own aim: ahead
        of the line's ceil(open × days / N), or (a laggard) below it even for a few doors."""
        share = len(self.doors) * self.pace * (day + 1) / SWEEP_DAYS
        return min(len(self.doors), math.ceil(share) if self.pace >= 1 else math.floor(share))

    def knocks_planned(self, wanted: int) -> int:
        return math.ceil(wanted / SETTLED_SHARE)


def sweep_groups(world: World, is_open: bytearray) -> list[SweepGroup]:
    """Every community's group: the households without an outcome (`is_open[household]`), a
    handful of groups (one in twenty, at least one) at the laggards' pace."""
    communities = world.communities
    laggards = set(world.rng.sample([place.id for place in communities],
                                    max(1, round(len(communities) * LAGGARD_SHARE))))
    return [SweepGroup([h for h in range(place.first_household,
                                         place.first_household + place.households) if is_open[h]],
                       LAGGING_PACE if place.id in laggards else AHEAD_PACE)
            for place in communities]


def sweep_rows(world: World) -> Iterator[Batch]:
    today = world.clock.today
    starts = today - timedelta(days=DAYS_BEFORE_TODAY)
    deadline = starts + timedelta(days=SWEEP_DAYS - 1)
    declared = stamp(datetime.combine(starts - timedelta(days=1), time(20, 0)))
    yield Batch("sweep_campaign",
                ("id", "name", "starts_on", "deadline", "declared_at", "declared_by",
                 "created_at", "updated_at"),
                [(CAMPAIGN_ID, SWEEP_NAME, starts.isoformat(), deadline.isoformat(), declared,
                  "demo", declared, declared)])
    yield Batch("sweep_campaign_community", ("campaign_id", "community_id"),
                [(CAMPAIGN_ID, place.id) for place in world.communities])
