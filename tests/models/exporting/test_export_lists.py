"""Line lists out: IDs as text cells and times as date cells in .xlsx, a BOM in CSV and codes
kept text there, masking per role, every page, the caller's words for stored identifiers."""
from __future__ import annotations

import gc
import zipfile
from datetime import date, datetime, timedelta, timezone
from enum import IntEnum
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

import models.exporting.files
import models.exporting.lists
from models.db.database import Database
from models.enums import Sex, VisitOutcome
from models.exporting.files import ExportCancelled, write_rows
from models.exporting.lists import export_list
from models.importing.xlsx import Share
from models.schema.register import Household
from models.schema.screening import Visit
from tests.support.factories import NOW, make_case, make_person, make_place

FULL_ID = "420102198001011234"


def _fill(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place)
        person.sex, person.birth_date = Sex.MALE, date(1980, 1, 1)
        make_case(session, place, person)
        for door in range(5):
            session.add(Household(community_id=place.community_id, building="2", unit="1",
                                  door=f"{door}01"))
        session.commit()


def _sheet(path: Path) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_a_full_id_is_a_text_cell_excel_cannot_mangle(database: Database, tmp_path: Path) -> None:
    _fill(database)
    path = tmp_path / "cases.xlsx"
    assert export_list(database, "cases", path, may_see=True) == 1
    rows = _sheet(path)
    assert rows[0][1] == "Resident ID"
    assert rows[1][0] == "张伟" and rows[1][1] == FULL_ID and rows[1][4] == "13800000000"
    assert rows[1][3] == date(1980, 1, 1) and isinstance(rows[1][9], datetime)   # date cells
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    # An inline string in the Text format, the row's second cell (no gap before it, so no
    # reference: a cell without one is the next column of its row).
    assert (f'<row r="2"><c t="inlineStr" s="2"><is><t xml:space="preserve">张伟</t></is></c>'
            f'<c t="inlineStr" s="2"><is><t xml:space="preserve">{FULL_ID}</t>') in xml


def test_masked_for_roles_that_may_not_see_and_csv_has_a_bom(database: Database,
                                                             tmp_path: Path) -> None:
    _fill(database)
    path = tmp_path / "cases.csv"
    export_list(database, "cases", path, may_see=False)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "420102********1234" in text and "138****0000" in text and FULL_ID not in text
    assert "永清社区" in text


