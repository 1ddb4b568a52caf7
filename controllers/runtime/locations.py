"""Where Canvass keeps its files when nobody says otherwise."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "Canvass"
ORG_NAME = "Canvass"
DB_ENV = "CANVASS_DB"


def data_folder() -> Path:
    """The per-user data folder (QStandardPaths.AppDataLocation), created if missing."""
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database_location(explicit: str | None, remembered: str = "") -> str:
    """--db, else $CANVASS_DB, else the database the GUI was told to open at a first start
    (`remembered`), else the embedded SQLite file in the data folder."""
    if explicit:
        return explicit
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    if remembered:
        return remembered
    return str(data_folder() / "canvass.sqlite3")


def location_to_remember(location: str) -> str:
    """What a later start may open by itself: a file's absolute path, or a server's address
    unless it holds a password ("" then: the settings file is plain text, and the password
    belongs in ~/.pgpass or in --db)."""
    if "://" in location:
        return "" if urlsplit(location).password else location
    return str(Path(location).expanduser().resolve())
