"""Incidents: those born of refusals (noted by the persuasion road), accidents on transfers,
and the odd gathering or breach reported in a community. Most are closed within hours; the
last day's are often still open, as on a real duty log."""
from __future__ import annotations

from collections.abc import Iterator

from models.demo import texts
from models.demo.world import Batch, World
from models.enums import IncidentKind

COLUMNS = ("id", "station_id", "community_id", "case_id", "transfer_id", "kind", "occurred_at",
           "description", "closed_at", "resolution", "created_at", "updated_at")


Logged = tuple[int, IncidentKind, int, int | None, int | None]


def incident_rows(world: World, from_refusals: list[Logged],
                  trips: list[tuple[int, int, int, int]]) -> Iterator[Batch]:
    """`trips`: (transfer id, case id, community id, minute dispatched) of trips under way."""
    rng, clock = world.rng, world.clock
    logged = list(from_refusals)
    wanted = world.plan.incidents_per_100k * world.plan.persons // 100_000
    extra = max(2, wanted - len(logged))
    for n in range(extra):
        if n % 2 == 0 and trips:
            transfer, case, community, dispatched = trips[int(rng.random() * len(trips))]
            minute = min(clock.now, dispatched + 10 + int(rng.random() * 30))
            logged.append((minute, IncidentKind.ACCIDENT, community, case, transfer))
        else:
            community = 1 + int(rng.random() * len(world.communities))
            minute = int(rng.random() * clock.now)
            logged.append((minute, IncidentKind.OTHER, community, None, None))
    logged.sort(key=lambda item: item[0])
    rows: list[tuple[object, ...]] = []
    for n, (minute, kind, community, case_id, transfer_id) in enumerate(logged, 1):
        options = texts.INCIDENTS[kind.value]
        closed = minute + 30 + int(rng.random() * 600)
        still_open = closed > clock.now or rng.random() < 0.05
        station = world.communities[community - 1].station
        rows.append((n, station, community, case_id, transfer_id, kind.value, clock.at(minute),
                     options[int(rng.random() * len(options))],
                     None if still_open else clock.at(closed),
                     "" if still_open else
                     texts.RESOLUTIONS[int(rng.random() * len(texts.RESOLUTIONS))],
                     clock.at(minute), clock.at(minute if still_open else closed)))
    yield Batch("incident", COLUMNS, rows)
