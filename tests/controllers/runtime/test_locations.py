"""Which database a start opens: --db, then CANVASS_DB, then the one chosen at a first start,
then the embedded file; a chosen server address is remembered only without its password."""
from __future__ import annotations

from pathlib import Path

import pytest

from controllers.runtime.locations import DB_ENV, database_location, location_to_remember


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
