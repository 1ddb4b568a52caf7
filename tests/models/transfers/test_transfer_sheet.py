"""The transfer sheet's reader: identifiers as registered (masking is the printing controller's),
the order asked for, the age on the day of the order, and refusals (both backends)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.db.database import Database
from models.transfers.sheet import (
    SheetNotFound,
    age_on,
    household_address,
    load_sheets,
    sheet_by_number,
    sheet_of_transfer,
    sheets_of_day,
)
from tests.support.factories import NOW, make_case, make_person, make_place, make_transfer


def test_age_and_address() -> None:
    assert age_on(date(1980, 2, 21), date(2020, 2, 20)) == 39
    assert age_on(date(1980, 2, 20), date(2020, 2, 20)) == 40
    assert age_on(None, date(2020, 2, 20)) is None
    assert household_address("", "3", "2", "301") == "3栋 2单元 301室"
    assert household_address("武昌区中北路1号", "3", "2", "301") == "武昌区中北路1号"


def add_two(database: Database) -> list[int]:
    with database.sessions.begin() as session:
        place = make_place(session)
        ids = []
        for index in range(2):
            person = make_person(session, place, name=f"病人{index}")
            transfer = make_transfer(session, place, make_case(session, place, person),
                                     number=f"ZY{NOW:%Y%m%d}{index + 1:04d}",
                                     ordered_at=NOW + timedelta(minutes=index))
            ids.append(int(transfer.id))
        return ids


def test_sheets_come_unmasked_in_the_order_asked(database: Database) -> None:
    first, second = add_two(database)
    with database.sessions() as session:
        sheets = load_sheets(session, [second, first, 999_999], NOW)
        assert [sheet.transfer_id for sheet in sheets] == [second, first]
        # the first patient holds the factory's ID; the second the next one free (IDs are unique)
        assert (sheets[1].resident_id, sheets[1].phone) == ("420102198001011234", "13800000000")
        assert "*" not in sheets[0].resident_id and len(sheets[0].resident_id) == 18
        assert [s.transfer_id for s in sheets_of_day(session, NOW.date(), NOW)] == [first, second]
        assert sheet_by_number(session, " zy202002200002 ", NOW).transfer_id == second


def test_unknown_numbers_and_transfers_are_refused(database: Database) -> None:
    with database.sessions() as session:
        with pytest.raises(SheetNotFound, match="ZY-NOPE"):
            sheet_by_number(session, "ZY-NOPE", NOW)
        with pytest.raises(SheetNotFound):
            sheet_of_transfer(session, 999_999, NOW)
