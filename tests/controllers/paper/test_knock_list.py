"""The printed knock list: open doors only, grouped by building and unit, a row and a
temperature box for every registered member, the work group, the date and the signature lines,
in both languages without a word broken; A4 pages with the title, the page number and the
column headers on each; Chinese text that reads back from the PDF's text layer; the command
finds the community by name or code."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from controllers.paper.knock_list import knock_list_html, knock_list_paper, load_knock_list
from controllers.paper.pdf import write_papers_pdf
from controllers.runtime.context import SCREEN_ONLY_USER
from controllers.runtime.language import install_translators
from main import run
from models.communities.knock_list import Door, KnockList, Resident
from models.db.database import Database
from models.schema import Household, Person, team_community
from tests.support.paper import broken_words, page_texts
from tests.support.sample_district import DAY, Sample, add_sample_district

NOW = DAY + timedelta(days=2)


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The command starts a QGuiApplication when none exists; in the test process the shared
    QApplication must come first (two kinds of application in one process abort)."""


@pytest.fixture(params=["zh", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    undo = install_translators(qapp, request.param)
    yield str(request.param)
    undo()


def pdf_text(path: Path) -> str:
    return "".join(page_texts(path))


def add_family_and_work_group(database: Database, sample: Sample) -> None:
    """李娜's mother moves in at door 03; 花山工作组 is assigned to 东湖社区."""
    community = sample.communities["东湖社区"]
    with database.sessions.begin() as session:
        door = session.scalar(select(Household).where(Household.community_id == community,
                                                      Household.door == "03"))
        assert door is not None
        session.add(Person(household_id=door.id, community_id=community, name="孙秀英",
                           sex="F", birth_date=date(1950, 3, 1)))
        session.execute(team_community.insert().values(team_id=sample.teams["花山工作组"],
                                                       community_id=community))


def long_list(doors: int = 40) -> KnockList:
    people = (Resident("王建国", "M", 52, head=True), Resident("李秀兰", "F", 50),
              Resident("王小明", "M", 12))
    return KnockList("长江社区", "大智派出所", "C09", datetime(2020, 2, 20, 8), tuple(
        Door(index, "1", str(index // 10 + 1), f"{index + 1:02d}01", "", 3, "王建国", None, None,
             (), people) for index in range(doors)), ("长江工作组",))


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
    assert "敲门清单" in text and "东湖社区" in text and "体温" in text and "无人在家" in text
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


def test_every_member_has_a_row_and_a_temperature_box(database: Database, tmp_path: Path,
                                                      language: str) -> None:
    sample = add_sample_district(database)
    add_family_and_work_group(database, sample)
    sheet = load_knock_list(database, SCREEN_ONLY_USER, sample.communities["东湖社区"], NOW)
    assert [[person.name for person in door.residents] for door in sheet.doors] == [
        ["李娜", "孙秀英"], ["刘洋"]]
    assert sheet.work_groups == ("花山工作组",)
    out = tmp_path / "list.pdf"
    write_papers_pdf([knock_list_paper(sheet)], out)
    text = pdf_text(out)
    assert "李娜" in text and "孙秀英" in text and "刘洋" in text and "花山工作组" in text
    words = {"zh": ("体温", "工作组", "入户日期", "组长签名", "日期", "有", "已排查"),
             "en": ("Temperature", "Work group", "Date of the visits", "Team leader's signature",
                    "Date:", "yes", "Screened")}[language]
    assert all(word in text for word in words), text
    yes = {"zh": "☐有", "en": "☐yes"}[language]
    assert text.replace(" ", "").count(yes) == 3      # a symptoms box per member
    assert text.count(words[-1]) == 2           # an outcome per door


def test_no_word_is_broken(language: str) -> None:
    assert broken_words(knock_list_paper(long_list())) == []


def test_every_page_has_its_title_number_and_column_headers(tmp_path: Path,
                                                            language: str) -> None:
    out = tmp_path / "long.pdf"
    pages = write_papers_pdf([knock_list_paper(long_list())], out)
    assert pages >= 2
    title, header = {"zh": ("敲门清单：长江社区", "体温"),
                     "en": ("Knock list: 长江社区", "Temperature")}[language]
    for number, text in enumerate(page_texts(out), start=1):
        page = {"zh": f"第{number}页共{pages}页",
                "en": f"Page {number} of {pages}"}[language]
        assert title in text and header in text
        assert page.replace(" ", "") in text.replace(" ", "")
