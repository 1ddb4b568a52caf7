"""The installer's parts, checked without building the bundle (that takes minutes and runs in
packaging/build.py, not in CI): the spec ships every file Canvass opens at run time, the desktop
entry starts the windowed executable, the icons are there for Qt and for Windows, and the
smoke test's own tools do what it relies on; the wheel's metadata carries the licence."""
from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QImage

from controllers.runtime.language import install_translators
from models.register.resident_id import validate
from ui.shell.launch import application

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "canvass.spec"


def spec_value(name: str) -> object:
    """A literal assigned at the spec's top level (the spec runs only inside PyInstaller)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name
                                                for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned a literal in {SPEC.name}")


def read_at_run_time() -> list[Path]:
    """What Canvass opens by path beside its modules: everything in resources/ but Python and
    the translators' .ts sources, and the Alembic scripts (env.py, the template, the versions);
    the migrations' snapshots package is imported as modules, like the rest of the code."""
    files = [path for path in (ROOT / "resources").rglob("*")
             if path.is_file() and path.suffix not in (".py", ".pyc", ".ts")]
    migrations = ROOT / "models" / "migrations"
    files += [path for path in migrations.rglob("*") if path.is_file()
              and path.suffix != ".pyc" and "snapshots" not in path.parts
              and path.name != "__init__.py"]
    return sorted(files)


def test_the_spec_ships_every_file_read_at_run_time() -> None:
    datas = spec_value("DATAS")
    assert isinstance(datas, list)
    shipped = {path: target for pattern, target in datas for path in ROOT.glob(pattern)}
    missing = [str(path.relative_to(ROOT)) for path in read_at_run_time() if path not in shipped]
    assert missing == [], f"add these to DATAS in {SPEC.name}: {missing}"
    # Each lands where resources/__init__.py and models/db/database.py look: beside its module.
    misplaced = [str(path.relative_to(ROOT)) for path, target in shipped.items()
                 if path.parent.relative_to(ROOT).as_posix() != target]
    assert misplaced == []
    assert {"resources/i18n/canvass_zh_CN.qm", "models/migrations/env.py",
            "resources/icons/canvass.ico"} <= {p.relative_to(ROOT).as_posix() for p in shipped}


def test_every_package_of_canvass_is_in_the_bundle_by_name() -> None:
    """The dashboard imports its charts by name: the spec collects every module of each package
    setup.cfg installs, so a new package cannot be left out either."""
    setup = configparser.ConfigParser()
    setup.read(ROOT / "setup.cfg", encoding="utf-8")
    packages = {line.split(".")[0] for line in setup["options.packages.find"]["include"].split()}
    spec = SPEC.read_text(encoding="utf-8")
    assert {name for name in packages if f'project_modules("{name}")' not in spec} == set()
    assert "pyinstaller" in setup["options.extras_require"]["package"].lower()
    assert "pyinstaller" not in setup["options.extras_require"]["test"].lower()


def test_the_desktop_entry_starts_the_windowed_executable() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "canvass.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert desktop["Name[zh_CN]"] == "排查送治指挥中心"
    assert desktop["Icon"] == "canvass"
    assert Path(desktop["Exec"]).name == "canvass-gui" and 'name="canvass-gui"' in \
        SPEC.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(PACKAGING / "canvass.desktop")],
                                capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_icons_for_qt_and_for_windows() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "canvass.svg").read_text(encoding="utf-8").startswith("<svg")
    picture = QImage(str(icons / "canvass.png"))
    assert picture.width() == picture.height() == 256
    data = (icons / "canvass.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    sizes = {struct.unpack_from("<B", data, 6 + 16 * n)[0] or 256 for n in range(count)}
    assert (reserved, kind) == (0, 1) and {16, 32, 48, 256} <= sizes


def test_every_window_carries_the_icon() -> None:
    assert not application().windowIcon().isNull()


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_smoke_register_is_one_canvass_accepts(tmp_path: Path) -> None:
    checks = load("smoke_checks")
    path = checks.register_csv(tmp_path / "r.csv", "42010201001", 12)
    rows = path.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert len(rows) == 12
    assert all(validate(row.split(",")[1], date(2020, 2, 20)).ok for row in rows)


def test_the_smoke_reads_only_its_own_processes_logs(tmp_path: Path) -> None:
    checks = load("smoke_checks")
    (tmp_path / "canvass-20200220-080000-11.log").write_text(
        "2020-02-20 08:00:01,000 ERROR   canvass.ui: chart failed\nTraceback (most recent…\n",
        encoding="utf-8")
    (tmp_path / "canvass-20200220-080000-12.log").write_text(
        "2020-02-20 08:00:01,000 ERROR   canvass.ui: another process\n", encoding="utf-8")
    assert len(checks.log_errors(tmp_path, [11, 13])) == 2
    with pytest.raises(checks.SmokeFailure, match="blank"):
        blank = QImage(400, 300, QImage.Format.Format_RGB32)
        blank.fill(0xFFFFFF)
        blank.save(str(tmp_path / "blank.png"))
        checks.check_png(tmp_path / "blank.png")


def test_the_wheel_ships_the_licence(tmp_path: Path) -> None:
    """MIT asks that its notice travel with every copy. Building the wheel itself needs the
    network (pyproject.toml's setuptools>=68 and wheel, newer than this venv's, are fetched into
    an isolated build environment: about 25 s), so this reads the metadata setuptools writes
    for it: bdist_wheel copies each `License-File` into the wheel's .dist-info/licenses/.
    (A Python 3.12+ venv has no setuptools of its own: there this check is skipped.)"""
    pytest.importorskip("setuptools")
    subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q",
                    "egg_info", "--egg-base", str(tmp_path)],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    metadata = (tmp_path / "canvass.egg-info" / "PKG-INFO").read_text(encoding="utf-8")
    assert "License-File: LICENSE" in metadata.splitlines()
    assert "License: MIT" in metadata.splitlines()
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_the_spec_ships_the_qt_catalogues_the_chinese_interface_loads() -> None:
    """Without qtbase_zh_CN.qm in the bundle, its OK/Cancel buttons and file dialogs read
    English in the Chinese interface: the spec names each catalogue that language.py loads
    from Qt's translations folder, and each is there to be copied."""
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    named = spec_value("QT_TRANSLATIONS")
    assert isinstance(named, list) and "qtbase_zh_CN.qm" in named
    assert [name for name in named if not (qt_folder / name).is_file()] == []
    app = application()
    remove = install_translators(app, "zh")
    try:
        loaded = {Path(translator.filePath()) for translator in app.findChildren(QTranslator)}
    finally:
        remove()
    from_qt = {path.name for path in loaded if path.parent == qt_folder}
    assert from_qt == set(named)
