"""Waiting in a Qt event loop, as the app does, for the benchmarks that drive Qt objects.

A busy loop of processEvents would hold the GIL that the worker threads (pages, the change
feed's connection) need, and time the benchmark instead of Canvass."""
from __future__ import annotations

from collections.abc import Callable


def run_until(done: Callable[[], bool], limit_s: float) -> bool:
    """Run the event loop until `done()` (checked every millisecond) or `limit_s`; `done()`."""
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    check = QTimer(interval=1)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    give_up = QTimer(singleShot=True, interval=int(limit_s * 1000))
    give_up.timeout.connect(loop.quit)
    check.start()
    give_up.start()
    if not done():
        loop.exec()
    check.stop()
    give_up.stop()
    return done()
