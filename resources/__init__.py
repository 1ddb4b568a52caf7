"""Style sheets, translations and other files shipped with Canvass (package data)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
I18N = ROOT / "i18n"
STYLE_SHEET = ROOT / "canvass.qss"
