"""Exporting as a role: masking, the case list's screen filters, refusal, the audit entry and
`canvass export`."""
from __future__ import annotations

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

import main
from controllers.exporting.lists import export_list
from controllers.runtime.actions import SignedInUser
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.enums import CaseCategory, UserRole
from models.schema.accounts import AuditEntry
from tests.factories import make_case, make_person, make_place


def _user(role: UserRole) -> SignedInUser:
    return SignedInUser(None, role.value, role.value, role)


def _fill(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        make_case(session, place, make_person(session, place))
        other = make_person(session, place, "李娜")
        other.resident_id = "420102199002021236"
        confirmed = make_case(session, place, other)
        confirmed.category = CaseCategory.CONFIRMED
        session.commit()


def test_the_screen_filters_and_the_role_shape_the_list(database: Database,
                                                        tmp_path: Path) -> None:
    _fill(database)
    path = tmp_path / "confirmed.xlsx"
    assert export_list(database, _user(UserRole.COMMANDER), "cases", path,
                       case_filters={"category": CaseCategory.CONFIRMED.value}) == 1
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert [r[0] for r in rows[1:]] == ["李娜"] and rows[1][1] == "420102199002021236"
    export_list(database, _user(UserRole.DISPATCHER), "cases", path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert {r[1] for r in rows[1:]} == {"420102********1234", "420102********1236"}
    with database.sessions() as session:
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
        assert [(a.username, a.table_name) for a in audits] == [("commander", "cases"),
                                                                 ("dispatcher", "cases")]


def test_a_role_without_export_is_refused_and_no_file_appears(database: Database,
                                                              tmp_path: Path) -> None:
    _fill(database)
    with pytest.raises(PermissionDenied):
        export_list(database, _user(UserRole.CLERK), "cases", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_the_command_exports_masked_and_refuses_a_bad_suffix(
        database: Database, database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    _fill(database)
    out = tmp_path / "cases.csv"
    assert main.run(["--db", database_url, "export", "cases", "--out", str(out)]) == 0
    assert "2 cases rows" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8-sig")
    assert "420102********1234" in text and "420102198001011234" not in text
    assert main.run(["--db", database_url, "export", "cases", "--out",
                     str(tmp_path / "cases.pdf")]) == 2
    assert capsys.readouterr().err.startswith("canvass: ")
