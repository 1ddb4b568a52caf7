"""The printed knock list: open doors only, grouped by building and unit, A4, Chinese text that
reads back from the PDF's text layer; the command finds the community by name or code."""
from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from controllers.paper.knock_list import knock_list_html, load_knock_list
from controllers.runtime.context import SCREEN_ONLY_USER
from main import run
from models.db.database import Database
from tests.support.sample_district import DAY, add_sample_district

NOW = DAY + timedelta(days=2)


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The command starts a QGuiApplication when none exists; in the test process the shared
    QApplication must come first (two kinds of application in one process abort)."""


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout


def test_the_list_holds_only_open_doors(database: Database) -> None:
    sample = add_sample_district(database)
    sheet = load_knock_list(database, SCREEN_ONLY_USER, sample.communities["东湖社区"], NOW)
    assert [door.door for door in sheet.doors] == ["03", "04"]  # refused, nobody home
    groups = list(sheet.by_building_and_unit())
    assert [key for key, _doors in groups] == [("1", "")]
    assert "☐" in knock_list_html(sheet)


def test_command_prints_a_chinese_pdf_by_name_and_by_code(
        database: Database, database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    add_sample_district(database)
    url = database_url
    by_name, by_code = tmp_path / "name.pdf", tmp_path / "code.pdf"
    assert run(["--db", url, "--lang", "zh", "knock-list", "东湖社区", "--out", str(by_name)]) == 0
    assert run(["--db", url, "--lang", "en", "knock-list", "C02", "--out", str(by_code)]) == 0
    text = pdf_text(by_name)
    assert "敲门清单" in text and "东湖社区" in text and "门牌" in text and "无人在家" in text
    assert "水果湖社区" in pdf_text(by_code)
    assert "open doors" in capsys.readouterr().out


@pytest.mark.parametrize(("community", "out", "code"), [
    ("没有这个社区", "x.pdf", 1), ("东湖社区", "x.png", 2), ("东湖社区", "missing/x.pdf", 2)])
def test_command_refuses_bad_input_and_writes_nothing(database: Database, database_url: str,
                                                     tmp_path: Path, community: str, out: str,
                                                     code: int) -> None:
    add_sample_district(database)
    url = database_url
    target = tmp_path / out
    assert run(["--db", url, "knock-list", community, "--out", str(target)]) == code
    assert not target.exists()
