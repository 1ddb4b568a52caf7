"""Memory after a working session: every view visited, the register scrolled to its end.

Canvass's main window in a fresh process on the district database: each view is shown in turn
and left to load, then the register of persons (a million rows) is taken to its last row; the
resident memory is read at the end. Beside it, the same for a bare PySide6 QMainWindow.
Target: at most 400 MB resident.

    python -m bench.memory --db PATH_OR_URL
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from bench.common import Row, table

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB = 400.0

RSS = """
def rss_mb():
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
"""

BARE = RSS + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1440, 900); w.show()
QTimer.singleShot(500, app.quit); app.exec(); print(rss_mb())
"""

CANVASS = RSS + """
import sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, Qt, QTimer
from controllers.runtime.context import build_context
from controllers.runtime.settings import Settings
from models.opening import open_database
from ui.shell.launch import application
from ui.kit.appearance import apply_appearance
from ui.kit.lazy_table_model import ID_ROLE
from ui.shell.main_window import VIEW_IDS, MainWindow
from controllers.runtime.language import install_translators

def settle(done, limit_s=60.0):
    loop = QEventLoop(); check = QTimer(interval=20)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    QTimer.singleShot(int(limit_s * 1000), loop.quit); check.start()
    if not done():
        loop.exec()
    check.stop()

app = application(); install_translators(app, "zh"); apply_appearance(app)
database = open_database(sys.argv[1])
context = build_context(database, Settings.in_file(Path(tempfile.mkdtemp()) / "s.ini"))
window = MainWindow(context); window.resize(1440, 900); window.show()
for view_id in VIEW_IDS:
    window.show_view(view_id)
    settle(lambda: not context.tasks.is_busy(), 120.0)
register = window.views["register"]
settle(lambda: register.model.rowCount() > 0)
register.table.scrollToBottom()
last = register.model.index(register.model.rowCount() - 1, 0)
settle(lambda: register.model.data(last, ID_ROLE) is not None)
settle(lambda: False, 0.5)
print(rss_mb())
context.close(); database.dispose()
"""


def resident_mb(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600, check=True)
    return float(result.stdout.split()[-1])


def rows(database_location: str) -> list[Row]:
    return [Row("memory: every view visited, the register scrolled to its end",
                resident_mb(CANVASS, database_location), resident_mb(BARE), float("inf"),
                TARGET_MB, unit="MB")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    print(table(rows(args.db)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
