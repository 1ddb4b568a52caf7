"""Another workstation, in its own process: opens the database, writes one row, prints when.

    python -m tests.support.second_workstation URL community-target COMMUNITY_ID VALUE
    python -m tests.support.second_workstation URL place SUFFIX
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from models.accounts.audit import Actor
from models.db.database import Database
from models.opening import open_database
from models.schema import Community
from tests.support.factories import make_place


def main(argv: list[str]) -> int:
    url, what, *rest = argv
    database = open_database(url)
    with database.sessions() as session:
        session.info["actor"] = Actor(None, "workstation2")
        if what == "place":
            make_place(session, rest[0])
        elif what == "community-target":
            community = session.get(Community, int(rest[0]))
            assert community is not None
            community.daily_visit_target = int(rest[1])
        session.commit()
    print(f"committed {time.time():.6f}", flush=True)
    database.dispose()
    return 0


ROOT = Path(__file__).resolve().parents[2]


def second_workstation(url: str, *args: str) -> float:
    """Run the other workstation; return the moment it committed.

    This workstation's event loop runs while the other one works, as a real window's does: a
    change it is told of is seen when it arrives, not when the other process has finished
    tearing itself down (a second or more on a loaded machine)."""
    child = subprocess.Popen([sys.executable, "-m", "tests.support.second_workstation", url, *args],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    app = QCoreApplication.instance()
    deadline = time.monotonic() + 60
    while child.poll() is None:
        if time.monotonic() > deadline:
            child.kill()
            child.communicate()
            raise subprocess.TimeoutExpired(child.args, 60)
        if app is not None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        time.sleep(0.005)
    out, err = child.communicate()
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, child.args, out, err)
    return float(out.split()[-1])


def url_of(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