def test_every_page_is_written_and_no_partial_file_is_left(database: Database, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(database)
    monkeypatch.setattr(models.exporting.lists, "PAGE", 2)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "households.xlsx"
    assert export_list(database, "households", path, may_see=False) == 6
    rows = _sheet(path)
    assert len(rows) == 7 and sorted(str(r[3]) for r in rows[1:]) == [
        "001", "101", "201", "301", "301", "401"]
    assert [p.name for p in out.iterdir()] == ["households.xlsx"]


def test_a_cancelled_export_leaves_no_file(database: Database, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(database)
    monkeypatch.setattr(models.exporting.lists, "PAGE", 1)
    monkeypatch.setattr(models.exporting.files, "CHECK_EVERY", 1)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        export_list(database, "households", out / "h.csv", may_see=False,
                    cancelled=lambda: True)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("kind", ["transfers", "rosters"])
def test_empty_lists_still_have_their_headings(database: Database, tmp_path: Path,
                                               kind: str) -> None:
    path = tmp_path / f"{kind}.xlsx"
    assert export_list(database, kind, path, may_see=False) == 0
    assert len(_sheet(path)) == 1


def test_stored_identifiers_and_headings_become_the_callers_words(database: Database,
                                                                  tmp_path: Path) -> None:
    _fill(database)
    words = {("category", "fever"): "发热症状患者", ("case_status", "identified"): "已发现",
             ("sex", "M"): "男"}
    path = tmp_path / "cases.csv"
    export_list(database, "cases", path, may_see=False,
                label=lambda vocabulary, value: words.get((vocabulary, value), value),
                heading=lambda text: {"Sex": "性别"}.get(text, text))
    heading, line = path.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert "性别" in heading
    assert "发热症状患者" in line and "已发现" in line and ",男," in line and "fever" not in line


def test_dates_shares_and_numbers_keep_their_kind(tmp_path: Path) -> None:
    rows = [["门 301", 3, Share(0.453), date(1980, 1, 1), datetime(2020, 2, 20, 14, 5)]]
    xlsx, csv_path = tmp_path / "l.xlsx", tmp_path / "l.csv"
    assert write_rows(xlsx, "清单", ["a", "b", "c", "d", "e"], iter(rows)) == 1
    read = _sheet(xlsx)[1]
    assert read[0] == "门 301" and read[1] == 3 and read[2] == pytest.approx(0.453)
    assert read[3] == date(1980, 1, 1) and read[4] == datetime(2020, 2, 20, 14, 5)
    with zipfile.ZipFile(xlsx) as archive:
        styles = archive.read("xl/styles.xml").decode()
    assert 'formatCode="yyyy-mm-dd"' in styles and 'formatCode="0.0%"' in styles
    write_rows(csv_path, "清单", ["a", "b", "c", "d", "e"], iter(rows))
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[1] == \
        "门 301,3,45.3%,1980-01-01,2020-02-20 14:05"


def test_empty_cells_keep_every_later_cell_in_its_column(tmp_path: Path) -> None:
    """A cell after an empty one names its column; the others follow their neighbour. Read
    back, every value is under its own heading, whichever cells were empty, and a text seen
    before (kept once written) lands where it is written again."""
    rows = [["永清社区", None, "3", "", 7, None, datetime(2020, 2, 20, 14, 5)],
            [None, "永清社区", "", "3", None, 0, None],
            ["永清社区", "<&>", "3", "4", 1, 2, datetime(2020, 2, 21, 8, 0)]]
    path = tmp_path / "gaps.xlsx"
    headings = [f"h{index}" for index in range(7)]
    assert write_rows(path, "清单", headings, iter(rows)) == 3
    assert _sheet(path) == [
        headings,
        ["永清社区", "", "3", "", 7, "", datetime(2020, 2, 20, 14, 5)],
        ["", "永清社区", "", "3", "", 0, ""],
        ["永清社区", "<&>", "3", "4", 1, 2, datetime(2020, 2, 21, 8, 0)]]


def test_no_column_beside_a_masked_id_gives_its_hidden_digits_back(database: Database,
                                                                   tmp_path: Path) -> None:
    """The hidden digits of 420102********1234 are the birth date: a reader who may not see
    the ID reads the age instead, and no cell of the row holds those digits in any form."""
    _fill(database)
    masked, full = tmp_path / "masked.xlsx", tmp_path / "full.xlsx"
    export_list(database, "cases", masked, may_see=False)
    export_list(database, "cases", full, may_see=True)
    heading, row = _sheet(masked)[:2]
    assert heading[3] == "Age" and "Born" not in heading
    today = date.today()
    assert row[3] == today.year - 1980 - ((today.month, today.day) < (1, 1))
    assert row[1] == "420102********1234"
    hidden = FULL_ID[6:14]
    for cell in row:
        text = cell.isoformat() if isinstance(cell, date) else str(cell)
        assert hidden not in text.replace("-", "") and "1980" not in text, cell
    assert _sheet(full)[0][3] == "Born" and _sheet(full)[1][3] == date(1980, 1, 1)


def test_a_csv_keeps_the_columns_its_list_calls_codes_as_text(database: Database,
                                                              tmp_path: Path) -> None:
    """Building, unit and door are codes by the list's column definitions ("001" is no 1), as
    are IDs and phones; counts stay numbers, and an address typed to run is written inert."""
    _fill(database)
    with database.sessions() as session:
        session.add(Household(community_id=session.scalars(
            select(Household.community_id)).first(), building="3", unit="1", door="002",
            address="=1+1"))
        session.commit()
    path = tmp_path / "households.csv"
    export_list(database, "households", path, may_see=False)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ("Community,Building,Unit,Door,Address,Persons,Visits,Has an outcome,"
                        "Last visit")
    assert "永清社区,\t3,\t1,\t002,'=1+1,0,0,False," in lines
    cases = tmp_path / "cases.csv"
    export_list(database, "cases", cases, may_see=False)
    row = cases.read_text(encoding="utf-8-sig").splitlines()[1].split(",")
    assert row[1] == "\t420102********1234" and row[4] == "\t138****0000"


def test_each_household_carries_its_persons_visits_outcome_and_last_visit(
        database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures come from the visits and persons as stored (the tallies the database keeps),
    on every page: a door knocked twice without an answer has 2 visits and no outcome, a door
    screened has one, an unvisited door has none, and each counts its own persons."""
    monkeypatch.setattr(models.exporting.lists, "PAGE", 2)
    with database.sessions() as session:
        place = make_place(session)
        make_person(session, place, name="王芳", resident_id="420102198001011234")
        make_person(session, place, name="李娜", resident_id="420102198101011238")
        doors = {}
        for door in ("201", "202", "203"):
            household = Household(community_id=place.community_id, building="2", unit="1",
                                  door=door)
            session.add(household)
            session.flush()
            doors[door] = household.id
        for minutes, door, outcome in ((10, "201", VisitOutcome.NOBODY_HOME),
                                       (70, "201", VisitOutcome.NOBODY_HOME),
                                       (30, "202", VisitOutcome.SCREENED)):
            session.add(Visit(household_id=doors[door], community_id=place.community_id,
                              visited_at=NOW + timedelta(minutes=minutes), outcome=outcome))
        session.commit()
    path = tmp_path / "households.xlsx"
    assert export_list(database, "households", path, may_see=False) == 4
    figures = {(row[1], row[2], row[3]): row[5:] for row in _sheet(path)[1:]}
    assert figures == {
        ("1", "2", "301"): [2, 0, "False", ""],
        ("2", "1", "201"): [0, 2, "False", NOW + timedelta(minutes=70)],
        ("2", "1", "202"): [0, 1, "True", NOW + timedelta(minutes=30)],
        ("2", "1", "203"): [0, 0, "False", ""]}


class Kind(IntEnum):
    THREE = 3


def test_every_kind_of_cell_lands_in_its_column_whatever_its_neighbours(tmp_path: Path) -> None:
    """Rows are written by the kinds of their cells (one template per combination): each
    combination, gaps and texts to escape included, reads back cell for cell, in .xlsx and
    CSV alike, however the rows of one combination alternate with another's."""
    east = timezone(timedelta(hours=8))
    rows: list[list[object]] = [
        ["永清社区", "2", 3, True, datetime(2020, 2, 20, 14, 5)],
        ["a<b & c>d", "", Kind.THREE, False, None],
        [None, "x\x01y", 1.5, None, datetime(2020, 2, 20, 14, 5, tzinfo=east)],
        ["永清社区", "2", 3, True, datetime(2020, 2, 21, 8, 0)],
        [None, None, None, None, None],
        ["=1+1", "0301", Share(0.5), date(2020, 2, 1), "门 301"]]
    headings = ["h0", "", "h2", "h3", "h4"]
    xlsx, csv_path = tmp_path / "kinds.xlsx", tmp_path / "kinds.csv"
    assert write_rows(xlsx, "清单", headings, iter(rows), codes=[1]) == 6
    assert _sheet(xlsx) == [
        headings,
        ["永清社区", "2", 3, "True", datetime(2020, 2, 20, 14, 5)],
        ["a<b & c>d", "", 3, "False", ""],
        ["", "xy", 1.5, "", datetime(2020, 2, 20, 14, 5)],
        ["永清社区", "2", 3, "True", datetime(2020, 2, 21, 8, 0)],
        ["", "", "", "", ""],
        ["=1+1", "0301", 0.5, date(2020, 2, 1), "门 301"]]
    with zipfile.ZipFile(xlsx) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    bold = '<c t="inlineStr" s="1"><is><t xml:space="preserve">h0</t></is></c>'
    assert f'<row r="1">{bold}<c r="C1" t="inlineStr" s="1">' in xml   # a gap is named
    assert "a&lt;b &amp; c&gt;d" in xml and '<row r="6"></row>' in xml
    write_rows(csv_path, "清单", headings, iter(rows), codes=[1])
    assert csv_path.read_text(encoding="utf-8-sig").splitlines() == [
        "h0,,h2,h3,h4",
        "永清社区,\t2,3,True,2020-02-20 14:05",
        "a<b & c>d,,3,False,",
        ",\tx\x01y,1.5,,2020-02-20 14:05",
        "永清社区,\t2,3,True,2020-02-21 08:00",
        ",,,,",
        "'=1+1,\t0301,50.0%,2020-02-01,门 301"]


def test_a_page_of_households_leaves_the_garbage_collectors_watch(database: Database) -> None:
    """A page's rows are plain tuples, which the collector stops tracking at its first pass:
    rows that kept their result's metadata stayed watched, and 40,000 of them made it sweep
    every object of the process twice (160 ms of an export of 0.45 s)."""
    _fill(database)
    with database.sessions() as session:
        page = models.exporting.lists.LISTS["households"].read_page(session, 0, None)
    gc.collect()
    assert len(page) == 6 and not any(gc.is_tracked(row) for row in page)
