"""Which Canvass this is: `canvass --version`, and the first line of each command's log entry.

The installed distribution's metadata (importlib.metadata) when Canvass was installed, else the
version setup.cfg declares beside main.py (a checkout run as `python main.py` without an
install), else "unknown". Nothing else is imported: --version answers at once.
"""
from __future__ import annotations

import configparser
import importlib.metadata
from pathlib import Path

DISTRIBUTION = "canvass"
SOURCE_TREE = Path(__file__).resolve().parents[2]


def source_tree_version(root: Path = SOURCE_TREE) -> str | None:
    """The version in `root`/setup.cfg, None when there is no such file or it says none."""
    config = configparser.ConfigParser(interpolation=None)
    try:
        if not config.read(root / "setup.cfg", encoding="utf-8"):
            return None
    except configparser.Error:
        return None
    value = config.get("metadata", "version", fallback="").strip()
    return value or None


def canvass_version() -> str:
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return source_tree_version() or "unknown"
