"""Pages as a printed form needs them, for any paper: the title and "第 N 页 共 M 页" on every
page, a table's header repeated on each page it runs onto, no heading alone at the bottom of a
page, the document's own orientation."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from controllers.paper.pages import Orientation, Paper, body_size, laid_out
from controllers.paper.pdf import a4_layout, write_papers_pdf
from controllers.runtime.language import install_translators
from tests.support.paper import page_size, page_texts

ROWS = "".join(f"<tr><td>Station {i}</td><td>{i * 7}</td></tr>" for i in range(120))
LONG_TABLE = ("<h2>Per police station</h2><table border='1' width='100%'><thead><tr>"
              "<th>Column A</th><th>Column B</th></tr></thead>" + ROWS + "</table>")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    undo = install_translators(qapp, "zh")
    yield
    undo()


def test_every_page_has_the_title_its_number_and_the_table_header(tmp_path: Path,
                                                                   qapp: object) -> None:
    out = tmp_path / "long.pdf"
    pages = write_papers_pdf([Paper(LONG_TABLE, "Duty roster: 大智派出所")], out)
    texts = page_texts(out)
    assert pages == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert "Duty roster: 大智派出所" in text
        assert f"Page {number} of {pages}" in text
        assert "Column A" in text and "Column B" in text
    assert all(f"Station {i}" in "".join(texts) for i in range(120))


def test_page_numbers_read_in_chinese(tmp_path: Path, chinese: None) -> None:
    out = tmp_path / "long.pdf"
    pages = write_papers_pdf([Paper(LONG_TABLE, "值班表")], out)
    texts = [text.replace(" ", "") for text in page_texts(out)]   # pdftotext drops narrow gaps
    assert [f"第{n}页共{pages}页" in text for n, text in enumerate(texts, 1)] == [True] * pages


def _page(document: QTextDocument, y: float, height: float) -> int:
    return int(y // height)


@pytest.mark.parametrize("filler", range(0, 60, 3))
def test_a_heading_never_ends_a_page(filler: int, qapp: object) -> None:
    """Whatever comes before it, a heading is on the page of its table's first row."""
    html = "".join(f"<p>filler line {i}</p>" for i in range(filler)) + LONG_TABLE
    page = body_size(a4_layout())
    document = laid_out(Paper(html, "t"), page)
    layout = document.documentLayout()
    block = document.begin()
    while block.blockFormat().headingLevel() == 0:
        block = block.next()
    heading = layout.blockBoundingRect(block)
    table = QTextCursor(block.next()).currentTable()
    assert table is not None and table.format().headerRowCount() == 1
    first_row = layout.blockBoundingRect(table.cellAt(1, 0).firstCursorPosition().block())
    assert _page(document, heading.top(), page.height()) == \
        _page(document, first_row.bottom(), page.height())


@pytest.mark.parametrize(("orientation", "wide"), [(Orientation.Portrait, False),
                                                   (Orientation.Landscape, True)])
def test_the_pdf_has_the_papers_orientation(tmp_path: Path, orientation: Orientation,
                                            wide: bool, qapp: object) -> None:
    out = tmp_path / "page.pdf"
    write_papers_pdf([Paper("<p>日报</p>", "日报", orientation)], out)
    width, height = page_size(out)
    assert (width > height) is wide
