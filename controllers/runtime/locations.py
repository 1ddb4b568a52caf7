"""Where Canvass keeps its files when nobody says otherwise.

The data folder holds the embedded database and the log files. On Windows it is the *local*
application data folder (%LOCALAPPDATA%\\Canvass\\Canvass): government PCs often redirect the
roaming profile (%APPDATA%) to a network share, where a SQLite file is slow, shared by every PC
the user signs in to, and corrupted when two of them write at once. Everywhere else the folder
stays where Canvass always kept it (~/.local/share/Canvass/Canvass on Linux, where Qt's local
and roaming locations are the same folder), so existing databases are found.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "Canvass"
ORG_NAME = "Canvass"
DB_ENV = "CANVASS_DB"
DATABASE_FILE = "canvass.sqlite3"

Location = QStandardPaths.StandardLocation


def data_location_kind(platform: str | None = None) -> QStandardPaths.StandardLocation:
    """Which of Qt's standard folders is the data folder on `platform` (default: this one)."""
    platform = sys.platform if platform is None else platform
    return Location.AppLocalDataLocation if platform == "win32" else Location.AppDataLocation


def _standard_folder(kind: QStandardPaths.StandardLocation) -> Path:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(kind))


def data_folder() -> Path:
    """The per-user data folder (local, never roaming, on Windows), created if missing."""
    folder = _standard_folder(data_location_kind())
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def roaming_database() -> Path | None:
    """On Windows, an embedded database a Canvass from before the move left in the roaming
    folder (%APPDATA%), if there is one: it is opened where it is rather than hidden behind a
    new empty database, until someone moves it (the README says how)."""
    if data_location_kind() == Location.AppDataLocation:
        return None    # the data folder is the roaming one already: nothing was left behind
    old = _standard_folder(Location.AppDataLocation) / DATABASE_FILE
    return old if old.is_file() else None


def default_database() -> Path:
    """The embedded SQLite file when nothing names another: in the data folder, unless only
    the roaming folder holds one (see `roaming_database`)."""
    here = data_folder() / DATABASE_FILE
    if here.exists():
        return here
    return roaming_database() or here


def database_location(explicit: str | None, remembered: str = "") -> str:
    """--db, else $CANVASS_DB, else the database the GUI was told to open at a first start
    (`remembered`), else the embedded SQLite file in the data folder."""
    if explicit:
        return explicit
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    if remembered:
        return remembered
    return str(default_database())


def location_to_remember(location: str) -> str:
    """What a later start may open by itself: a file's absolute path, or a server's address
    unless it holds a password ("" then: the settings file is plain text, and the password
    belongs in ~/.pgpass or in --db)."""
    if "://" in location:
        return "" if urlsplit(location).password else location
    return str(Path(location).expanduser().resolve())


def location_to_show(location: str) -> str:
    """`location` as a log or the cannot-open box may show it: a server address with its password
    replaced by ***, so a log sent for support or a photographed screen never carries it."""
    if "://" not in location:
        return location
    try:
        parts = urlsplit(location)
        if parts.password is None:
            return location
    except ValueError:       # not an address urlsplit can read: nothing of it is shown
        return location.partition("://")[0] + "://…"
    credentials, _, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{credentials.partition(':')[0]}:***@{host}"))
