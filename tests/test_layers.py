"""The layer contract of DESIGN.md: ui → controllers → models; models import no Qt; ui runs no SQL."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), str(ROOT / "setup.cfg")], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 6 kept, 0 broken" in result.stdout


def test_contract_catches_qt_in_models(tmp_path: Path) -> None:
    """The check is not vacuous: a models module importing Qt breaks it."""
    import shutil
    for name in ("models", "controllers", "ui", "setup.cfg"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    (tmp_path / "models" / "leak.py").write_text("import PySide6.QtCore\n")
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), str(tmp_path / "setup.cfg")], cwd=tmp_path,
                            capture_output=True, text=True, timeout=300,
                            env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "models import no Qt" in result.stdout and "BROKEN" in result.stdout


def test_controllers_import_no_widgets() -> None:
    """Use cases run under a QCoreApplication too (the command line): QtCore and QtGui only.
    import-linter cannot name a part of an external package, so the imports are read here;
    controllers import nothing else that could bring widgets in (models import no Qt at all,
    and pyqtgraph is forbidden to controllers by a contract)."""
    import ast
    offenders = []
    for path in sorted((ROOT / "controllers").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [f"{node.module}.{alias.name}" for alias in node.names]
                     if isinstance(node, ast.ImportFrom) and node.module else [])
            if any(name.startswith("PySide6.QtWidgets") for name in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
