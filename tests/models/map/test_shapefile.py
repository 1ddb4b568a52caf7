"""A shapefile written by pyshp, read into the features a GeoJSON file gives and checked and
written by the same code: its .prj's projection read (WGS-84), converted (Web Mercator) or
refused by name; its .dbf's text in UTF-8 or GBK; on SQLite and PostgreSQL."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from models.db.database import Database
from models.errors import CanvassError
from models.map.boundaries import BoundaryCode, plan_boundaries, write_boundaries
from models.map.refusals import MapRefusal
from models.map.shapefile import ShapefileParts, prj_crs, read_shapefile
from models.schema import CommunityBoundary
from tests.support.map_scene import (
    GAUSS_KRUGER_PRJ,
    MERCATOR_PRJ,
    WGS84_PRJ,
    MapScene,
    make_map_scene,
    square,
    write_shapefile,
)


@pytest.fixture
def scene(database: Database) -> MapScene:
    return make_map_scene(database)


def _parts(path: Path) -> ShapefileParts:
    def part(suffix: str) -> bytes | None:
        beside = path.with_suffix(suffix)
        return beside.read_bytes() if beside.exists() else None
    return ShapefileParts(path.read_bytes(), part(".dbf"), part(".shx"), part(".prj"),
                          part(".cpg"))


def _written(database: Database, path: Path) -> dict[int, CommunityBoundary]:
    features, converted = read_shapefile(_parts(path))
    with database.sessions() as session:
        plan = plan_boundaries(session, features, converted)
        assert not plan.problems, plan.problems
        write_boundaries(session, plan, dry_run=False)
        session.commit()
        return {row.community_id: row for row in session.scalars(select(CommunityBoundary))}


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
@pytest.mark.parametrize("cpg", [True, False])
def test_polygons_are_matched_by_code_or_name_in_either_encoding(
        database: Database, scene: MapScene, tmp_path: Path, encoding: str, cpg: bool) -> None:
    # The second drawn counter-clockwise, as GeoJSON draws it: still an outline.
    ring = square(114.293, 30.598)[0]
    path = write_shapefile(tmp_path / "社区.shp", [
        ({"code": "C1"}, square(114.288, 30.598)),
        ({"name": "球场社区"}, [list(reversed(ring))])], encoding=encoding, cpg=cpg)
    stored = _written(database, path)
    assert set(stored) == {scene.first, scene.second}
    assert stored[scene.first].min_lon == pytest.approx(114.288)
    assert stored[scene.second].max_lat == pytest.approx(30.602)


def test_web_mercator_is_converted(database: Database, scene: MapScene, tmp_path: Path) -> None:
    x, y = 12_723_000.0, 3_581_000.0
    ring = [[x, y], [x, y + 400], [x + 400, y + 400], [x + 400, y], [x, y]]
    path = write_shapefile(tmp_path / "m.shp", [({"code": "C1"}, [ring])], prj=MERCATOR_PRJ)
    assert read_shapefile(_parts(path))[1] == "EPSG:3857"
    stored = _written(database, path)[scene.first]
    assert 114.2 < stored.min_lon < 114.4 and 30.5 < stored.min_lat < 30.7


def test_another_projection_is_refused_by_the_name_the_prj_gives(tmp_path: Path) -> None:
    path = write_shapefile(tmp_path / "gk.shp", [({"code": "C1"}, square(500000, 3385000, 400))],
                           prj=GAUSS_KRUGER_PRJ)
    with pytest.raises(CanvassError) as refused:
        read_shapefile(_parts(path))
    assert refused.value.code is MapRefusal.WRONG_CRS
    assert refused.value.params["what"] == "CGCS2000_3_Degree_GK_CM_114E"


def test_the_prj_names_its_projection() -> None:
    assert prj_crs(WGS84_PRJ.encode()) == "EPSG:4326"
    assert prj_crs(MERCATOR_PRJ.encode()) == "EPSG:3857"
    assert prj_crs(None) == ""
    assert prj_crs(b'GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980"]]') == "GCS_Xian_1980"


def test_without_a_prj_projected_metres_fail_the_shape_checks(database: Database,
                                                              scene: MapScene,
                                                              tmp_path: Path) -> None:
    path = write_shapefile(tmp_path / "noprj.shp",
                           [({"code": "C1"}, square(500000, 3385000, 400)), ({"code": "C2"}, None)],
                           prj=None)
    features, converted = read_shapefile(_parts(path))
    assert converted == ""
    with database.sessions() as session:
        plan = plan_boundaries(session, features, converted)
    assert [(p.number, p.code) for p in plan.problems] == [
        (1, BoundaryCode.OUTSIDE_CHINA), (2, BoundaryCode.NOT_A_POLYGON)]


def test_a_shapefile_without_its_dbf_or_broken_is_refused_whole(tmp_path: Path) -> None:
    path = write_shapefile(tmp_path / "a.shp", [({"code": "C1"}, square(114.288, 30.598))])
    parts = _parts(path)
    with pytest.raises(CanvassError) as refused:
        read_shapefile(ShapefileParts(parts.shp, None))
    assert refused.value.code is MapRefusal.SHAPEFILE_PART_MISSING
    with pytest.raises(CanvassError) as refused:
        read_shapefile(ShapefileParts(b"\0" * 20, parts.dbf))
    assert refused.value.code is MapRefusal.NOT_A_SHAPEFILE
