"""The district workbook's use cases: the commander's alone, audited under the person, and every
problem worded in Chinese (and English) with its place."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from controllers.runtime.actions import SignedInUser
from controllers.runtime.language import install_translators
from controllers.setup.problem_text import REFUSALS, SENTENCES, fill, located, refusal_sentence
from controllers.setup.workbook import export_workbook, import_workbook, open_workbook
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.enums import UserRole
from models.schema import AuditEntry
from models.setup.problems import SetupCode, SetupProblem, WrongShape
from models.setup.refusals import SetupRefusal
from tests.support.district_workbook import write_district

COMMANDER = SignedInUser(None, "zhang", "张指挥", UserRole.COMMANDER)


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    remove = install_translators(qapp, "zh")
    try:
        yield
    finally:
        remove()


def test_only_the_commander_sets_up_the_district(database: Database, tmp_path: Path) -> None:
    path = write_district(tmp_path / "d.xlsx")
    for role in (UserRole.DISPATCHER, UserRole.CLERK, UserRole.VIEWER, UserRole.ADMIN):
        user = SignedInUser(None, role.value, role.value, role)
        with pytest.raises(PermissionDenied):
            open_workbook(database, user, path)
        with pytest.raises(PermissionDenied):
            export_workbook(database, user, tmp_path / "out.xlsx")
    book = open_workbook(database, COMMANDER, path)
    result = import_workbook(database, COMMANDER, book)
    assert result.written and not result.refused
    with database.sessions() as session:
        users = set(session.scalars(select(AuditEntry.username)))
    assert users == {"zhang"}


def test_the_export_is_audited(database: Database, tmp_path: Path) -> None:
    import_workbook(database, COMMANDER, open_workbook(database, COMMANDER,
                                                       write_district(tmp_path / "d.xlsx")))
    counts = export_workbook(database, COMMANDER, tmp_path / "out.xlsx")
    assert counts["responders"] == 9
    with database.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.table_name == "district_workbook" and "out.xlsx" in entry.changes


def test_every_problem_reads_in_chinese(chinese: None) -> None:
    assert set(SENTENCES) == set(SetupCode) and set(REFUSALS) == set(SetupRefusal)
    for code in SetupCode:
        problem = SetupProblem("队员", 5, "队长", code, ("甲", "乙", "丙"))
        line = located(problem)
        assert line.startswith("队员，第 5 行，“队长”列：")
        english = fill(SENTENCES[code], problem.values)
        assert "%" not in line and not line.endswith(english), line
    assert located(SetupProblem("说明", 0, "", SetupCode.DISTRICT_MISSING)).startswith("说明：")
    refusal = WrongShape("", SetupRefusal.LOOKS_LIKE_REGISTER, "姓名、身份证号")
    assert refusal_sentence(refusal, "永清社区.xlsx") == (
        "永清社区.xlsx 看来是社区户籍名册（姓名、身份证号），不是全区基础数据工作簿：名册请用 canvass import 导入")


def test_english_is_the_source(qapp: QCoreApplication) -> None:
    problem = SetupProblem("Vehicles", 3, "plate", SetupCode.NOT_A_PLATE, ("AB123",))
    assert located(problem).startswith("Vehicles, row 3, column plate: “AB123” is not a Chinese plate")
