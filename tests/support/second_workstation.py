"""Another workstation, in its own process: opens the database, writes one row, prints when.

    python -m tests.support.second_workstation URL community-target COMMUNITY_ID VALUE
    python -m tests.support.second_workstation URL place SUFFIX
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

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
    """Run the other workstation; return the moment it committed."""
    result = subprocess.run([sys.executable, "-m", "tests.support.second_workstation", url, *args],
                            cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    return float(result.stdout.split()[-1])


def url_of(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
