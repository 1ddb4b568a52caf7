"""The daily report: the sentence's figures equal independent counts, the PDF's text layer reads
the sentence back, every page carries the title and its number, the district's coverage and the
per-station sections are there, no word is broken in either language, the workbook holds every
section with numbers as numbers, and the command refuses what it cannot do with a reason, an
exit code and no file (both backends)."""
from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from controllers.reports.daily import ReportRefused, daily_report
from controllers.reports.daily_file import write_daily_report
from controllers.reports.daily_pdf import report_paper
from controllers.reports.daily_sections import headline
from controllers.runtime.language import install_translators
from main import run
from models.db.database import Database
from models.schema import ScreeningResult, TransferOrder, Visit
from tests.support.factories import signed_in
from tests.support.paper import broken_words, page_texts
from tests.support.sample_district import add_sample_district

DAY1, DAY2 = date(2020, 2, 10), date(2020, 2, 11)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    undo = install_translators(qapp, "zh")
    yield
    undo()


def counted_by_hand(database: Database, day: date) -> tuple[int, int]:
    """Persons with a screening result by the end of `day`, persons delivered by then: the rows
    walked in Python, independently of the report's SQL (the sample is a dozen rows)."""
    end = datetime.combine(day + timedelta(days=1), datetime.min.time())
    with database.sessions() as session:
        screened = {person for person, at in session.execute(
            select(ScreeningResult.person_id, Visit.visited_at)
            .join(Visit, Visit.id == ScreeningResult.visit_id)) if at < end}
        sent = {case for case, at in session.execute(
            select(TransferOrder.case_id, TransferOrder.delivered_at))
                if at is not None and at < end}
    return len(screened), len(sent)


def test_the_sentence_counts_what_happened_by_the_end_of_the_day(database: Database) -> None:
    add_sample_district(database)
    user = signed_in("viewer")
    for day in (DAY1, DAY2):
        report = daily_report(database, user=user, day=day)
        assert (report.screened, report.sent) == counted_by_hand(database, day)
    first = daily_report(database, user=user, day=DAY1)
    assert (first.screened, first.sent) == (2, 1)
    assert "2 persons and sent 1" in headline(first)
    second = daily_report(database, user=user, day=DAY2)
    assert second.screened == 4
    assert {row.station: row.screened for row in second.stations} == {"东湖派出所": 4,
                                                                       "花山派出所": 0}
    assert first.transfers_ordered == 2 and first.response_today == (7, 7)
    assert first.stations[0].open_cases == 4  # opened on day 1, 赵敏 cleared (not closed_at)


def test_the_pdf_reads_back_the_sentence(database: Database, tmp_path: Path,
                                         chinese: None) -> None:
    add_sample_district(database)
    out = tmp_path / "daily.pdf"
    write_daily_report(database, user=signed_in("viewer"), day=DAY2, path=out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "截至2月11日，全区共排查核查4人，转运收治1人" in text
    assert "分派出所情况" in text and "东湖派出所" in text and "四类人员" in text


def test_the_workbook_holds_every_section(database: Database, tmp_path: Path,
                                          chinese: None) -> None:
    add_sample_district(database)
    out = tmp_path / "daily.xlsx"
    write_daily_report(database, user=signed_in("viewer"), day=DAY1, path=out)
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    first_cells = [row[0] for row in rows if row]
    assert rows[1][0] == "截至2月10日，全区共排查核查2人，转运收治1人。"
    for title in ("分派出所情况", "四类人员", "转运与响应时间", "队伍与停岗", "防疫物资"):
        assert title in first_cells
    station = next(row for row in rows if row and row[0] == "东湖派出所")
    assert station[4] == 2  # screened by the end of day 1, a number cell


def test_every_page_has_the_title_its_number_and_the_district_coverage(
        database: Database, tmp_path: Path, chinese: None) -> None:
    add_sample_district(database)
    out = tmp_path / "daily.pdf"
    report = write_daily_report(database, user=signed_in("viewer"), day=DAY2, path=out)
    pages = [text.replace(" ", "") for text in page_texts(out)]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "日报（2020-02-11）" in text and f"第{number}页共{len(pages)}页" in text
    whole = "".join(pages)
    done = sum(row.households_done for row in report.stations)
    households = sum(row.households for row in report.stations)
    district = next(line for line in whole.splitlines() if line.startswith("全区合计"))
    assert f"{done / households:.1%}" in district
    for title in ("分派出所四类人员", "分派出所转运与响应时间"):
        assert title in whole
    assert "确诊" in whole and "中位数" in whole   # the headers wrap between characters


@pytest.mark.parametrize("language", ["zh", "en"])
def test_no_word_is_broken(database: Database, qapp: QApplication, language: str) -> None:
    add_sample_district(database)
    undo = install_translators(qapp, language)
    try:
        report = daily_report(database, user=signed_in("viewer"), day=DAY2)
        assert broken_words(report_paper(report)) == []
    finally:
        undo()


def test_the_workbook_holds_numbers_as_numbers(database: Database, tmp_path: Path,
                                                chinese: None) -> None:
    add_sample_district(database)
    out = tmp_path / "daily.xlsx"
    write_daily_report(database, user=signed_in("viewer"), day=DAY2, path=out)
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    texts = [cell for row in rows[2:] for cell in row[1:] if isinstance(cell, str) and cell]
    assert not [text for text in texts if text.rstrip("%").replace(",", "").isdigit()]
    district = next(row for row in rows if row and row[0] == "全区合计")
    assert isinstance(district[7], float) and 0 < district[7] <= 1   # coverage, a share
    first_cells = [row[0] for row in rows if row]
    assert "分派出所四类人员" in first_cells and "分派出所转运与响应时间" in first_cells


def test_a_day_without_figures_is_refused(database: Database, tmp_path: Path) -> None:
    add_sample_district(database)
    out = tmp_path / "daily.pdf"
    with pytest.raises(ReportRefused) as refused:
        write_daily_report(database, user=signed_in("viewer"), day=date(2020, 3, 1), path=out)
    assert refused.value.code == "report_no_data"
    assert not out.exists()


@pytest.mark.parametrize(("argv", "code", "says"), [
    (["--date", "2020-03-01", "--out", "{tmp}/r.pdf"], 1, "nothing was recorded on 2020-03-01"),
    (["--out", "{tmp}/r.docx"], 2, "PDF or xlsx"),
    (["--date", "1 March", "--out", "{tmp}/r.pdf"], 2, "bad date"),
])
def test_the_command_refuses_with_a_reason(database_url: str, tmp_path: Path, argv: list[str],
                                           code: int, says: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from models.opening import open_database
    database = open_database(database_url)
    add_sample_district(database)
    database.dispose()
    arguments = [part.replace("{tmp}", str(tmp_path)) for part in argv]
    assert run(["--lang", "en", "--db", database_url, "report", "daily", *arguments]) == code
    captured = capsys.readouterr()
    assert says in captured.out + captured.err
    assert not list(tmp_path.glob("r.*"))


def test_the_command_writes_the_last_day_by_default(database_url: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from models.opening import open_database
    database = open_database(database_url)
    add_sample_district(database)
    database.dispose()
    out = tmp_path / "daily.xlsx"
    assert run(["--lang", "en", "--db", database_url, "report", "daily", "--out", str(out)]) == 0
    assert "daily report of 2020-02-11: 4 screened, 1 sent" in capsys.readouterr().out
    assert out.exists()
