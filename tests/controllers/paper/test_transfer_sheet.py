"""The transfer sheet: the right person, place, crew and times on it; resident ID and phone
masked unless the printing role may see them; a day's batch in a few queries, one page each."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event

from controllers.paper.sheet_pdf import print_sheets
from controllers.paper.transfer_sheet import SheetNotFound, sheet_by_number, sheet_of_transfer, sheets_of_day
from controllers.paper.transfer_sheet_html import sheet_html, sheets_html
from models.db.database import Database
from tests.support.factories import NOW, make_case, make_person, make_place, make_transfer, signed_in
from tests.support.sheets import add_transfers, pdf_text


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """Rendering needs the shared QApplication of the test process."""


def test_the_sheet_names_person_crew_destination_and_times(database: Database) -> None:
    add_transfers(database)
    sheet = sheet_by_number(database, signed_in("dispatcher"), "zy202002200001")
    assert sheet.person == "张伟" and sheet.sex == "M" and sheet.age == 40
    assert sheet.community == "永清社区" and sheet.station == "大智派出所"
    assert sheet.temperature == Decimal("38.6") and sheet.symptoms == "干咳"
    assert sorted(member.name for member in sheet.crew) == ["吴医生0", "周警官0"]
    assert sheet.vehicle.startswith("鄂A") and sheet.facility.startswith("金银潭医院")
    assert sheet.response_minutes == 7 and sheet.times["delivered"] == NOW + timedelta(minutes=45)
    html = sheet_html(sheet)
    assert "张伟" in html and "ZY202002200001" in html and "src='qr:ZY202002200001'" in html
    assert "Sending officer" in html and "Patient or family" in html


@pytest.mark.parametrize(("role", "resident_id", "phone"), [
    ("commander", "420102198001011234", "13800000000"),
    ("dispatcher", "420102********1234", "138****0000"),
    ("viewer", "420102********1234", "138****0000"),
])
def test_identifiers_are_masked_unless_the_role_may_see_them(
        database: Database, role: str, resident_id: str, phone: str) -> None:
    add_transfers(database)
    sheet = sheet_by_number(database, signed_in(role), "ZY202002200001")
    assert (sheet.resident_id, sheet.phone) == (resident_id, phone)
    assert "420102198001011234" not in sheets_html([sheet]) or role == "commander"


def test_an_unknown_number_is_refused(database: Database) -> None:
    add_transfers(database)
    with pytest.raises(SheetNotFound, match="ZY-NOPE"):
        sheet_by_number(database, signed_in("dispatcher"), "ZY-NOPE")
    with pytest.raises(SheetNotFound):
        sheet_of_transfer(database, signed_in("dispatcher"), 999_999)


def test_a_day_batch_takes_a_few_queries_and_prints_one_page_per_sheet(
        database: Database, tmp_path: Path) -> None:
    numbers = add_transfers(database, count=6)
    add_transfers_next_day = NOW + timedelta(days=1)
    with database.sessions.begin() as session:
        place = make_place(session, "2")
        make_transfer(session, place, make_case(session, place, make_person(session, place)),
                      number="ZY202002210001", ordered_at=add_transfers_next_day)
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("x")

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        sheets = sheets_of_day(database, signed_in("dispatcher"), date(2020, 2, 20))
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert [sheet.number for sheet in sheets] == numbers
    assert len(statements) <= 5     # ids, transfers, crews, screenings (+ a savepoint at most)
    out = tmp_path / "day.pdf"
    assert print_sheets(database, signed_in("dispatcher"), sheets, out) == 6
    text = pdf_text(out)
    assert text.count("Transfer sheet") >= 6 and "病人5" in text and "ZY202002200006" in text
