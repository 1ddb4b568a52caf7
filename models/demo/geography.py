"""The district, its police stations and communities, and the facilities that receive patients.

Places sit around Wuhan's Jiang'an district (30.6 N, 114.3 E), rural stations further out to the
north-east, so "nearest facility" and maps behave as they would on real data.
"""
from __future__ import annotations

import math
from collections.abc import Iterator

from models.demo.names import (
    CHINESE_NUMERALS,
    COMMUNITY_PATTERNS,
    COMMUNITY_ROOTS,
    FACILITY_NAMES,
    STATION_PLACES_RURAL,
    STATION_PLACES_URBAN,
    VILLAGE_TAILS,
)
from models.demo.world import Batch, CommunityPlace, DistrictPlace, FacilityPlace, Station, World
from models.enums import AreaKind, CaseCategory, FacilityKind
from models.map.boundaries import shape_text
from models.map.geometry import bounding_box, cells, open_ring

CENTRE = (30.60, 114.30)
DISTRICT_CODE = "420102"
# The districts of a city-size demo (five on one database), each laid out as the first is, this
# far north/east of it: far enough apart that their stations and communities do not mix.
DISTRICTS = (
    (DISTRICT_CODE, "江岸区", "武汉市江岸区", (0.0, 0.0)),
    ("420103", "江汉区", "武汉市江汉区", (0.0, -0.42)),
    ("420104", "硚口区", "武汉市硚口区", (-0.30, -0.42)),
    ("420105", "汉阳区", "武汉市汉阳区", (-0.30, 0.0)),
    ("420106", "武昌区", "武汉市武昌区", (-0.30, 0.42)),
)
ACCEPTS: dict[FacilityKind, tuple[CaseCategory, ...]] = {
    FacilityKind.DESIGNATED_HOSPITAL: (CaseCategory.CONFIRMED, CaseCategory.SUSPECTED),
    FacilityKind.FIELD_HOSPITAL: (CaseCategory.CONFIRMED,),
    FacilityKind.ISOLATION_SITE: (CaseCategory.SUSPECTED, CaseCategory.FEVER,
                                  CaseCategory.CLOSE_CONTACT),
    FacilityKind.FEVER_CLINIC: (CaseCategory.FEVER, CaseCategory.SUSPECTED),
}


def lay_out(world: World) -> None:
    """Districts, their stations and communities with positions and names; sizes come later.
    Each district has its share of the plan's stations (the rural ones last) and communities
    (the villages last); a city's later districts name a station or community already named in
    another with their own name in front (江汉花桥派出所)."""
    plan, rng = world.plan, world.rng
    urban_places = list(STATION_PLACES_URBAN)
    rng.shuffle(urban_places)
    rural_places = list(STATION_PLACES_RURAL)
    rng.shuffle(rural_places)
    names = [pattern.format(root) for pattern in COMMUNITY_PATTERNS for root in COMMUNITY_ROOTS]
    rng.shuffle(names)
    used: set[str] = set()
    stations = plan.stations // plan.districts
    for number, (code, name, prefix, offset) in enumerate(DISTRICTS[:plan.districts], start=1):
        district = DistrictPlace(number, code, name, prefix, offset)
        world.districts.append(district)
        first_station = len(world.stations)
        for index in range(stations):
            world.stations.append(_station(world, district, index, urban_places, rural_places))
        _communities(world, district, world.stations[first_station:], names, used)


def _station(world: World, district: DistrictPlace, index: int, urban_places: list[str],
             rural_places: list[str]) -> Station:
    plan, rng = world.plan, world.rng
    stations = plan.stations // plan.districts
    rural_stations = plan.rural_stations // plan.districts
    rural = index >= stations - rural_stations
    if rural:
        place = rural_places[(index - stations + rural_stations) % len(rural_places)]
        lat, lon = 30.72 + rng.random() * 0.12, 114.38 + rng.random() * 0.18
    else:
        place = urban_places[index % len(urban_places)]
        angle, radius = rng.random() * 2 * math.pi, 0.015 + rng.random() * 0.06
        lat, lon = CENTRE[0] + radius * math.sin(angle), CENTRE[1] + radius * math.cos(angle)
    short = district.name[:-1] if district.id > 1 else ""
    return Station(len(world.stations) + 1, f"{short}{place}派出所",
                   AreaKind.RURAL if rural else AreaKind.URBAN,
                   lat + district.offset[0], lon + district.offset[1], district.id)


