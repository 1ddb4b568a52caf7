"""Where Canvass keeps its files when nobody says otherwise."""
from __future__ import annotations

import os
from pathlib import Path

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


def database_location(explicit: str | None) -> str:
    """--db, else $CANVASS_DB, else the embedded SQLite file in the data folder."""
    if explicit:
        return explicit
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    return str(data_folder() / "canvass.sqlite3")
