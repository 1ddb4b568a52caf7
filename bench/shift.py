"""A dispatcher's shift in the real main window, offscreen, with a heartbeat on the UI thread.

Issue 25: single operations on a fresh window say nothing about a twelve-hour shift. This
drives Canvass's main window through a scripted shift on a demo district — every view shown,
case windows opened and closed, community windows opened and closed, dispatches taken through
every step, busy days' transfer sheets previewed (scrolled to the last page) and saved as one
PDF each, the dashboard and the wall toggled — while a 10 ms timer on the UI thread notes how
late each beat comes. A beat that comes late is a frozen window: the longest and the 99th
percentile of the stalls are the figures, beside the resident memory at the start, the middle
(half-way) and the end.

Targets: no stall over 100 ms; memory at most 400 MB; from the middle to the end at most 5 %
more. The shift is two halves of the same mix (the first half of the cases, communities,
dispatches and days, then the second), so the middle-to-end growth compares the same work done
twice: a leak grows, a cache filled once or a font loaded at the first sheet does not. The
dispatches are made as the dispatch dialog makes them, by the controllers on the task runner
(the dialog's keys are tests/ui/transfers' business); everything else is the windows' own code.

    python -m bench.shift --db PATH_OR_URL [--cases 500] [--communities 100] [--dispatches 20]
                          [--days 5] [--only PHASE ...] [--trace-stalls MS]

It dispatches: run it on a copy (bench/run.py's `shift` suite copies a SQLite file first).
`--only` runs the named phases alone (each view is still shown first, as the shift starts), for
working on one of them; `--trace-stalls 50` samples the UI thread's stack while a beat is more
than 50 ms late and prints, for the longest stalls, the lines where it was found most often.
"""
from __future__ import annotations

import argparse
import dataclasses
import functools
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import Row, table