def _communities(world: World, district: DistrictPlace, stations: list[Station],
                 names: list[str], used: set[str]) -> None:
    plan, rng = world.plan, world.rng
    communities = plan.communities // plan.districts
    first_village = communities - plan.villages // plan.districts
    for index in range(communities):
        station = stations[index * len(stations) // communities]
        village = index >= first_village
        if village:
            while True:
                tail = VILLAGE_TAILS[int(rng.random() * len(VILLAGE_TAILS))]
                name = f"{world.people.surname()}家{tail}村"
                if name not in used:
                    break
        else:
            if not names:   # a city: the names again, in another order, each for one district
                names += [pattern.format(root) for pattern in COMMUNITY_PATTERNS
                          for root in COMMUNITY_ROOTS]
                rng.shuffle(names)
            name = names.pop()
            if name in used:
                name = f"{district.name[:-1]}{name}"
        used.add(name)
        spread = 0.04 if village else 0.012
        community = CommunityPlace(
            len(world.communities) + 1, station.id, name,
            AreaKind.RURAL if village else AreaKind.URBAN,
            round(station.latitude + (rng.random() - 0.5) * spread, 6),
            round(station.longitude + (rng.random() - 0.5) * spread, 6))
        world.communities.append(community)
        station.communities.append(community.id)


def place_facilities(world: World) -> None:
    """Each district's facilities of every kind, around its centre."""
    plan, rng = world.plan, world.rng
    made: dict[FacilityKind, int] = {}
    for district in world.districts:
        for facility_plan in plan.facilities:
            pool = FACILITY_NAMES[facility_plan.kind.value]
            for _ in range(facility_plan.count):
                n = made.get(facility_plan.kind, 0)
                made[facility_plan.kind] = n + 1
                name = pool[n % len(pool)]
                if n >= len(pool):
                    name = f"{name}{CHINESE_NUMERALS[(n // len(pool)) % 10]}部"
                angle, radius = rng.random() * 2 * math.pi, 0.01 + rng.random() * 0.1
                world.facilities.append(FacilityPlace(
                    len(world.facilities) + 1, facility_plan.kind, name,
                    round(CENTRE[0] + district.offset[0] + radius * math.sin(angle), 6),
                    round(CENTRE[1] + district.offset[1] + radius * math.cos(angle), 6),
                    max(2, round(plan.beds(facility_plan) * (0.7 + 0.6 * rng.random()))),
                    ACCEPTS[facility_plan.kind], district=district.id))


def geography_rows(world: World) -> Iterator[Batch]:
    """District, stations and communities, once the register has given communities their size."""
    before = world.clock.before
    yield Batch("district", ("id", "code", "name", "created_at", "updated_at"),
                [(d.id, d.code, d.name, before, before) for d in world.districts])
    local = _local_numbers(world)
    yield Batch("police_station",
                ("id", "district_id", "code", "name", "area_kind", "address", "latitude",
                 "longitude", "created_at", "updated_at"),
                [(s.id, s.district, f"{world.districts[s.district - 1].code}{local[s.id]:02d}",
                  s.name, s.kind.value, f"{world.prefix_of(s)}{s.name[:-3]}路{s.id * 7 + 1}号",
                  round(s.latitude, 6), round(s.longitude, 6), before, before)
                 for s in world.stations])
    yield Batch("community",
                ("id", "station_id", "code", "name", "area_kind", "latitude", "longitude",
                 "registered_households", "registered_persons", "daily_visit_target",
                 "created_at", "updated_at"),
                [(c.id, c.station, _community_code(world, c, local), c.name,
                  c.kind.value, c.latitude, c.longitude, c.households, c.persons,
                  max(1, -(-c.households // 12)), before, before)
                 for c in world.communities])
    yield boundary_batch(world)


def _local_numbers(world: World) -> dict[int, int]:
    """Each station's number within its district (1, 2, …): codes are the district's code and
    these, as a real district numbers its own (the single district's are its ids)."""
    numbers: dict[int, int] = {}
    for station in world.stations:
        numbers[station.id] = sum(1 for s in world.stations[:station.id]
                                  if s.district == station.district)
    return numbers


def _community_code(world: World, community: CommunityPlace, local: dict[int, int]) -> str:
    station = world.stations[community.station - 1]
    first = next(c.id for c in world.communities
                 if world.stations[c.station - 1].district == station.district)
    district = world.districts[station.district - 1].code
    return f"{district}{local[station.id]:02d}{community.id - first + 1:03d}"


def boundary_batch(world: World) -> Batch:
    """Each community's outline for the situation map: its cell among its neighbours (nearer to
    it than to any other), cut to a circle-like polygon around it, so outlines never overlap nor
    cross themselves; drawn in a local plane (longitude scaled by cos(latitude))."""
    before = world.clock.before
    scale = math.cos(math.radians(CENTRE[0]))
    sites = [(c.longitude * scale, c.latitude) for c in world.communities]
    radii = [0.012 if c.kind is AreaKind.RURAL else 0.0045 for c in world.communities]
    rows = []
    for number, (community, cell) in enumerate(zip(world.communities, cells(sites, radii),
                                                   strict=True), start=1):
        ring = open_ring([(round(x / scale, 6), round(y, 6)) for x, y in cell])
        shape = [[ring]]
        rows.append((number, community.id, shape_text(shape), *bounding_box(shape), before, before))
    return Batch("community_boundary", ("id", "community_id", "shape", "min_lon", "min_lat",
                                        "max_lon", "max_lat", "created_at", "updated_at"), rows)


def facility_rows(world: World, beds_taken: dict[int, int]) -> Iterator[Batch]:
    """Facilities after the simulation, when the beds taken at the snapshot are known."""
    before = world.clock.before
    yield Batch("facility",
                ("id", "district_id", "code", "kind", "name", "address", "latitude", "longitude",
                 "beds_total", "beds_taken", "created_at", "updated_at"),
                [(f.id, f.district, f"F{f.id:03d}", f.kind.value, f.name,
                  f"{world.districts[f.district - 1].prefix}{f.name}",
                  f.latitude, f.longitude, f.beds, beds_taken.get(f.id, 0), before, before)
                 for f in world.facilities])
    yield Batch("facility_accepts", ("facility_id", "category"),
                [(f.id, category.value) for f in world.facilities for category in f.accepts])
