"""QR codes on paper, drawn as vectors from the module matrix.

A scanner at the receiving desk must read the sheet number at whatever resolution the sheet
was printed or photocopied: so always a standard QR code (`segno.make` picks a Micro QR for a
short number, which common scanners and zbar do not read), with its four-module quiet zone,
drawn as filled squares (not a picture, which the PDF writer would store as a lossy JPEG).

QTextDocument cannot draw a vector of its own, so the HTML holds a blank placeholder image
(`qr_img`) that reserves the code's square in the layout, and the page painter
(controllers/paper/pages.py) fills the square with the code: `qr_squares` finds where the
layout put each one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from typing import cast
from urllib.parse import quote, unquote

import segno
from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPainterPath,
    Qt,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFragment,
)

SCHEME = "qr:"
QUIET_ZONE = 4            # modules of white around the code, as the standard asks
PLACEHOLDER = re.compile(r"src='(qr:[^']*)'")


@dataclass(frozen=True)
class QrSquare:
    """A code and the square the layout gave it, in document coordinates."""
    data: str
    rect: QRectF


def qr_img(data: str, size: int) -> str:
    """The placeholder the code is painted into: `size` document units square."""
    return f"<img src='{escape(SCHEME + quote(data, safe=''))}' width='{size}' height='{size}'/>"


def modules(data: str) -> tuple[tuple[bool, ...], ...]:
    """The code's dark and light modules, quiet zone included; always a standard QR code."""
    code = segno.make_qr(data, error="m")
    rows = [tuple(bool(cell) for cell in row) for row in code.matrix]
    width = len(rows[0]) + 2 * QUIET_ZONE
    blank = (False,) * width
    pad = (False,) * QUIET_ZONE
    return ((blank,) * QUIET_ZONE + tuple(pad + row + pad for row in rows)
            + (blank,) * QUIET_ZONE)


def qr_path(data: str, rect: QRectF) -> QPainterPath:
    """The dark modules as one path filling `rect`, each row's runs of dark modules one
    rectangle: filled at once, neighbouring squares leave no seam at any resolution."""
    matrix = modules(data)
    unit = min(rect.width(), rect.height()) / len(matrix)
    path = QPainterPath()
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            path.addRect(QRectF(rect.x() + start * unit, rect.y() + y * unit,
                                (x - start) * unit, unit))
    return path


def paint_qr(painter: QPainter, square: QrSquare) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(square.rect, Qt.GlobalColor.white)
    painter.fillPath(qr_path(square.data, square.rect), Qt.GlobalColor.black)
    painter.restore()


def add_placeholders(document: QTextDocument, html: str) -> None:
    """A blank image for every code in `html`, so the layout reserves its square and the PDF
    holds no picture of it (must precede setHtml: the layout asks for images as it lays out)."""
    blank = QImage(1, 1, QImage.Format.Format_ARGB32)
    blank.fill(Qt.GlobalColor.transparent)
    for name in set(PLACEHOLDER.findall(html)):
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), blank)


def _code_fragments(document: QTextDocument) -> Iterator[tuple[QTextBlock, QTextFragment]]:
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            form = fragment.charFormat()
            if form.isImageFormat() and form.toImageFormat().name().startswith(SCHEME):
                yield block, fragment
            fragments += 1
        block = block.next()


def align_codes_to_line_tops(document: QTextDocument) -> None:
    """Each code's top at its line's top (Qt centres an image on the text by default): then
    the square is found from the line alone, whatever else the line holds."""
    top = QTextCharFormat()
    top.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignTop)
    for _block, fragment in list(_code_fragments(document)):
        cursor = QTextCursor(document)
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(top)


def qr_squares(document: QTextDocument) -> list[QrSquare]:
    """Every code's square, where the layout put it: its block's place, its line's top, its x
    in the line."""
    found: list[QrSquare] = []
    document.pageCount()   # the whole layout: Qt lays out a long document lazily, in steps
    layout = document.documentLayout()
    for block, fragment in _code_fragments(document):
        image = fragment.charFormat().toImageFormat()
        offset = fragment.position() - block.position()
        origin = layout.blockBoundingRect(block).topLeft()   # lays the block out if not yet
        line = block.layout().lineForTextPosition(offset)
        if not line.isValid():
            continue
        x, _cursor = cast(tuple[float, int], line.cursorToX(offset))   # PySide: (x, position)
        rect = QRectF(origin.x() + x, origin.y() + line.y(), image.width(), image.height())
        found.append(QrSquare(unquote(image.name()[len(SCHEME):]), rect))
    return found
