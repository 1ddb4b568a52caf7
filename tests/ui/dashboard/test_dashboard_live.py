"""A write at another workstation reaches the open dashboard within a second, on SQLite (another
process on the same file) and on PostgreSQL (another client): the four categories, the beds and
the coverage bars all move without anyone pressing F5.

    python -m tests.ui.test_dashboard_live URL   (the other workstation: writes, prints when)
"""
from __future__ import annotations

import gc
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from controllers.runtime.context import AppContext
from tests.support.gui import open_dashboard
from tests.support.sample_district import DAY, add_sample_district

ROOT = Path(__file__).resolve().parents[3]


def write_elsewhere(qtbot: QtBot, url: str, arrived: Callable[[], bool]) -> float:
    """In another process: a fever case confirmed, five beds taken, a door in 水果湖社区 done.
    The event loop runs (and `arrived` is asked) while it works, as at a real wall screen."""
    process = subprocess.Popen([sys.executable, "-m", "tests.ui.dashboard.test_dashboard_live", url],
                               cwd=ROOT, stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: arrived() and process.poll() is not None, timeout=60_000)
    out, _err = process.communicate()
    assert process.returncode == 0
    return float(out.split()[-1])


def test_a_write_elsewhere_reaches_every_panel(qtbot: QtBot, context: AppContext) -> None:
    add_sample_district(context.database)
    view = open_dashboard(qtbot, context)
    categories = view.panels["categories"].chart
    beds = view.panels["beds"].chart
    coverage = view.panels["coverage"].chart
    confirmed_before = sum(categories.values.get("confirmed", ()))
    taken_before = sum(row[1] for row in beds.rows)
    assert coverage.bars[0][:3] == ("水果湖社区", 2, 0)
    context.feed.changed.connect(view.on_change)  # as the main window connects every view
    context.feed.start()
    qtbot.waitUntil(lambda: context.feed.state.value == "live", timeout=10_000)
    arrived: dict[str, float] = {}

    def moved() -> bool:
        checks = {
            "categories": sum(categories.values.get("confirmed", ())) == confirmed_before + 1,
            "beds": sum(row[1] for row in beds.rows) == taken_before + 5,
            "coverage": ("水果湖社区", 2, 1, 50.0) in coverage.bars,
            "tile": view.tiles["confirmed"].change.text().startswith("+1"),
        }
        for name, done in checks.items():
            if done and name not in arrived:
                arrived[name] = time.time()
        return len(arrived) == len(checks)

    # The suite's process holds millions of objects by now (the app holds far fewer): a full
    # collection walks them all on the UI thread. Start the measured second with one done, as
    # controllers/runtime/main_thread_gc.py then spaces the next at least ten seconds away.
    gc.collect()
    committed = write_elsewhere(
        qtbot, context.database.url.render_as_string(hide_password=False), moved)
    slowest = max(arrived.values()) - committed
    print(f"every panel caught up {slowest:.3f} s after the commit ({context.database.kind})")
    assert slowest < 1.0, f"the dashboard caught up {slowest:.2f} s after the commit: {arrived}"


def main(url: str) -> int:
    from models.accounts.audit import Actor
    from models.opening import open_database
    from models.schema import Case, CaseEvent, Facility, Household, Visit
    from models.schema.geography import Community
    database = open_database(url)
    with database.sessions() as session:
        session.info["actor"] = Actor(None, "workstation2")
        fever = session.execute(select(Case).where(Case.category == "fever")).scalar_one()
        session.add(CaseEvent(case_id=fever.id, at=DAY + timedelta(hours=5), kind="category",
                              from_value="fever", to_value="confirmed"))
        fever.category = "confirmed"
        hospital = session.execute(select(Facility).where(Facility.name == "金银潭医院")).scalar_one()
        hospital.beds_taken += 5
        community = session.execute(select(Community).where(Community.name == "水果湖社区")).scalar_one()
        household = session.execute(select(Household).where(
            Household.community_id == community.id).limit(1)).scalar_one()
        session.add(Visit(household_id=household.id, community_id=community.id,
                          visited_at=DAY + timedelta(hours=6), outcome="screened"))
        session.commit()
    print(f"committed {time.time():.6f}", flush=True)
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
