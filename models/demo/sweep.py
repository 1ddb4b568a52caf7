"""The demo's sweep campaign (集中排查行动): three days over every community, the second of them
today, as Wuhan's 集中拉网排查 of 17–19 February ran — so the campaign view and the wall show a
running campaign with its countdown and laggards. Declared the evening before it began. No
supervision order is written: issuing one is the commander's to do on screen."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

from models.demo.clock import stamp
from models.demo.texts import SWEEP_NAME
from models.demo.world import Batch, World

CAMPAIGN_ID = 1


def sweep_rows(world: World) -> Iterator[Batch]:
    today = world.clock.today
    starts, deadline = today - timedelta(days=1), today + timedelta(days=1)
    declared = stamp(datetime.combine(starts - timedelta(days=1), time(20, 0)))
    yield Batch("sweep_campaign",
                ("id", "name", "starts_on", "deadline", "declared_at", "declared_by",
                 "created_at", "updated_at"),
                [(CAMPAIGN_ID, SWEEP_NAME, starts.isoformat(), deadline.isoformat(), declared,
                  "demo", declared, declared)])
    yield Batch("sweep_campaign_community", ("campaign_id", "community_id"),
                [(CAMPAIGN_ID, place.id) for place in world.communities])
