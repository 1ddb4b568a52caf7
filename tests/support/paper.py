"""Reading printed papers back: their pages' text, their fonts, their layout's line breaks."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from controllers.paper.pages import Paper, body_size, laid_out
from controllers.paper.pdf import a4_layout


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return found


def page_texts(path: Path) -> list[str]:
    """Each page's text layer, in reading order."""
    text = subprocess.run([tool("pdftotext"), "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    return text.split("\f")[:-1]


def embedded_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for each font `pdffonts` lists."""
    listing = subprocess.run([tool("pdffonts"), str(path)], check=True, capture_output=True,
                             text=True, timeout=60).stdout.splitlines()[2:]
    fonts = []
    for line in listing:
        words = line.split()
        # name type… encoding emb sub uni object ID: emb is the fifth field from the end
        fonts.append((words[0], words[-5] == "yes"))
    return fonts


def page_size(path: Path) -> tuple[float, float]:
    """The first page's width and height in points."""
    info = subprocess.run([tool("pdfinfo"), str(path)], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    line = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, _x, height = line.split(":", 1)[1].split()[:3]
    return float(width), float(height)


def broken_words(paper: Paper) -> list[str]:
    """Every place the laid-out paper breaks a line inside a Latin word ("Scree|ned"), or lets
    a word run past its column ("Temperature>"), or widens a table past the page: Chinese may
    break between any two characters, a word may do none of these."""
    page = body_size(a4_layout(orientation=paper.orientation))
    document = laid_out(paper, page)
    broken = []
    if document.size().width() > page.width() + 2:   # a border may stand out a point
        broken.append(f"a table {document.size().width():.0f} wide on a page {page.width():.0f} wide")
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            if line.naturalTextWidth() > line.width() + 0.5:
                broken.append(text[line.textStart():line.textStart() + line.textLength()] + ">")
        for index in range(layout.lineCount() - 1):
            end = layout.lineAt(index).textStart() + layout.lineAt(index).textLength()
            before, after = text[end - 1:end], text[end:end + 1]
            if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
                start = layout.lineAt(index).textStart()
                broken.append(text[start:end] + "|" + text[end:end + 12])
        block = block.next()
    return broken
