"""The map's figures on both databases: coverage, beds, vehicles placed by their trip's step,
open cases per community and category, outlines read again only when they change."""
from __future__ import annotations

import pytest

from models.db.database import Database
from models.map.boundaries import plan_boundaries, read_geojson, write_boundaries
from models.map.figures import map_figures
from models.map.spots import MapCache, MapFigures, Place
from models.schema import CommunityBoundary
from tests.support.map_scene import MapScene, good_file, make_map_scene


@pytest.fixture
def scene(database: Database) -> MapScene:
    return make_map_scene(database)


def _figures(database: Database, cache: MapCache | None = None) -> MapFigures:
    with database.sessions() as session:
        return map_figures(session, cache or MapCache())


def test_communities_facilities_and_open_cases(database: Database, scene: MapScene) -> None:
    figures = _figures(database)
    spots = {spot.id: spot for spot in figures.communities}
    assert (spots[scene.first].households, spots[scene.first].done) == (10, 4)
    assert spots[scene.first].coverage == pytest.approx(0.4)
    assert spots[scene.second].coverage is None              # no register: no share
    assert not spots[scene.first].outlined
    (facility,) = figures.facilities
    assert (facility.beds_total, facility.beds_taken) == (10, 3)
    assert sorted(figures.open_cases) == [(scene.first, "confirmed", 3), (scene.first, "fever", 1)]
    assert [s.name for s in figures.stations] == ["大智派出所"]


def test_vehicles_are_where_their_trip_step_puts_them(database: Database, scene: MapScene) -> None:
    figures = _figures(database)
    by_id = {vehicle.id: vehicle for vehicle in figures.vehicles}
    station, community = (114.30, 30.59), (114.29, 30.60)
    facility = (114.26, 30.66)
    expected = {
        Place.STATION: station,
        Place.TO_SCENE: ((station[0] + community[0]) / 2, (station[1] + community[1]) / 2),
        Place.SCENE: community,
        Place.TO_FACILITY: ((community[0] + facility[0]) / 2, (community[1] + facility[1]) / 2),
    }
    for place, vehicle_id in scene.vehicles.items():
        vehicle = by_id[vehicle_id]
        assert vehicle.place == place
        assert (vehicle.longitude, vehicle.latitude) == pytest.approx(expected[place])
        assert vehicle.transfer_id == scene.orders.get(place)


def test_outlines_are_read_again_only_when_they_change(database: Database, scene: MapScene) -> None:
    cache = MapCache()
    before = _figures(database, cache)
    assert before.outlines == {}
    features, converted = read_geojson(good_file(), "b.geojson")
    with database.sessions() as session:
        write_boundaries(session, plan_boundaries(session, features, converted), dry_run=False)
        session.commit()
    after = _figures(database, cache)
    assert set(after.outlines) == {scene.first, scene.second}
    assert all(spot.outlined for spot in after.communities)
    kept = cache.outlines
    assert _figures(database, cache).outlines is kept          # nothing changed: not parsed again
    with database.sessions() as session:
        row = session.query(CommunityBoundary).filter_by(community_id=scene.first).one()
        row.shape = "[[[[114.288,30.598],[114.3,30.598],[114.3,30.61],[114.288,30.598]]]]"
        session.commit()
    changed = _figures(database, cache)
    assert changed.outlines is not kept
    assert changed.outlines[scene.first][0][0][1] == (114.3, 30.598)
