"""Start to first painted window: Canvass's main window on the district database against a bare
PySide6 QMainWindow, each in a fresh process, timed from the process start to the first paint.

    python -m bench.window_start --db PATH_OR_URL
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Row

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(time.time(), flush=True); QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv[:1]); w = QMainWindow(); f = Painted(); w.installEventFilter(f)
w.resize(1440, 900); w.show(); app.exec()
"""

STARTING = """
import sys, time
t0 = time.time()
import main
from PySide6.QtCore import QTimer
from ui.shell.launch import StartingWindow, begin
args = main.gui_arguments(["--db", sys.argv[1]])
session, settings = begin(args)
window = StartingWindow(settings)
window.show_and_paint()
print(window.painted_at, flush=True)
session.finish()
"""

CANVASS = """
import sys, time, tempfile
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QThread
from controllers.runtime.context import build_context
from controllers.runtime.settings import Settings
from models.opening import open_database
from ui.shell.launch import application
from ui.kit.appearance import apply_appearance
from ui.shell.main_window import MainWindow
from controllers.runtime.language import install_translators
app = application(); install_translators(app, "zh"); apply_appearance(app)
database = open_database(sys.argv[1])
context = build_context(database, Settings.in_file(Path(tempfile.mkdtemp()) / "s.ini"))
w = MainWindow(context); w.resize(1440, 900); w.show()
# The first view's first page: read, then painted.
while w.is_loading():
    QCoreApplication.processEvents(); QThread.msleep(1)
w.repaint()
print(time.time(), flush=True)
context.close(); database.dispose()
"""


def _start(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120, check=True)
    return float(result.stdout.split()[-1]) - started


def median_start(code: str, *args: str) -> float:
    _start(code, *args)  # warm the file cache
    return statistics.median(_start(code, *args) for _ in range(RUNS))


def rows(location: str) -> list[Row]:
    """The first painted window is the starting window main.py paints before it imports the
    data layer (ui/shell/launch.py); then the main window whose first view shows its first page
    (issue 24: ≤ 3× a bare window; the views are built when first shown, ui/shell/views.py)."""
    bare = median_start(BARE)
    return [Row("start to first painted window", median_start(STARTING, location), bare, 4.0),
            Row("start to the main window's first view with its first page",
                median_start(CANVASS, location), bare, 3.0)]
