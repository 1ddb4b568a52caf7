"""Settings: declared once, typed, defaulted, and kept in a temporary file under test."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from controllers.runtime.settings import LANGUAGE, LAST_VIEW, WINDOW_GEOMETRY, Settings


def test_defaults_then_remembered_across_instances(tmp_path: Path) -> None:
    path = tmp_path / "canvass.ini"
    first = Settings.in_file(path)
    assert first.get(LANGUAGE) == "zh"
    assert first.get(LAST_VIEW) == "communities"
    first.set(LANGUAGE, "en")
    first.set(LAST_VIEW, "dashboard")
    first.set(WINDOW_GEOMETRY, QByteArray(b"\x01\x02geometry"))
    first.sync()
    second = Settings.in_file(path)
    assert second.get(LANGUAGE) == "en"
    assert second.get(LAST_VIEW) == "dashboard"
    assert bytes(second.get(WINDOW_GEOMETRY).data()) == b"\x01\x02geometry"


def test_wrong_values_are_refused_or_read_as_default(tmp_path: Path) -> None:
    settings = Settings.in_file(tmp_path / "canvass.ini")
    with pytest.raises(ValueError):
        settings.set(LANGUAGE, "fr")
    with pytest.raises(TypeError):
        settings.set(LAST_VIEW, 3)  # type: ignore[arg-type]
    settings.store.setValue(LANGUAGE.key, "klingon")  # written by hand, or by an older Canvass
    assert settings.get(LANGUAGE) == "zh"
