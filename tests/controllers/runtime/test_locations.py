"""Which database a start opens: --db, then CANVASS_DB, then the one chosen at a first start,
then the embedded file; a chosen server address is remembered only without its password; on
Windows the embedded file sits in the local, never the roaming, application data folder."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from controllers.runtime import locations
from controllers.runtime.locations import (
    DATABASE_FILE,
    DB_ENV,
    data_folder,
    data_location_kind,
    database_location,
    location_to_remember,
    location_to_show,
    roaming_database,
)


def test_the_order_of_the_database_locations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    assert database_location(None, "/data/district.sqlite3") == "/data/district.sqlite3"
    assert database_location(None).endswith("canvass.sqlite3")
    monkeypatch.setenv(DB_ENV, "postgresql://center/canvass")
    assert database_location(None, "/data/district.sqlite3") == "postgresql://center/canvass"
    assert database_location("/tmp/x.sqlite3", "/data/district.sqlite3") == "/tmp/x.sqlite3"


def test_what_is_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert location_to_remember("district.sqlite3") == str(tmp_path / "district.sqlite3")
    assert location_to_remember("postgresql://wang@center:5432/canvass") == \
        "postgresql://wang@center:5432/canvass"
    assert location_to_remember("postgresql://wang:secret@center:5432/canvass") == ""


def test_what_is_shown_never_holds_the_password() -> None:
    """The cannot-open box and the log name the address a person gave, without its password."""
    given = "postgresql://wang:s:e@cret@center:5432/canvass?sslmode=verify-full&sslrootcert=/ca.crt"
    assert location_to_show(given) == \
        "postgresql://wang:***@center:5432/canvass?sslmode=verify-full&sslrootcert=/ca.crt"
    for unchanged in ("postgresql://wang@center/canvass", "/data/district.sqlite3"):
        assert location_to_show(unchanged) == unchanged
    assert location_to_show("postgresql://wang:secret@[center/canvass") == "postgresql://…"


class FakeStandardPaths:
    """Qt's standard folders as Windows lays them out: roaming and local are different."""
    StandardLocation = QStandardPaths.StandardLocation
    root = Path()

    @classmethod
    def writableLocation(cls, kind: QStandardPaths.StandardLocation) -> str:
        local = kind == QStandardPaths.StandardLocation.AppLocalDataLocation
        return str(cls.root / ("Local" if local else "Roaming") / "Canvass" / "Canvass")


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This process as if on Windows, with %APPDATA% and %LOCALAPPDATA% under tmp_path."""
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(FakeStandardPaths, "root", tmp_path)
    monkeypatch.setattr(locations, "QStandardPaths", FakeStandardPaths)
    monkeypatch.delenv(DB_ENV, raising=False)
    return tmp_path


def test_windows_keeps_the_database_in_the_local_folder(windows: Path) -> None:
    local = windows / "Local" / "Canvass" / "Canvass"
    assert data_location_kind() == QStandardPaths.StandardLocation.AppLocalDataLocation
    assert data_folder() == local and local.is_dir()
    assert database_location(None) == str(local / DATABASE_FILE)
    assert not (windows / "Roaming").exists()   # nothing is created in the roaming profile


def test_a_database_left_in_the_roaming_folder_is_still_found(windows: Path) -> None:
    roaming = windows / "Roaming" / "Canvass" / "Canvass"
    roaming.mkdir(parents=True)
    (roaming / DATABASE_FILE).write_bytes(b"")
    assert database_location(None) == str(roaming / DATABASE_FILE)
    local = windows / "Local" / "Canvass" / "Canvass" / DATABASE_FILE
    local.write_bytes(b"")          # once moved (or made anew) the local one wins
    assert database_location(None) == str(local)


def test_linux_keeps_the_folder_it_always_had(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert data_location_kind() == QStandardPaths.StandardLocation.AppDataLocation
    assert data_location_kind("darwin") == QStandardPaths.StandardLocation.AppDataLocation
    assert roaming_database() is None
    if os.name == "posix":    # Qt's local and roaming folders are one there: files stay found
        assert data_folder() == Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppLocalDataLocation))
