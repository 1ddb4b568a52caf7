"""Transfers that make a sheet worth printing, and reading a PDF's text layer back."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from models.db.database import Database
from models.schema import ScreeningResult, Visit
from tests.support.factories import NOW, make_case, make_person, make_place, make_transfer


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout


def add_transfers(database: Database, count: int = 1, day: datetime = NOW) -> list[str]:
    """`count` transfers of different people on `day`, the first one screened at 38.6 °C."""
    numbers = []
    with database.sessions.begin() as session:
        place = make_place(session)
        for index in range(count):
            person = make_person(session, place, name="张伟" if index == 0 else f"病人{index}")
            person.sex, person.birth_date = "M", date(1980, 1, 1)
            case = make_case(session, place, person)
            if index == 0:
                visit = Visit(household_id=place.household_id, community_id=place.community_id,
                              visited_at=day - timedelta(days=1), outcome="screened")
                session.add(visit)
                session.flush()
                session.add(ScreeningResult(visit_id=visit.id, person_id=person.id,
                                            temperature_c=Decimal("38.6"), has_symptoms=True,
                                            symptoms="干咳"))
            number = f"ZY{day:%Y%m%d}{index + 1:04d}"
            make_transfer(session, place, case, number=number,
                          ordered_at=day + timedelta(minutes=index),
                          crew=(f"周警官{index}", f"吴医生{index}"))
            numbers.append(number)
    return numbers
