"""The sheet's QR code is read back from the PDF as the receiving desk would scan it: rendered
at 150 dpi in colour and at 300 dpi in black and white, decoded by zxing-cpp (and by zbar where
zbarimg is installed: CI installs it), a standard QR code (never a Micro QR), drawn as vectors
(the PDF holds no picture of it); a sheet with a long remark stays on one page and still scans."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PySide6.QtGui import QImage

from controllers.paper.qr import modules
from controllers.paper.sheet_pdf import print_sheets
from controllers.paper.transfer_sheet import sheet_by_number
from models.db.database import Database
from tests.support.factories import signed_in
from tests.support.sheets import add_transfers

RENDERINGS = {"150 dpi colour": ["-r", "150", "-png"], "300 dpi black and white": ["-r", "300", "-mono"]}


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """Rendering needs the shared QApplication of the test process."""


@pytest.fixture
def sheet_pdf(database: Database, tmp_path: Path) -> tuple[Path, str]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    number = add_transfers(database)[0]
    sheet = sheet_by_number(database, signed_in("dispatcher"), number)
    out = tmp_path / "sheet.pdf"
    assert print_sheets(database, signed_in("dispatcher"), [sheet], out) == 1
    return out, number


def decoded(picture: Path) -> list[tuple[str, object]]:
    """What zxing-cpp reads on the page: (text, format) of each code."""
    image = QImage(str(picture)).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not image.isNull()
    pixels = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    rows = pixels.reshape(image.height(), image.bytesPerLine())[:, :image.width()]
    return [(code.text, code.format) for code in zxingcpp.read_barcodes(np.ascontiguousarray(rows))]


def rendered(pdf: Path, options: list[str]) -> Path:
    stem = pdf.with_name(pdf.stem + "-" + "-".join(options).replace("-", ""))
    subprocess.run(["pdftoppm", *options, "-singlefile", str(pdf), str(stem)], check=True,
                   timeout=60)
    return next(stem.parent.glob(stem.name + ".*"))


def test_short_numbers_are_standard_qr_codes() -> None:
    matrix = modules("ZY202002200001")
    assert len(matrix) == 21 + 2 * 4      # version 1 with its quiet zone, not an 11-17 Micro QR


@pytest.mark.parametrize("rendering", list(RENDERINGS))
def test_the_code_decodes_from_the_rendered_pdf(sheet_pdf: tuple[Path, str], rendering: str) -> None:
    pdf, number = sheet_pdf
    assert decoded(rendered(pdf, RENDERINGS[rendering])) == [(number, zxingcpp.BarcodeFormat.QRCode)]


@pytest.mark.parametrize("rendering", list(RENDERINGS))
def test_zbar_reads_it_too(sheet_pdf: tuple[Path, str], rendering: str) -> None:
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed; .ci/run installs it")
    pdf, number = sheet_pdf
    picture = rendered(pdf, RENDERINGS[rendering])
    if picture.suffix != ".png":          # zbar reads PNG; the 1-bit page converted losslessly
        png = picture.with_suffix(".png")
        QImage(str(picture)).save(str(png))
        picture = png
    read = subprocess.run(["zbarimg", "--quiet", "--raw", str(picture)], capture_output=True,
                          text=True, timeout=60)
    assert read.stdout.split() == [number]


def test_the_code_is_vectors_not_a_picture(sheet_pdf: tuple[Path, str]) -> None:
    if shutil.which("pdfimages") is None:
        pytest.skip("pdfimages (poppler-utils) is not installed")
    pdf, _number = sheet_pdf
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True, timeout=60).stdout.splitlines()[2:]
    sizes = [(int(line.split()[3]), int(line.split()[4])) for line in listing]
    assert all(width * height <= 1 for width, height in sizes), sizes   # at most the blank square


def test_a_long_sheet_keeps_to_one_page_and_still_scans(database: Database,
                                                         tmp_path: Path) -> None:
    number = add_transfers(database)[0]
    sheet = sheet_by_number(database, signed_in("dispatcher"), number)
    long = replace(sheet, override_reason="病人家属要求送往离家较近的定点医院，已电话联系医院确认床位。" * 8,
                   failure_reason="第一次到达时无人应门，邻居告知病人在亲戚家。" * 4)
    out = tmp_path / "long.pdf"
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    assert print_sheets(database, signed_in("dispatcher"), [long], out) == 1
    assert [text for text, _format in decoded(rendered(out, RENDERINGS["150 dpi colour"]))] == [number]
