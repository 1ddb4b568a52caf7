"""Every PDF Canvass writes embeds a font that draws Chinese (pdffonts), chosen by name so the
text layer reads back; a machine without one gets exit 1 and one line, not a PDF of boxes; the
system's font files are found on Windows, where the offscreen platform misses them."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from controllers.paper import fonts
from controllers.paper.duty_roster import print_duty_roster
from main import run
from models.db.database import Database
from models.schema import PoliceStation
from tests.support.factories import signed_in
from tests.support.paper import embedded_fonts, page_texts
from tests.support.sample_district import add_sample_district

COMMANDS = {
    "sheet": ["sheet", "ZY-0001"],
    "day's sheets": ["sheet", "--date", "2020-02-10"],
    "knock list": ["knock-list", "东湖社区"],
    "daily report": ["report", "daily", "--date", "2020-02-11"],
}


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The commands find the shared QApplication of the test process."""


def has_chinese_font(path: Path) -> bool:
    wanted = fonts.chinese_font_family().replace(" ", "")
    return any(name.split("+")[-1].startswith(wanted) and embedded
               for name, embedded in embedded_fonts(path))


@pytest.mark.parametrize("what", list(COMMANDS))
def test_every_pdf_a_command_writes_embeds_the_chinese_font(
        database: Database, database_url: str, tmp_path: Path, what: str) -> None:
    add_sample_district(database)
    out = tmp_path / "paper.pdf"
    assert run(["--db", database_url, "--lang", "zh", *COMMANDS[what], "--out", str(out)]) == 0
    assert has_chinese_font(out)
    assert any(name in "".join(page_texts(out)) for name in ("张伟", "东湖社区", "东湖派出所"))


def test_the_duty_roster_embeds_it_too(database: Database, tmp_path: Path) -> None:
    add_sample_district(database)
    with database.sessions() as session:
        station = session.scalar(select(PoliceStation.id).where(PoliceStation.code == "S01"))
    out = tmp_path / "roster.pdf"
    print_duty_roster(database, signed_in("clerk"), int(station or 0), date(2020, 2, 10), out)
    assert has_chinese_font(out) and "东湖派出所" in "".join(page_texts(out))


@pytest.mark.parametrize("what", list(COMMANDS))
def test_a_machine_without_a_chinese_font_gets_exit_1_and_one_line(
        database: Database, database_url: str, tmp_path: Path, what: str,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    add_sample_district(database)
    monkeypatch.setattr(fonts, "claimed_families", list)   # finds none
    out = tmp_path / "paper.pdf"
    assert run(["--db", database_url, "--lang", "en", *COMMANDS[what], "--out", str(out)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "font" in lines[0] and "Chinese" in lines[0]
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_family_fontconfig_only_substitutes_is_not_taken() -> None:
    assert fonts.draws_chinese("WenQuanYi Micro Hei") or not shutil.which("fc-list")
    assert not fonts.draws_chinese("No Such Font SC")


def test_fonts_whose_text_layer_reads_back_come_first() -> None:
    claimed = ["Noto Sans CJK SC", "AR PL UMing CN", "SimSun", "Microsoft YaHei"]
    assert fonts.ranked(claimed) == ["Microsoft YaHei", "SimSun", "AR PL UMing CN",
                                     "Noto Sans CJK SC"]


def test_font_files_of_a_windows_fonts_folder_are_added(tmp_path: Path) -> None:
    """What the offscreen platform on Windows needs: the .ttc files registered by hand (here a
    WenQuanYi file standing in for msyh.ttc)."""
    if shutil.which("fc-match") is None:
        pytest.skip("fc-match (fontconfig) is not installed")
    found = subprocess.run(["fc-match", "-f", "%{file}", "WenQuanYi Micro Hei"],
                           capture_output=True, text=True, check=True).stdout
    if not found.endswith((".ttc", ".ttf")):
        pytest.skip("no WenQuanYi font file to stand in for Microsoft YaHei")
    shutil.copy(found, tmp_path / "msyh.ttc")
    assert "WenQuanYi Micro Hei" in fonts.add_font_files(tmp_path)


@pytest.mark.parametrize(("system", "platform"), [
    ("linux", "offscreen"), ("darwin", "offscreen"), ("win32", None)])
def test_commands_keep_the_platform_that_sees_the_system_fonts(system: str,
                                                               platform: str | None) -> None:
    assert fonts.platform_for_commands(system) == platform
