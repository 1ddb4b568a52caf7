"""The shift benchmark drives the real window through every phase of its shift and reports
its six rows: a small demo, a few of each thing, in a process of its own as bench/run.py runs
it (the figures are bench/'s business, not a test's)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from models.demo import build_demo
from models.opening import open_database

ROOT = Path(__file__).resolve().parents[2]


def test_the_shift_runs_every_phase_and_reports_its_rows(sqlite_template: Path,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "shift.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = open_database(str(path))
    build_demo(database, "small", 7, datetime.now().replace(microsecond=0))
    database.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "bench.shift", "--db", str(path), "--cases", "6",
         "--communities", "2", "--dispatches", "1", "--days", "1", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode in (0, 1), result.stderr[-2000:]
    rows = json.loads(result.stdout.splitlines()[-1])
    operations = [row["operation"] for row in rows]
    assert len(rows) == 6
    assert "6 case windows, 2 communities" in operations[0]
    assert "sheets)" in operations[0] and " 0 sheets" not in operations[0]
    memory = {row["operation"]: row["canvass_s"] for row in rows if row["unit"] == "MB"}
    assert len(memory) == 3 and all(50 < mb < 4000 for mb in memory.values())
    assert "  every view: dashboard: longest stall" in result.stderr   # each view on its own
    for phase in ("case windows", "community windows", "sheets", "dashboard and wall"):
        assert f"  {phase}: longest stall" in result.stderr
