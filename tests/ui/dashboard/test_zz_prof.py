import time
from datetime import datetime
from PySide6.QtCore import QElapsedTimer, QTimer, QObject, QEvent, QCoreApplication
from controllers.runtime.context import build_context
from controllers.setup.demo import build_demo
from tests.support.gui import open_dashboard

class Spy(QObject):
    def __init__(self):
        super().__init__(); self.slow = []
    def eventFilter(self, obj, ev):
        return False

def test_prof(qtbot, sqlite_database, settings):
    build_demo(sqlite_database, "small", 2020, datetime(2020, 2, 20, 18))
    ctx = build_context(sqlite_database, settings, probe_interval_ms=60_000)
    view = open_dashboard(qtbot, ctx)
    app = QCoreApplication.instance()
    orig_notify = type(app).notify
    slow = []
    def notify(self, obj, ev):
        t = time.perf_counter()
        r = orig_notify(self, obj, ev)
        d = (time.perf_counter() - t) * 1000
        if d > 40:
            slow.append((round(d), type(obj).__name__, obj.objectName(), ev.type()))
        return r
    type(app).notify = notify
    import cProfile, pstats
    pr = cProfile.Profile(); pr.enable()
    try:
        for _ in range(3):
            view.refresh(); qtbot.waitUntil(lambda: not view.is_loading(), timeout=20000); qtbot.wait(50)
    finally:
        pr.disable()
        type(app).notify = orig_notify
    print("\nSLOW", slow)
    pstats.Stats(pr).sort_stats("tottime").print_stats(12)
    ctx.close()
