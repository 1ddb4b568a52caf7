"""The Chinese font every sheet is printed in, found on Linux, Windows and macOS.

A PDF written in a font without Chinese glyphs shows empty boxes where the names are, and
nobody notices until the sheet reaches the receiving desk: so no font, no paper
(`NoChineseFont`, the command's exit 1). The family is chosen by name from a preference list
of fonts whose PDF text layer reads back: Qt writes Noto CJK's glyphs into the text layer as
CJK radicals (the page looks right, search and copy break), so Noto is the last resort.

Qt's offscreen platform sees fontconfig's fonts on Linux and Core Text's on macOS, but on
Windows only the fonts beside Qt itself: there the command line keeps the native platform, and
when something forced offscreen the system's Chinese font files (Microsoft YaHei and SimSun
ship as .ttc) are added from %WINDIR%\\Fonts.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from models.errors import CanvassError
from models.paper.refusals import PaperRefusal

log = logging.getLogger("canvass.paper")

PREFERRED_FONTS = (
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",                        # Debian, UOS, Kylin
    "Microsoft YaHei", "Microsoft YaHei UI", "SimSun", "NSimSun", "SimHei", "DengXian",  # Windows
    "PingFang SC", "Heiti SC", "STHeiti", "Hiragino Sans GB", "Songti SC",   # macOS
    "Source Han Sans SC", "Source Han Sans CN", "Droid Sans Fallback")
LAST_RESORT = ("Noto Sans CJK", "Noto Serif CJK")   # right on paper, radicals in the text layer
WINDOWS_FONT_FILES = ("msyh.ttc", "simsun.ttc", "simhei.ttf", "Deng.ttf")
PROBE = "排查送治"   # the characters a family must really draw (fontconfig may substitute)
CHINESE = QFontDatabase.WritingSystem.SimplifiedChinese


class NoChineseFont(CanvassError):
    """No installed font draws Chinese: nothing is printed rather than boxes."""


def platform_for_commands(system: str = sys.platform) -> str | None:
    """The Qt platform the command line asks for: offscreen (no display needed) where that
    platform still sees the system's fonts; on Windows the native one, which does."""
    return None if system == "win32" else "offscreen"


def ensure_gui_application() -> QCoreApplication:
    """Fonts and PDF writing need a QGuiApplication; the command line starts one (a platform
    chosen by QT_QPA_PLATFORM is kept)."""
    app = QCoreApplication.instance()
    if app is None:
        platform = platform_for_commands()
        if platform is not None:
            os.environ.setdefault("QT_QPA_PLATFORM", platform)
        app = QGuiApplication(["canvass"])
    return app


def windows_font_folder() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def add_font_files(folder: Path, names: tuple[str, ...] = WINDOWS_FONT_FILES) -> list[str]:
    """Register the font files `names` of `folder` with Qt; the families they brought."""
    added: list[str] = []
    for name in names:
        path = folder / name
        if path.is_file():
            ident = QFontDatabase.addApplicationFont(str(path))
            if ident >= 0:
                added += QFontDatabase.applicationFontFamilies(ident)
    return added


def draws_chinese(family: str) -> bool:
    """The family itself (not a substitute fontconfig picked for it) has the probe's glyphs."""
    raw = QRawFont.fromFont(QFont(family), CHINESE)
    return raw.isValid() and raw.familyName() == family and all(
        raw.supportsCharacter(ord(ch)) for ch in PROBE)


def claimed_families() -> list[str]:
    """The installed families that claim Chinese (on Windows, after adding the system's font
    files when the platform did not list them)."""
    claimed = QFontDatabase.families(CHINESE)
    if not claimed and sys.platform == "win32":
        add_font_files(windows_font_folder())   # the offscreen platform misses them
        claimed = QFontDatabase.families(CHINESE)
    return list(claimed)


def ranked(claimed: Sequence[str]) -> list[str]:
    """`claimed` best first: the preference list, then any other, then Noto CJK."""
    preferred = [family for family in PREFERRED_FONTS if family in claimed]
    others = [family for family in claimed
              if family not in preferred and not family.startswith(LAST_RESORT)]
    return preferred + others + [family for family in claimed if family.startswith(LAST_RESORT)]


def chinese_font_family() -> str:
    """The family sheets are printed in; NoChineseFont when no installed font draws Chinese."""
    ensure_gui_application()
    for family in ranked(claimed_families()):
        if draws_chinese(family):
            if family.startswith(LAST_RESORT):
                log.warning("printing in %s: the PDFs' text layer will not search or copy well",
                            family)
            return family
    raise NoChineseFont("no installed font draws Chinese: install WenQuanYi Micro Hei "
                        "(fonts-wqy-microhei), Microsoft YaHei or SimSun",
                        PaperRefusal.NO_CHINESE_FONT)


def paper_font(point_size: float) -> QFont:
    font = QFont(chinese_font_family())
    font.setPointSizeF(point_size)
    return font