ROOT = Path(__file__).resolve().parents[1]
BEAT_MS = 10
STALL_LIMIT_S = 0.100
MEMORY_LIMIT_MB = 400.0
GROWTH_LIMIT_PERCENT = 5.0
PHASES = ("case windows", "community windows", "dispatches", "sheets", "dashboard and wall")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Heartbeat:
    """How late each beat of a BEAT_MS timer comes, per phase of the shift."""
    phase: str = "start"
    stalls: dict[str, list[float]] = field(default_factory=dict)
    last: float = 0.0

    def beat(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.stalls.setdefault(self.phase, []).append(max(0.0, now - self.last
                                                              - BEAT_MS / 1000))
        self.last = now

    def all_stalls(self) -> list[float]:
        """The window's stalls: not those while the bench itself collects garbage (a phase
        named in brackets)."""
        return [stall for phase, stalls in self.stalls.items() if not phase.startswith("(")
                for stall in stalls]


@dataclass
class StallTrace:
    """A thread that samples the UI thread's stack every few milliseconds while the heartbeat
    is more than `threshold_s` late: where a frozen window spends its time. A sample is taken
    when the UI thread lets go of Python's lock (every few milliseconds of Python code; a long
    call into Qt shows as its Python caller)."""
    heart: Heartbeat
    threshold_s: float
    samples: list[tuple[str, float, float, list[str]]] = field(default_factory=list)
    stopped: threading.Event = field(default_factory=threading.Event)
    full_collections: list[tuple[float, float]] = field(default_factory=list)  # start, end

    def start(self) -> None:
        ui_thread = threading.main_thread().ident
        assert ui_thread is not None
        began: list[float] = []

        def collected(phase: str, info: dict[str, int]) -> None:
            """Python's full collections (whoever runs them): a stall may be one."""
            if info.get("generation") == 2:
                if phase == "start":
                    began[:] = [time.perf_counter()]
                elif began:
                    self.full_collections.append((began[0], time.perf_counter()))

        gc.callbacks.append(collected)

        def watch() -> None:
            stall_started = 0.0
            while not self.stopped.wait(0.005):
                last = self.heart.last
                late = time.perf_counter() - last - BEAT_MS / 1000 if last else 0.0
                if late < self.threshold_s:
                    stall_started = 0.0
                    continue
                stall_started = stall_started or last
                frame = sys._current_frames().get(ui_thread)
                lines: list[str] = []
                while frame is not None:   # no source lines read: the sampling stays cheap
                    code = frame.f_code
                    lines.append(f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}")
                    frame = frame.f_back
                if lines:
                    self.samples.append((self.heart.phase, stall_started, late, lines[::-1]))

        threading.Thread(target=watch, name="stall trace", daemon=True).start()

    def report(self, worst: int = 12) -> str:
        """The `worst` longest stalls: their phase, length and the stack seen most often."""
        stalls: dict[tuple[str, float], list[list[str]]] = {}
        lengths: dict[tuple[str, float], float] = {}
        for phase, started, late, lines in self.samples:
            stalls.setdefault((phase, started), []).append(lines)
            lengths[(phase, started)] = max(late, lengths.get((phase, started), 0.0))
        longest = sorted(stalls.items(), key=lambda item: -lengths[item[0]])[:worst]
        out = []
        for key, stacks in longest:
            end = key[1] + lengths[key] + BEAT_MS / 1000
            collecting = sum(max(0.0, min(stop, end) - max(begin, key[1]))
                             for begin, stop in self.full_collections)
            out.append(f"— {key[0]}: at least {lengths[key] * 1000:.0f} ms, "
                       f"{len(stacks)} samples, full garbage collection {collecting * 1000:.0f} ms")
            common = Counter(line for stack in stacks for line in set(stack))
            innermost = Counter(" < ".join(reversed(stack[-6:])) for stack in stacks)
            for line, times in innermost.most_common(4):
                out.append(f"    {times:3d}× {line}")
            frequent = [f"{line} ({times})" for line, times in common.most_common(40)
                        if times >= len(stacks) // 3 and "shift.py" not in line]
            out.append("    often: " + "; ".join(frequent[-12:]))
        by_phase: dict[str, Counter[str]] = {}
        for phase, _started, _late, lines in self.samples:
            by_phase.setdefault(phase.split(":")[0], Counter()).update(
                line for line in set(lines) if "shift.py" not in line and "runpy" not in line)
        for phase, found in by_phase.items():   # where the late beats' time went, per phase
            out.append(f"— all stalls in {phase}: " + "; ".join(
                f"{line} ({times})" for line, times in found.most_common(14)))
        return "\n".join(out)


def wait(done: Callable[[], bool], limit_s: float = 120.0) -> bool:
    """Run the event loop until `done` (checked every 20 ms) or `limit_s`."""
    from PySide6.QtCore import QEventLoop, QTimer
    if done():
        return True
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start()
    QTimer.singleShot(int(limit_s * 1000), loop.quit)
    loop.exec()
    check.stop()
    return done()


def halved(items: list[Any], number: int) -> list[Any]:
    """The first (0) or the second (1) half of `items`; the first has the odd one."""
    middle = (len(items) + 1) // 2
    return items[:middle] if number == 0 else items[middle:]


def gone(app: Any) -> None:
    """Deliver the deletions windows asked for when they closed: what the application's own
    event loop does when a click's handling returns to it. The shift's steps run outside that
    loop, and neither QCoreApplication.processEvents nor a nested loop delivers them there."""
    from PySide6.QtCore import QEvent
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def pause(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    wait(lambda: time.monotonic() >= deadline, seconds + 1)


def in_background(context: Any, owner: Any, name: str, work: Callable[[], object],
                  limit_s: float = 120.0) -> object:
    """`work` on the task runner, as a window's load runs; its result or its exception."""
    outcome: list[object] = []

    def run(_control: object) -> object:
        return work()

    context.tasks.submit(name, run, succeeded=outcome.append, failed=outcome.append,
                         owner=owner)
    wait(lambda: bool(outcome), limit_s)
    return outcome[0] if outcome else TimeoutError(name)


def shift(location: str, cases: int, communities: int, dispatches: int,
          days: int, only: tuple[str, ...] = PHASES, trace_ms: float = 0.0
          ) -> tuple[Heartbeat, dict[str, float], dict[str, int]]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from bench.shift_records import chosen_records
    from controllers.runtime.actions import SignedInUser
    from controllers.runtime.context import build_context
    from controllers.runtime.language import install_translators
    from controllers.runtime.settings import Settings
    from models.enums import UserRole
    from models.opening import open_database
    from ui.kit.appearance import apply_appearance
    from ui.shell.launch import application
    from ui.shell.main_window import MainWindow

    app = application()
    install_translators(app, "zh")
    apply_appearance(app)
    database = open_database(location)
    user = SignedInUser(id=None, username="bench-shift", display_name="bench-shift",
                        role=UserRole.COMMANDER)
    records = chosen_records(database, cases, communities, days)
    context = build_context(database, Settings.in_file(Path(tempfile.mkdtemp()) / "s.ini"),
                            user=user)
    heart = Heartbeat()
    timer = QTimer()
    timer.setInterval(BEAT_MS)
    timer.timeout.connect(heart.beat)
    memory: dict[str, float] = {}
    done: dict[str, int] = {}
    window = MainWindow(context)
    window.resize(1440, 900)
    window.show()
    context.connection.start()
    context.feed.start()
    timer.start()
    trace = StallTrace(heart, trace_ms / 1000)
    if trace_ms:
        trace.start()
    idle = lambda: not context.tasks.is_busy() and not window.is_loading()   # noqa: E731

    def phase(name: str) -> None:
        heart.phase = name
        print(f"… {name}", file=sys.stderr, flush=True)

    def count(what: str, more: int = 1) -> None:
        done[what] = done.get(what, 0) + more

    def settled_memory() -> float:
        """Resident memory once the work asked for is over and the garbage collected: the
        collection forced here is the bench's, not the window's, so no beat counts meanwhile."""
        wait(idle)
        heart.phase = "(memory read)"
        gone(app)
        gc.collect()
        pause(0.5)
        heart.last = 0.0
        return rss_mb()

    phase("every view")
    wait(idle)
    memory["start"] = rss_mb()
    for view_id in window.view_ids:
        heart.phase = f"every view: {view_id}"
        window.show_view(view_id)
        wait(idle)
    done["views"] = len(window.view_ids)
    from controllers.paper.transfer_sheet import sheets_of_day
    from ui.kit.print_preview import preview_papers
    from ui.kit.sheet_printing import with_papers
    folder = Path(tempfile.mkdtemp(prefix="canvass-shift-"))
    wanted_dispatches = iter(records.dispatchable(dispatches))

    def case_windows(number: int) -> None:
        window.show_view("cases")
        board: Any = window.views["cases"]
        for case_id in halved(records.case_ids, number):
            board.open_case(case_id)
            wait(lambda: board.dialog is not None and board.dialog.isVisible(), 30)
            dialog = board.dialog
            if isinstance(dialog, QDialog):
                wait(idle, 30)
                dialog.reject()
                count("case windows")
            gone(app)
            wait(lambda: board.dialog is None, 10)

    def community_windows(number: int) -> None:
        window.show_view("communities")
        view: Any = window.views["communities"]
        for community_id in halved(records.community_ids, number):
            detail = view.open_community(community_id)
            wait(idle, 30)
            if detail is not None:
                detail.close()
                count("community windows")
            gone(app)

    def dispatched(number: int) -> None:
        window.show_view("transfers")
        goal = dispatches // 2 if number == 0 else dispatches
        for case_id in wanted_dispatches:
            if done.get("dispatches", 0) >= goal:
                break
            order = in_background(context, window, "bench dispatch",
                                  functools.partial(records.dispatch, database, user, case_id))
            if isinstance(order, int):
                count("dispatches")
            wait(idle, 30)

    def sheets(number: int) -> None:
        for day in halved(records.busy_days, number):
            loaded = in_background(context, window, "bench sheets", functools.partial(
                lambda d: with_papers(database, user, sheets_of_day(database, user, d)), day))
            if not isinstance(loaded, tuple) or not loaded[0]:
                continue
            preview = preview_papers(loaded[1], f"{day}", window)
            preview.open()
            wait(preview.laid_out_all, 300)
            for page in range(0, preview.model.pages, max(1, preview.model.pages // 20)):
                preview.go_to_page(page)
                pause(0.02)
            preview.go_to_page(preview.model.pages - 1)
            job = preview.save_pdf(folder / f"{day}.pdf")
            wait(functools.partial(lambda j: not j.is_running(), job), 600)
            count("sheets", preview.model.pages)
            preview.reject()   # deleted on close
            gone(app)

    def dashboard_and_wall(_number: int) -> None:
        window.show_view("dashboard")
        wait(idle)
        for _ in range(2):
            window.wall.enter()
            wait(idle)
            pause(0.3)
            window.wall.leave()
            pause(0.3)

    work: dict[str, Callable[[int], None]] = dict(zip(PHASES, (
        case_windows, community_windows, dispatched, sheets, dashboard_and_wall)))

    def half(number: int) -> None:
        """Half of each kind of work: the shift is two such halves, so that memory between
        the middle and the end compares the same work done twice (a leak grows; a cache
        filled once, a font loaded once, does not)."""
        for name in PHASES:
            if name in only:
                phase(name)
                work[name](number)

    half(0)
    memory["middle"] = settled_memory()
    half(1)
    memory["end"] = settled_memory()
    timer.stop()
    trace.stopped.set()
    if trace_ms:
        print(trace.report(), file=sys.stderr)
    window.hide()
    context.close()
    window.deleteLater()
    database.dispose()
    return heart, memory, done


def rows(location: str) -> list[Row]:
    """The shift in a process of its own (bench/run.py's other suites may have made a
    QGuiApplication, and the shift needs widgets), on a copy of a SQLite file (it dispatches)."""
    with tempfile.TemporaryDirectory(prefix="canvass-shift-") as folder:
        if not location.startswith("postgresql"):
            copy = Path(folder) / "shift.sqlite3"
            shutil.copyfile(Path(location.removeprefix("sqlite:///")), copy)
            location = str(copy)
        result = subprocess.run([sys.executable, "-m", "bench.shift", "--db", location,
                                 "--json"], cwd=ROOT, capture_output=True, text=True,
                                timeout=3600, check=False)
    sys.stderr.write(result.stderr)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"bench.shift failed ({result.returncode})")
    return [Row(**fields) for fields in json.loads(result.stdout.splitlines()[-1])]


def measured(location: str, cases: int = 500, communities: int = 100, dispatches: int = 20,
             days: int = 5, only: tuple[str, ...] = PHASES, trace_ms: float = 0.0) -> list[Row]:
    heart, memory, done = shift(location, cases, communities, dispatches, days, only, trace_ms)
    stalls = sorted(heart.all_stalls())
    p99 = stalls[int(0.99 * (len(stalls) - 1))] if stalls else 0.0
    print("done: " + ", ".join(f"{k} {v}" for k, v in done.items()), file=sys.stderr)
    print("memory: " + ", ".join(f"{k} {v:.0f} MB" for k, v in memory.items()), file=sys.stderr)
    for name, phase_stalls in heart.stalls.items():
        if name.startswith("("):
            continue
        print(f"  {name}: longest stall {max(phase_stalls) * 1000:.0f} ms over "
              f"{len(phase_stalls)} beats, median {statistics.median(phase_stalls) * 1000:.1f} ms",
              file=sys.stderr)
    growth = 100.0 * (memory["end"] - memory["middle"]) / memory["middle"]
    label = (f"shift ({done.get('case windows', 0)} case windows, "
             f"{done.get('community windows', 0)} communities, "
             f"{done.get('dispatches', 0)} dispatches, {done.get('sheets', 0)} sheets)")
    return [
        Row(f"{label}: longest UI stall", max(stalls, default=0.0), 0.0, limit_s=STALL_LIMIT_S),
        Row(f"{label}: 99th percentile UI stall", p99, 0.0, limit_s=STALL_LIMIT_S),
        Row("shift: memory at the start", memory["start"], 0.0, limit_s=MEMORY_LIMIT_MB,
            unit="MB"),
        Row("shift: memory half-way (the same work done once)", memory["middle"], 0.0,
            limit_s=MEMORY_LIMIT_MB, unit="MB"),
        Row("shift: memory at the end", memory["end"], 0.0, limit_s=MEMORY_LIMIT_MB, unit="MB"),
        Row("shift: memory growth from the middle to the end", growth, 0.0,
            limit_s=GROWTH_LIMIT_PERCENT, unit="%"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--communities", type=int, default=100)
    parser.add_argument("--dispatches", type=int, default=20)
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--only", nargs="+", choices=PHASES, default=list(PHASES),
                        metavar="PHASE", help="run these phases alone: " + ", ".join(
                            f'"{name}"' for name in PHASES))
    parser.add_argument("--trace-stalls", type=float, default=0.0, metavar="MS",
                        help="sample the UI thread's stack while a beat is MS late")
    parser.add_argument("--json", action="store_true", help="the rows as one line of JSON")
    args = parser.parse_args(argv)
    found = measured(args.db, args.cases, args.communities, args.dispatches, args.days,
                     tuple(args.only), args.trace_stalls)
    if args.json:
        print(json.dumps([dataclasses.asdict(row) for row in found]))
    else:
        print(table(found))
    return 0 if all(row.met for row in found) else 1


if __name__ == "__main__":
    sys.exit(main())
