"""The 1,000,000-person register in a table view: jump to the end (Ctrl+End) and see the rows.

Canvass: the register's LazyTableModel (controllers/register/rows.py) in the views' table, timed
from the jump until the last row's page has arrived and been painted, with the memory it took
beside it. Baseline: the statements that page sent, replayed on the bare driver (bench/raw.py).
Targets: at most 50 ms, at most 50 MB more memory.

    python -m bench.table_jump --db PATH_OR_URL
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable

from bench.common import Row, run_on_database
from bench.qt_wait import run_until
from bench.raw import captured, replay
from controllers.runtime.actions import SignedInUser
from models.db.database import Database
from models.enums import UserRole

TARGET_S = 0.050
TARGET_MB = 50.0
RUNS = 5
PAGE_LIMIT_S = 10.0


def resident_mb() -> float:
    """This process's resident memory, from /proc (Linux) or the peak (elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rows(database: Database) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from controllers.register.rows import person_rows
    from controllers.runtime.tasks import TaskRunner
    from ui.kit.lazy_table_model import ID_ROLE, LazyTableModel
    from ui.kit.table_page import make_table

    app = QApplication.instance() or QApplication(sys.argv[:1])
    runner = TaskRunner()
    before_mb = resident_mb()
    source = person_rows(database, SignedInUser(None, "bench", "bench", UserRole.DISPATCHER))
    model = LazyTableModel(source, runner)
    view = make_table(model)   # the register view's own table
    view.resize(1440, 800)
    view.show()

    def wait_until(done: Callable[[], bool]) -> None:
        if not run_until(done, PAGE_LIMIT_S):
            raise RuntimeError("the register's page never arrived")

    def last_row_loaded() -> bool:
        last = model.rowCount() - 1
        return last >= 0 and model.data(model.index(last, 0), ID_ROLE) is not None

    model.refresh()
    wait_until(lambda: model.rowCount() > 0)
    total = model.rowCount()
    times, arrivals, arrived = [], [], []
    model.page_loaded.connect(lambda _page: arrivals.append(time.perf_counter()))
    for _ in range(RUNS):
        view.scrollToTop()
        wait_until(lambda: model.data(model.index(0, 0), ID_ROLE) is not None)
        model.cache.clear()
        arrivals.clear()
        started = time.perf_counter()
        view.scrollToBottom()
        wait_until(last_row_loaded)
        view.viewport().repaint()
        times.append(time.perf_counter() - started)
        arrived.append(arrivals[0] - started if arrivals else float("nan"))
    after_mb = resident_mb()
    statements = captured(database, lambda: source.page(
        {}, source.default_order, total - model.page_size, model.page_size))
    baseline = replay(database, statements)
    view.close()
    runner.shutdown()
    app.processEvents()
    figure = statistics.median(times)
    # Where the time goes (the figure stays "until painted"): the page's arrival, then paints.
    print(f"table jump, median of {RUNS}: page arrived after "
          f"{statistics.median(arrived) * 1000:.1f} ms, painted after {figure * 1000:.1f} ms",
          file=sys.stderr)
    return [Row(f"{total:,}-person table: jump to the end", figure, baseline, float("inf"),
                TARGET_S),
            Row(f"{total:,}-person table: memory taken by the table and the jump",
                after_mb - before_mb, 0.0, float("inf"), TARGET_MB, unit="MB")]


def main(argv: list[str] | None = None) -> int:
    return run_on_database(__doc__.splitlines()[0], rows, argv)


if __name__ == "__main__":
    sys.exit(main())
