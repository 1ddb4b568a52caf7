"""Render resources/icons/canvass.svg into the window icon (canvass.png, 256 px) and the Windows
executable's icon (canvass.ico, 16–256 px in one file). Run after changing the SVG:

    python packaging/make_icons.py

Qt writes a single-size .ico only, and Windows picks the size it needs (16 px in a title bar,
48 px on the desktop, 256 px in Explorer's large view): the sizes are packed here as PNG images
in one icon directory, the form Windows Vista and later read.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn at `size`×`size` on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return bytes(data.data())


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO file holding each image as PNG (header, one directory entry per size, data)."""
    pngs = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries = b""
    for image, png in zip(images, pngs, strict=True):
        side = image.width() % 256          # 256 is written as 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "canvass.svg"
    render(svg, 256).save(str(ICONS / "canvass.png"))
    (ICONS / "canvass.ico").write_bytes(ico_bytes([render(svg, size) for size in ICO_SIZES]))
    print(f"wrote {ICONS / 'canvass.png'} and {ICONS / 'canvass.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
