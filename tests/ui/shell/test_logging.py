"""The log: a rotating file in the data folder that also receives Qt's own messages."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import qInfo

from controllers.runtime.logging_setup import LOG_NAME, route_qt_messages, setup_logging


def test_canvass_and_qt_messages_reach_the_file(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    assert setup_logging(tmp_path) == path  # a second call adds no second handler
    restore = route_qt_messages()
    try:
        logging.getLogger("canvass.ui").info("window shown")
        qInfo("a message from Qt itself")
    finally:
        restore()
        for handler in list(logging.getLogger("canvass").handlers):
            if Path(getattr(handler, "baseFilename", "")) == tmp_path / LOG_NAME:
                handler.flush()
                handler.close()
                logging.getLogger("canvass").removeHandler(handler)
    text = path.read_text(encoding="utf-8")
    assert "canvass.ui: window shown" in text
    assert "canvass.qt: a message from Qt itself" in text
