"""`canvass setup boundaries FILE [--dry-run]`: outlines written; each bad shape one line with its
feature's number and name, one line on stderr and exit 1, nothing written; a file in another
projection or not GeoJSON one line, exit 2 — on SQLite and PostgreSQL."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from main import run
from models.db.database import Database
from models.schema import CommunityBoundary
from tests.support.map_scene import (
    GAUSS_KRUGER_PRJ,
    MapScene,
    collection,
    feature,
    good_file,
    make_map_scene,
    square,
    write_shapefile,
)
from tests.support.second_workstation import url_of


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The command starts a QCoreApplication when none exists; the test process has one."""


@pytest.fixture
def scene(database: Database) -> MapScene:
    return make_map_scene(database)


def _outlines(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(CommunityBoundary)) or 0)


def test_a_dry_run_then_the_import(database: Database, scene: MapScene, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "江岸区.geojson"
    path.write_bytes(good_file())
    db = ["--db", url_of(database), "--lang", "zh"]
    assert run([*db, "setup", "boundaries", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 个要素：将新增边界 2，将替换 0，未变 0" in out and "仅核验：未写入任何数据" in out
    assert _outlines(database) == 0
    assert run([*db, "setup", "boundaries", str(path)]) == 0
    assert "社区边界已写入" in capsys.readouterr().out
    assert _outlines(database) == 2
    assert run([*db, "setup", "boundaries", str(path)]) == 0
    assert "无变化" in capsys.readouterr().out


def test_bad_shapes_are_listed_and_refused_in_one_line(database: Database, scene: MapScene,
                                                       tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    bow_tie = [[[114.30, 30.60], [114.31, 30.61], [114.31, 30.60], [114.30, 30.61]]]
    path = tmp_path / "bad.geojson"
    path.write_bytes(collection(feature({"code": "C1"}, square(114.288, 30.598)),
                                feature({"name": "无名社区"}, square(114.30, 30.60)),
                                feature({"name": "球场社区"}, bow_tie)))
    assert run(["--db", url_of(database), "--lang", "en", "setup", "boundaries", str(path)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == ("feature 2 (无名社区): no community has the code or name “无名社区”: "
                        "correct the feature's code or name")
    assert lines[1].startswith("feature 3 (球场社区): the outline crosses itself near 114.")
    assert captured.err.splitlines() == [
        "canvass: bad.geojson was refused for 2 problems: nothing was written. "
        "Correct them and import it again."]
    assert _outlines(database) == 0


@pytest.mark.parametrize(("content", "name", "said"), [
    (collection(feature({"code": "C1"}, square(500000, 3385000, 400)), crs="EPSG:4547"),
     "cgcs.geojson", "cgcs.geojson is in the projection EPSG:4547; Canvass reads WGS-84"),
    (b"{ not json", "broken.geojson", "broken.geojson cannot be read as GeoJSON: not JSON (line 1)"),
    (b"\0\0", "areas.dbf", "areas.dbf is part of a shapefile (.dbf): name its .shp file"),
    (b"\0\0", "areas.shp", "areas.shp has no .dbf file beside it"),
])
def test_a_file_canvass_cannot_read_is_one_line_exit_2(
        database: Database, scene: MapScene, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        content: bytes, name: str, said: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert run(["--db", url_of(database), "--lang", "en", "setup", "boundaries", str(path)]) == 2
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith(f"canvass: {said}")
    assert "Traceback" not in captured.err + captured.out
    assert _outlines(database) == 0


def test_a_missing_file_opens_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new.sqlite3"
    assert run(["--db", str(target), "--lang", "en", "setup", "boundaries",
                str(tmp_path / "nowhere.geojson")]) == 2
    assert capsys.readouterr().err.startswith("canvass: nowhere.geojson does not exist")
    assert not target.exists()


def test_a_shapefile_is_imported_and_another_projection_refused_by_name(
        database: Database, scene: MapScene, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """As a GIS program leaves it: .shp, .shx, .dbf in GBK with its .cpg, .prj."""
    path = write_shapefile(tmp_path / "江岸区社区.shp",
                           [({"code": "C1"}, square(114.288, 30.598)),
                            ({"name": "球场社区"}, square(114.293, 30.598))], encoding="gbk")
    db = ["--db", url_of(database), "--lang", "zh"]
    assert run([*db, "setup", "boundaries", str(path)]) == 0
    captured = capsys.readouterr()
    assert "2 个要素" in captured.out and "社区边界已写入" in captured.out
    assert captured.err == ""   # no word from pyshp about rings drawn counter-clockwise
    assert _outlines(database) == 2
    gauss = write_shapefile(tmp_path / "gk.shp", [({"code": "C1"}, square(500000, 3385000, 400))],
                            prj=GAUSS_KRUGER_PRJ)
    assert run(["--db", url_of(database), "--lang", "en", "setup", "boundaries", str(gauss)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("canvass: gk.shp is in the projection CGCS2000_3_Degree_GK_CM_114E; "
                           "Canvass reads WGS-84")
    assert _outlines(database) == 2
