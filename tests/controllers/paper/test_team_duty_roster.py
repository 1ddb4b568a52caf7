"""The printed duty roster: read back from the PDF's text layer, phones masked by role."""
from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from controllers.paper.duty_roster import print_duty_roster
from models.db.database import Database
from models.teams.responder_health import record_check
from tests.support.factories import NOW, TODAY, signed_in
from tests.support.paper import page_size
from tests.support.rosters import make_roster


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_roster_pdf_lists_shifts_leaders_and_stand_downs(database: Database, tmp_path: Path,
                                                        qapp: object) -> None:
    """`qapp`: pytest-qt's QApplication, so later widget tests find a full application."""
    with database.sessions.begin() as session:
        roster = make_roster(session)
        record_check(session, roster.people["王警官"], Decimal("38.0"), False, NOW, None)
    out = tmp_path / "roster.pdf"
    sheet, pages = print_duty_roster(database, signed_in("clerk"), roster.place.station_id, TODAY, out)
    assert pages == 1 and len(sheet.rows) == 2
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "大智派出所" in text and "快反一队" in text
    assert "李队长" in text and "(leader)" in text
    assert "07:30–19:30" in text
    assert "139****5678" in text and "13912345678" not in text
    assert "38.0" in text  # the stand-down and its reason
    width, height = page_size(out)
    assert width > height and "Page 1 of 1" in text   # landscape, numbered
