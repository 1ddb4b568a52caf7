"""The 社区边界 sheet of the district workbook: outlines by community code or name, as points or
a GeoJSON geometry, checked as a boundary file's shapes are; refused with the sheet, row and
column, nothing written; replaced on a later import; exported and read back unchanged — on
SQLite and PostgreSQL."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.db.database import Database
from models.map.boundaries import parse_shape
from models.schema import Community, CommunityBoundary
from models.setup.existing import read_existing
from models.setup.exporting import workbook_rows
from models.setup.template import write_template
from tests.support.district_workbook import codes, district_rows, import_into, write_district


def _outlines(database: Database) -> dict[str, CommunityBoundary]:
    with database.sessions() as session:
        return {code: row for code, row in session.execute(
            select(Community.code, CommunityBoundary)
            .join(CommunityBoundary, CommunityBoundary.community_id == Community.id))}


def test_outlines_by_code_or_name_are_written_with_their_box(database: Database,
                                                            tmp_path: Path) -> None:
    result = import_into(database, write_district(tmp_path / "d.xlsx"))
    assert result.written and result.counts["boundaries"] == (2, 0, 0)
    stored = _outlines(database)
    assert set(stored) == {"C0101", "C0201"}
    assert parse_shape(stored["C0101"].shape) == [[[(114.368, 30.873), (114.372, 30.873),
                                                    (114.372, 30.877), (114.368, 30.877)]]]
    assert (stored["C0201"].min_lon, stored["C0201"].max_lat) == (114.399, 31.063)


def test_bad_outlines_are_refused_by_sheet_row_and_column_and_nothing_is_written(
        database: Database, tmp_path: Path) -> None:
    rows = district_rows()
    rows["boundaries"] = [
        ["C0101", "114.368,30.873; 114.372,30.873; 114.372,30.877; 114.368,30.877"],
        ["C9999", "114.368,30.873; 114.372,30.873; 114.372,30.877"],               # no such
        ["C0102", "114.30,30.60; 114.31,30.61; 114.31,30.60; 114.30,30.61"],      # a bow tie
        ["C0201", "30.873,114.368; 30.877,114.368; 30.877,114.372"],              # swapped
        ["城关社区", "somewhere near the river"],
        ["百秀社区", "114.368,30.873; 114.372,30.873; 114.372,30.877"],            # twice
    ]
    result = import_into(database, write_district(tmp_path / "bad.xlsx", rows))
    assert not result.written
    assert codes(result) == [
        ("社区边界", 4, "边界", "outline_crosses_itself"),
        ("社区边界", 5, "边界", "outline_outside_china"),
        ("社区边界", 6, "边界", "outline_unreadable"),
        ("社区边界", 3, "社区编码", "unknown_community"),
        ("社区边界", 7, "社区编码", "duplicate_key"),
    ]
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CommunityBoundary)) == 0
        assert session.scalar(select(func.count()).select_from(Community)) == 0


def test_a_later_workbook_replaces_an_outline_and_leaves_the_others(database: Database,
                                                                   tmp_path: Path) -> None:
    import_into(database, write_district(tmp_path / "d.xlsx"))
    before = _outlines(database)
    rows = district_rows()
    rows["boundaries"] = [["C0101", "114.366,30.871; 114.374,30.871; 114.374,30.879"]]
    result = import_into(database, write_district(tmp_path / "again.xlsx", rows,
                                                  only=("boundaries",)))
    assert result.written and result.counts == {"boundaries": (0, 1, 0)}
    after = _outlines(database)
    assert after["C0101"].min_lon == 114.366 and after["C0101"].version > before["C0101"].version
    assert after["C0201"].shape == before["C0201"].shape


def test_the_export_writes_each_outline_as_geojson(database: Database,
                                                           tmp_path: Path) -> None:
    import_into(database, write_district(tmp_path / "d.xlsx"))
    with database.sessions() as session:
        rows = workbook_rows(read_existing(session))["boundaries"]
    assert [code for code, _ in rows] == ["C0101", "C0201"]
    assert json.loads(rows[0][1])["type"] == "Polygon"


def test_the_template_s_example_outline_imports(database: Database, tmp_path: Path) -> None:
    result = import_into(database, write_template(tmp_path / "template.xlsx"))
    assert result.problems == [] and result.counts["boundaries"] == (1, 0, 0)
    assert set(_outlines(database)) == {"C0101"}


@pytest.mark.parametrize("outline", [
    '{"type":"Point","coordinates":[114.37,30.87]}',
])
def test_a_geometry_that_is_no_area_is_named(database: Database, tmp_path: Path,
                                             outline: str) -> None:
    rows = district_rows()
    rows["boundaries"] = [["C0101", outline]]
    result = import_into(database, write_district(tmp_path / "p.xlsx", rows))
    assert codes(result) == [("社区边界", 2, "边界", "outline_not_an_area")]
    assert result.problems[0].values == ("Point",)
