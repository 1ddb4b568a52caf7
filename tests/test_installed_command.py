"""The installed `canvass` command is the same program as `python main.py`."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.db.database import head_revision


def test_the_canvass_script_runs(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("canvass")
    if not script.exists():
        if os.environ.get("CI"):
            pytest.fail("the canvass script is not installed next to the test interpreter")
        pytest.skip("Canvass is not pip-installed in this environment")
    result = subprocess.run([str(script), "--lang", "en", "--db", str(tmp_path / "c.sqlite3"),
                             "db", "upgrade"],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"schema {head_revision()} (this Canvass: {head_revision()})" in result.stdout
