"""The campaign's own people: lodgings, responders, the three kinds of team, their vehicles.

Per station: one work group per community (police, auxiliary police, health worker, cadre, and
often a volunteer or the estate's security), quick-response teams of eight in two alternating
crews (four police of whom one leads, two drivers, two health workers) with their vehicles, and
one contact-tracing team. Quick-response crews and many police sleep in the station's lodging.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from models.demo.names import CHINESE_NUMERALS, LODGING_NAMES
from models.demo.world import Batch, QuickResponseTeam, VehiclePlace, World
from models.enums import ResponderRole, TeamKind

PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


class Roster:
    """Collects responders and teams of one build, handing out ids."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.responders: list[tuple[object, ...]] = []
        self.teams: list[tuple[object, ...]] = []
        self.members: list[tuple[object, ...]] = []
        self.coverage: list[tuple[int, int]] = []
        self.lodgings: list[list[Any]] = []   # id, station id, name, address, beds (counted up)
        self.kind_of_team: dict[int, TeamKind] = {}
        self.members_of: dict[int, list[int]] = {}

    def responder(self, station: int, role: ResponderRole, unit: str, lodging: int | None) -> int:
        world = self.world
        name, _male = world.people.adult_name()
        rid = len(self.responders) + 1
        before = world.clock.before
        self.responders.append((rid, station, name, role.value, unit, world.people.phone(),
                                lodging, True, before, before))
        world.responder_names.append(name)
        world.stations[station - 1].responders.append(rid)
        if lodging is not None:
            self.lodgings[lodging - 1][4] += 1
        return rid

    def team(self, station: int, kind: TeamKind, name: str, members: list[int],
             communities: list[int]) -> int:
        tid = len(self.teams) + 1
        before = self.world.clock.before
        self.teams.append((tid, station, kind.value, name, True, before, before))
        first_day = self.world.clock.date_text(0)
        for position, rid in enumerate(members):
            self.members.append((len(self.members) + 1, tid, rid, position == 0, first_day, None))
        self.coverage.extend((tid, c) for c in communities)
        self.kind_of_team[tid] = kind
        self.members_of[tid] = members
        self.world.team_members[tid] = members
        return tid


def _new_plate(rng: random.Random, taken: set[str]) -> str:
    """鄂A· and five characters, the first sometimes a letter; never one already taken."""
    while True:
        first = (PLATE_LETTERS[int(rng.random() * len(PLATE_LETTERS))] if rng.random() < 0.4
                 else str(int(rng.random() * 10)))
        plate = "鄂A·" + first + "".join(str(int(rng.random() * 10)) for _ in range(4))
        if plate not in taken:
            taken.add(plate)
            return plate


class _Picker:
    """Calling it draws one of `items` (a station's lodgings)."""

    def __init__(self, rng: random.Random, items: list[int]) -> None:
        self.rng, self.items = rng, items

    def __call__(self) -> int:
        return self.items[int(self.rng.random() * len(self.items))]


def form_teams(world: World) -> Roster:
    """Every station's teams; the first member of each team (a police officer) leads it."""
    plan, rng = world.plan, world.rng
    roster = Roster(world)
    R = ResponderRole  # noqa: N806 - the roles read as R.POLICE in the roster tables below
    plates: set[str] = set()
    for station in world.stations:
        for n in range(plan.lodgings_per_station):
            name = LODGING_NAMES[(station.id * 3 + n) % len(LODGING_NAMES)]
            label = f"{station.name[:-3]}{name}"
            roster.lodgings.append([len(roster.lodgings) + 1, station.id, label,
                                    f"{world.prefix_of(station)}{name}", 0])
        lodgings = [int(row[0]) for row in roster.lodgings if row[1] == station.id]
        lodge = _Picker(rng, lodgings)
        for cid in station.communities:
            community = world.communities[cid - 1]
            members = [roster.responder(station.id, R.POLICE, station.name,
                                        lodge() if rng.random() < 0.5 else None),
                       roster.responder(station.id, R.AUXILIARY_POLICE, station.name, None)]
            for role, unit, extra in ((R.HEALTH_WORKER, f"{community.name}卫生服务站", 0.5),
                                      (R.CADRE, f"{community.name}居委会", 0.5),
                                      (R.VOLUNTEER, "志愿者", 0.5), (R.SECURITY, "物业公司", 0.3)):
                wanted = (1 if role in (R.HEALTH_WORKER, R.CADRE) else 0) + (rng.random() < extra)
                members += [roster.responder(station.id, role, unit, None) for _ in range(wanted)]
            community.work_group = roster.team(station.id, TeamKind.WORK_GROUP,
                                               f"{community.name}工作组", members, [cid])
        for q in range(plan.quick_response_per_station):
            roles = (R.POLICE, R.POLICE, R.DRIVER, R.HEALTH_WORKER) * 2
            units = {R.POLICE: station.name, R.DRIVER: "区机关车队", R.HEALTH_WORKER: "区急救中心"}
            members = [roster.responder(station.id, role, units[role], lodge()) for role in roles]
            tid = roster.team(station.id, TeamKind.QUICK_RESPONSE,
                              f"快反{CHINESE_NUMERALS[q % 10]}队", members, station.communities)
            team = QuickResponseTeam(tid, station.id, (members[:4], members[4:]))
            for v in range(plan.vehicles_per_quick_response):
                plate = _new_plate(rng, plates)
                vehicle = VehiclePlace(len(world.vehicles) + 1, station.id, tid, plate)
                if v > 0 and rng.random() < 0.06:
                    vehicle.retired_at = (10 + int(rng.random() * 18)) * 1440 + 600
                world.vehicles.append(vehicle)
                team.vehicles.append(vehicle.id)
            world.quick_response[tid] = team
            station.quick_response.append(tid)
        tracers = [roster.responder(station.id, R.POLICE, station.name, None),
                   roster.responder(station.id, R.HEALTH_WORKER, "区疾控中心", None),
                   roster.responder(station.id, R.HEALTH_WORKER, "区疾控中心", None),
                   roster.responder(station.id, R.CADRE, "街道办事处", None)]
        station.tracing_team = roster.team(station.id, TeamKind.CONTACT_TRACING, "专项调查工作队",
                                           tracers, station.communities)
    return roster


def roster_rows(world: World, roster: Roster) -> Iterator[Batch]:
    before = world.clock.before
    yield Batch("lodging", ("id", "station_id", "name", "address", "capacity",
                            "created_at", "updated_at"),
                [(row[0], row[1], row[2], row[3], int(row[4]) * 6 // 5 + 4, before, before)
                 for row in roster.lodgings])
    yield Batch("responder", ("id", "station_id", "name", "role", "unit", "phone", "lodging_id",
                              "active", "created_at", "updated_at"), roster.responders)
    yield Batch("team", ("id", "station_id", "kind", "name", "active", "created_at", "updated_at"),
                roster.teams)
    yield Batch("team_member", ("id", "team_id", "responder_id", "is_leader", "joined_on",
                                "left_on"), roster.members)
    yield Batch("team_community", ("team_id", "community_id"), roster.coverage)
