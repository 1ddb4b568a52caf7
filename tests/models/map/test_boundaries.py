"""A boundary file, read, checked and written all or nothing — on SQLite and PostgreSQL."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from models.db.database import Database
from models.errors import CanvassError
from models.map.boundaries import (
    BoundaryCode,
    BoundaryPlan,
    BoundaryResult,
    parse_shape,
    plan_boundaries,
    read_geojson,
    write_boundaries,
)
from models.map.refusals import MapRefusal
from models.schema import CommunityBoundary
from tests.support.map_scene import MapScene, collection, feature, good_file, make_map_scene, square


def _import(database: Database, raw: bytes, dry_run: bool = False) -> tuple[BoundaryPlan, BoundaryResult]:
    features, converted = read_geojson(raw, "boundaries.geojson")
    with database.sessions() as session:
        plan = plan_boundaries(session, features, converted)
        result = write_boundaries(session, plan, dry_run)
        session.commit()
    return plan, result


def _stored(database: Database) -> dict[int, CommunityBoundary]:
    with database.sessions() as session:
        return {row.community_id: row for row in session.scalars(select(CommunityBoundary))}


@pytest.fixture
def scene(database: Database) -> MapScene:
    return make_map_scene(database)


def test_a_good_file_is_written_by_code_and_by_name(database: Database, scene: MapScene) -> None:
    _plan, result = _import(database, good_file(), dry_run=True)
    assert result.added == 2 and not _stored(database)       # a dry run writes nothing
    _plan, result = _import(database, good_file())
    assert result.added == 2 and result.written
    stored = _stored(database)
    assert set(stored) == {scene.first, scene.second}
    first = stored[scene.first]
    assert (first.min_lon, first.min_lat) == pytest.approx((114.288, 30.598))
    assert (first.max_lon, first.max_lat) == pytest.approx((114.292, 30.602))
    assert parse_shape(first.shape) == [[[(114.288, 30.598), (114.292, 30.598),
                                          (114.292, 30.602), (114.288, 30.602)]]]


def test_the_same_file_again_changes_nothing_and_a_new_shape_replaces_the_old(
        database: Database, scene: MapScene) -> None:
    _import(database, good_file())
    _plan, again = _import(database, good_file())
    assert (again.added, again.updated, again.unchanged, again.written) == (0, 0, 2, False)
    moved = collection(feature({"code": "C1"}, square(114.287, 30.597)))
    _plan, result = _import(database, moved)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    stored = _stored(database)
    assert stored[scene.first].version == 2 and stored[scene.first].min_lon == pytest.approx(114.287)
    assert stored[scene.second].version == 1      # a community the file does not name keeps its own


def test_every_bad_shape_is_listed_and_nothing_is_written(database: Database, scene: MapScene) -> None:
    bow_tie = [[[114.30, 30.60], [114.31, 30.61], [114.31, 30.60], [114.30, 30.61], [114.30, 30.60]]]
    raw = collection(
        feature({"code": "C1"}, square(114.288, 30.598)),                 # good, but not written
        feature({"name": "无名社区"}, square(114.30, 30.60)),             # 2: unknown
        feature({"name": "球场社区"}, bow_tie),                            # 3: crosses itself
        feature({"code": "C2"}, []),                                       # 4: empty
        feature({"code": "C1"}, square(30.598, 114.288)),                  # 5: swapped: outside China
        feature({"code": "C2"}, [114.3, 30.6], kind="Point"),              # 6: a point
        feature({}, square(114.30, 30.60)),                                # 7: no code nor name
    )
    plan, result = _import(database, raw)
    found = [(p.number, p.label, p.code) for p in plan.problems]
    assert found == [
        (2, "无名社区", BoundaryCode.UNKNOWN_COMMUNITY),
        (3, "球场社区", BoundaryCode.SELF_INTERSECTING),
        (4, "C2", BoundaryCode.EMPTY),
        (5, "C1", BoundaryCode.TWICE),
        (5, "C1", BoundaryCode.OUTSIDE_CHINA),
        (6, "C2", BoundaryCode.NOT_A_POLYGON),
        (7, "", BoundaryCode.NO_KEY),
    ]
    assert len(plan.problems[1].values) == 2          # where it crosses, as lon, lat
    assert not result.written and not _stored(database)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CommunityBoundary)) == 0


def test_another_projection_is_refused_naming_it(database: Database, scene: MapScene) -> None:
    raw = collection(feature({"code": "C1"}, square(500000, 3385000, 400)), crs="EPSG:4547")
    with pytest.raises(CanvassError) as refused:
        read_geojson(raw, "boundaries.geojson")
    assert refused.value.code is MapRefusal.WRONG_CRS
    assert refused.value.params["what"] == "EPSG:4547"


def test_web_mercator_is_converted(database: Database, scene: MapScene) -> None:
    x, y = 12_723_000.0, 3_581_000.0
    ring = [[x, y], [x + 400, y], [x + 400, y + 400], [x, y + 400], [x, y]]
    raw = collection(feature({"code": "C1"}, [ring]), crs="urn:ogc:def:crs:EPSG::3857")
    plan, _result = _import(database, raw)
    assert plan.converted_from == "EPSG:3857" and not plan.problems
    stored = _stored(database)[scene.first]
    assert 114.2 < stored.min_lon < 114.4 and 30.5 < stored.min_lat < 30.7


@pytest.mark.parametrize(("raw", "name", "code"), [
    (b"\xff\xfe not text", "a.geojson", MapRefusal.UNREADABLE),
    (b"{ not json", "a.geojson", MapRefusal.UNREADABLE),
    (json.dumps({"type": "Feature"}).encode(), "a.geojson", MapRefusal.NOT_GEOJSON),
    (b"", "districts.dbf", MapRefusal.SHAPEFILE),
])
def test_a_file_that_is_not_geojson_is_refused_whole(raw: bytes, name: str, code: MapRefusal) -> None:
    with pytest.raises(CanvassError) as refused:
        read_geojson(raw, name)
    assert refused.value.code is code
