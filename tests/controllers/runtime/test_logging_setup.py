"""The log: one file per process in the data folder, with Qt's own messages in it too, and the
files of old processes pruned; two Canvass processes at once never share (or rotate) one file."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qInfo

from controllers.runtime import logging_setup
from controllers.runtime.logging_setup import (
    KEEP_AT_LEAST,
    KEEP_DAYS,
    process_log,
    process_log_name,
    prune_logs,
    route_qt_messages,
    setup_logging,
)

DAY = 86_400
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[Path]:
    """A folder this process logs to during the test, its handler closed afterwards."""
    yield tmp_path
    logger = logging.getLogger("canvass")
    for handler in list(logger.handlers):
        if Path(getattr(handler, "baseFilename", "")).parent == tmp_path:
            handler.close()
            logger.removeHandler(handler)


def test_canvass_and_qt_messages_reach_this_process_file(logged: Path) -> None:
    path = setup_logging(logged)
    assert setup_logging(logged) == path == process_log(logged)  # a second call: no second handler
    assert path.name.endswith(f"-{os.getpid()}.log")
    restore = route_qt_messages()
    try:
        logging.getLogger("canvass.ui").info("window shown")
        qInfo("a message from Qt itself")
    finally:
        restore()
    text = path.read_text(encoding="utf-8")
    assert "canvass.ui: window shown" in text
    assert "canvass.qt: a message from Qt itself" in text


WRITER = """
import logging, sys
from pathlib import Path
from controllers.runtime import logging_setup
logging_setup.MAX_BYTES = 4_000      # rotate often, as a busy day would
logging_setup.BACKUPS = 50
path = logging_setup.setup_logging(Path(sys.argv[1]))
log = logging.getLogger("canvass.commands")
for n in range(300):
    log.info("%s line %d", sys.argv[2], n)
print(path)
"""


def test_two_processes_at_once_keep_every_line_in_their_own_files(tmp_path: Path) -> None:
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True) for name in ("window", "import")]
    paths = [Path(writer.communicate(timeout=120)[0].strip()) for writer in writers]
    assert all(writer.returncode == 0 for writer in writers)
    assert paths[0] != paths[1] and paths[0].parent == paths[1].parent == tmp_path
    for path, name, other in ((paths[0], "window", "import"), (paths[1], "import", "window")):
        rotated = sorted(tmp_path.glob(path.name + "*"))
        assert len(rotated) > 2                     # it rotated, on its own file only
        text = "".join(part.read_text(encoding="utf-8") for part in rotated)
        assert all(f"{name} line {n}\n" in text for n in range(300))
        assert other not in text


def make_log(folder: Path, name: str, age_days: float, now: float) -> Path:
    path = folder / name
    path.write_text("old\n", encoding="utf-8")
    os.utime(path, (now - age_days * DAY, now - age_days * DAY))
    return path


def old_name(n: int) -> str:
    """The file of a process that is surely gone (pids are far below 4 million on Linux)."""
    return process_log_name(pid=4_000_000 + n, started=time.localtime(1_700_000_000 + n))


def test_old_files_go_the_newest_and_the_running_stay(tmp_path: Path) -> None:
    now = time.time()
    recent = [make_log(tmp_path, old_name(n), age_days=n, now=now) for n in range(3)]
    old = [make_log(tmp_path, old_name(100 + n), age_days=KEEP_DAYS + 1 + n, now=now)
           for n in range(KEEP_AT_LEAST + 5)]
    legacy = make_log(tmp_path, "canvass.log.3", age_days=400, now=now)  # before one per process
    running = make_log(tmp_path, process_log_name(), age_days=KEEP_DAYS * 3, now=now)
    elsewhere = make_log(tmp_path, "canvass.sqlite3", age_days=400, now=now)
    removed = prune_logs(tmp_path, now=now)
    kept = set(tmp_path.iterdir())
    assert set(recent) <= kept and running in kept and elsewhere in kept
    # The KEEP_AT_LEAST newest are kept even when old (the three recent and the newest old
    # ones); the running process's file besides, however old.
    assert set(old[:KEEP_AT_LEAST - 3]) <= kept
    assert set(removed) == {*old[KEEP_AT_LEAST - 3:], legacy}


def test_a_cap_on_the_count_even_when_all_are_recent(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logging_setup, "KEEP_AT_MOST", 20)
    now = time.time()
    files = [make_log(tmp_path, old_name(n), age_days=n / 100, now=now) for n in range(30)]
    prune_logs(tmp_path, now=now)
    assert sorted(tmp_path.iterdir()) == sorted(files[:20])


def test_starting_prunes_once(logged: Path) -> None:
    stale = make_log(logged, old_name(1), age_days=KEEP_DAYS + 1, now=time.time())
    fresh = [make_log(logged, old_name(10 + n), age_days=0, now=time.time())
             for n in range(KEEP_AT_LEAST)]
    path = setup_logging(logged)
    assert not stale.exists() and all(path.exists() for path in fresh)
    logging.getLogger("canvass").info("started")
    assert path.exists()
