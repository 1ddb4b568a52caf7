"""`canvass sheet`: one sheet by number or a day's batch, in Chinese, whose PDF text layer
reads back; identifiers masked for a signed-in dispatcher, in full for a commander; an unknown
number or bad arguments write nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from main import run
from models.db.database import Database
from tests.support.sheets import add_transfers, pdf_text
from tests.support.signing_in import account, signed_in


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The command starts a QGuiApplication when none exists; the test process has one."""


def test_one_sheet_reads_back_in_chinese_with_the_id_masked(
        database: Database, database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    add_transfers(database)
    account(database, "zhang", "commander")
    signed_in(database, monkeypatch, "dispatcher", "wang")
    out = tmp_path / "sheet.pdf"
    assert run(["--db", database_url, "--lang", "zh", "sheet", "ZY202002200001",
                "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "转运单" in text and "张伟" in text and "ZY202002200001" in text
    assert "接收机构" in text and "420102********1234" in text
    assert "420102198001011234" not in text
    assert "转运单 ZY202002200001，共 1 页（身份证号和电话已打码）" in capsys.readouterr().out
    signed_in(database, monkeypatch, "commander", "zhang-2")   # a commander's sheet: in full
    assert run(["--db", database_url, "--lang", "zh", "sheet", "ZY202002200001",
                "--out", str(out)]) == 0
    assert "420102198001011234" in pdf_text(out)
    assert "（身份证号和电话完整显示）" in capsys.readouterr().out


def test_a_day_prints_every_sheet_on_its_own_page(database: Database, database_url: str,
                                                 tmp_path: Path) -> None:
    add_transfers(database, count=3)
    out = tmp_path / "day.pdf"
    assert run(["--db", database_url, "sheet", "--date", "2020-02-20", "--out", str(out)]) == 0
    text = pdf_text(out)
    assert text.count("\f") >= 3 and "ZY202002200003" in text and "病人2" in text


@pytest.mark.parametrize(("arguments", "code"), [
    (["sheet", "ZY-NOPE", "--out", "x.pdf"], 1),
    (["sheet", "--date", "2020-03-01", "--out", "x.pdf"], 1),
    (["sheet", "--date", "20.2.2020", "--out", "x.pdf"], 2),
    (["sheet", "--out", "x.pdf"], 2),
    (["sheet", "ZY202002200001", "--out", "x.png"], 2),
])
def test_bad_input_is_refused_and_nothing_written(database: Database, database_url: str,
                                                  tmp_path: Path, arguments: list[str],
                                                  code: int) -> None:
    add_transfers(database)
    arguments = [str(tmp_path / a) if a.startswith("x.") else a for a in arguments]
    assert run(["--db", database_url, *arguments]) == code
    assert not list(tmp_path.glob("x.*"))
