"""The demo district, stage by stage, as one lazy stream of row batches in foreign-key order.

The stream is the whole build: models.demo.writer inserts it, and the benchmark inserts the very
same stream with a raw driver to compare. Everything derives from one random.Random(seed) and
the `end` instant; nothing reads the clock or the global random state, so a (size, seed, end)
triple always gives the same rows.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime

from models.demo.clock import Clock
from models.demo.crews import form_teams, roster_rows
from models.demo.doorknock import campaign
from models.demo.duty import duty_shifts, temperature_checks
from models.demo.epidemic import Epidemic
from models.demo.geography import geography_rows, lay_out, place_facilities
from models.demo.households import household_rows, person_rows, size_register
from models.demo.identity import People
from models.demo.plan import Plan
from models.demo.records import outcome_rows
from models.demo.sweep import sweep_rows
from models.demo.world import Batch, World


def make_world(plan: Plan, seed: int, end: datetime) -> World:
    """The shared state of one build: cheap to make, filled as the stream is consumed. The
    history ends at `end` (to the minute): nothing is stamped later."""
    rng = random.Random(seed)
    return World(plan, rng, Clock(end, plan.days), People(rng, end.date()))


def batches(world: World) -> Iterator[Batch]:
    """Every row of the demo, counted into world.counts as it passes."""
    for batch in _stages(world):
        world.count(batch)
        yield batch


def _stages(world: World) -> Iterator[Batch]:
    lay_out(world)
    size_register(world)
    yield from geography_rows(world)
    roster = form_teams(world)
    yield from roster_rows(world, roster)
    yield from household_rows(world)
    yield from person_rows(world)
    yield from temperature_checks(world, roster)
    yield from duty_shifts(world, roster)
    place_facilities(world)
    epidemic = Epidemic(world)
    yield from campaign(world, epidemic)
    yield from outcome_rows(world, epidemic)
    yield from sweep_rows(world)
