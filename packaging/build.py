"""Build the one-folder bundle with packaging/canvass.spec, then prove it runs on its own.

    pip install -e ".[package]"
    python packaging/build.py                 # build dist/canvass/, then the smoke test
    python packaging/build.py --smoke-only    # the smoke test of an existing dist/canvass/

The same commands build the Windows bundle on a Windows PC (dist\\canvass\\canvass-gui.exe).

The smoke test runs the bundle's own executables from a scratch folder outside the checkout,
with a scratch data and settings folder, as a PC that never saw the source would: the demo
district, a screenshot of every view, a day's transfer sheets as PDF, a register import. Each
step's exit code is checked and so is what it wrote; and since a missing module inside the
bundle (a chart imported by name, say) is logged but still ends in exit 0, the log files of
the smoke's processes must hold no error. On Linux with Xvfb and xdotool it also times the
bundled window from start to first paint. Any failure ends this script with exit 1.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "canvass.spec"
EXE = ".exe" if sys.platform == "win32" else ""
DEMO_DAY = "2020-02-20"
REGISTER_PERSONS = 12
DB_ENV = "CANVASS_DB"
sys.path.insert(0, str(HERE))
from smoke_checks import (  # noqa: E402  (beside this script, not an installed module)
    SmokeFailure,
    check_pdf,
    check_png,
    log_errors,
    measure_first_paint,
    register_csv,
)


def build(dist: Path, work: Path) -> float:
    """Run PyInstaller on the spec; the seconds it took."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller is not installed here: pip install -e \".[package]\"")
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   cwd=ROOT, check=True)
    return time.monotonic() - started


def size_on_disk(folder: Path) -> int:
    """Bytes of the bundle's files (a symbolic link, as PyInstaller makes for Qt's libraries on
    Linux, counted as the link it is)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir()
               or path.is_symlink())


class Smoke:
    """The bundle's executables run in a scratch folder; every process's id kept for its log."""

    def __init__(self, bundle: Path, scratch: Path) -> None:
        self.bundle, self.scratch = bundle, scratch
        self.pids: list[int] = []
        self.env = {key: value for key, value in os.environ.items()
                    if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", DB_ENV)}
        # Scratch settings and data folder (Linux and macOS read these; Windows keeps the
        # settings in the registry and the logs in %LOCALAPPDATA%, where the pids find them).
        self.env["XDG_DATA_HOME"] = str(scratch / "data")
        self.env["XDG_CONFIG_HOME"] = str(scratch / "config")
        if sys.platform != "win32" and not (os.environ.get("DISPLAY")
                                            or os.environ.get("WAYLAND_DISPLAY")):
            self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.database = scratch / "demo.sqlite3"

    def run(self, *args: str, timeout: float = 300) -> str:
        """`canvass --db demo.sqlite3 --lang zh ARGS`; its standard output, or SmokeFailure."""
        command = [str(self.bundle / f"canvass{EXE}"), "--db", str(self.database), "--lang", "zh",
                   *args]
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=self.scratch, env=self.env, text=True,
                                   encoding="utf-8", errors="replace",
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.pids.append(process.pid)
        out, err = process.communicate(timeout=timeout)
        seconds = time.monotonic() - started
        if process.returncode != 0:
            raise SmokeFailure(f"canvass {' '.join(args)}: exit {process.returncode}\n{err}{out}")
        print(f"  ok {seconds:5.1f} s  canvass {' '.join(args)}")
        return out

    def views(self) -> list[str]:
        """Every view the screenshot command knows, as its own --help lists them."""
        usage = " ".join(self.run("screenshot", "--help").split())
        found = re.search(r"one of: ((?:[a-z_]+, )*[a-z_]+)", usage)
        if not found:
            raise SmokeFailure("canvass screenshot --help names no views")
        return [view.strip() for view in found.group(1).split(",") if view.strip()]

    def data_folder(self) -> Path:
        if sys.platform == "win32":
            return Path(os.environ["LOCALAPPDATA"]) / "Canvass" / "Canvass"
        return self.scratch / "data" / "Canvass" / "Canvass"

    def all_steps(self) -> None:
        self.run("--help")
        self.run("demo", "--size", "small", "--today", DEMO_DAY)
        for view in self.views():
            picture = self.scratch / f"{view}.png"
            self.run("screenshot", view, "--out", str(picture))
            check_png(picture)
        sheets = self.scratch / "sheets.pdf"
        self.run("sheet", "--date", DEMO_DAY, "--out", str(sheets))
        check_pdf(sheets, "转运单")
        self.import_register()
        self.check_logs()

    def check_logs(self) -> None:
        errors = log_errors(self.data_folder(), self.pids)
        if errors:
            raise SmokeFailure("the bundle logged errors:\n" + "\n".join(errors[:40]))

    def import_register(self) -> None:
        with sqlite3.connect(self.database) as connection:
            code = connection.execute("SELECT code FROM community ORDER BY id").fetchone()[0]
            before = connection.execute("SELECT count(*) FROM person").fetchone()[0]
        path = register_csv(self.scratch / "register.csv", code, REGISTER_PERSONS)
        self.run("import", str(path))
        with sqlite3.connect(self.database) as connection:
            after = connection.execute("SELECT count(*) FROM person").fetchone()[0]
        if after - before != REGISTER_PERSONS:
            raise SmokeFailure(f"the import added {after - before} persons, not "
                               f"{REGISTER_PERSONS}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle goes (default: dist/ in the checkout)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller)")
    parser.add_argument("--smoke-only", action="store_true", help="test an existing bundle")
    parser.add_argument("--no-smoke", action="store_true", help="build only")
    parser.add_argument("--keep", action="store_true", help="keep the smoke test's folder")
    parser.add_argument("--drop-caches", action="store_true",
                        help="Linux, as root: empty the page cache before the first start, "
                             "for a truly cold start time")
    args = parser.parse_args(argv)
    if sys.platform == "win32":     # a console's code page cannot print the Chinese it checks
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    bundle = args.dist / "canvass"
    if not args.smoke_only:
        seconds = build(args.dist, args.work)
        print(f"built {bundle} in {seconds:.0f} s")
    if not (bundle / f"canvass{EXE}").is_file():
        print(f"no bundle in {bundle}: build it first", file=sys.stderr)
        return 1
    print(f"bundle: {size_on_disk(bundle) / 2**20:.0f} MiB on disk, "
          f"{sum(1 for _ in bundle.rglob('*'))} files")
    if args.no_smoke:
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="canvass-smoke-"))
    print(f"smoke test in {scratch}")
    try:
        smoke = Smoke(bundle, scratch)
        smoke.all_steps()
        timings = measure_first_paint(bundle / f"canvass-gui{EXE}", smoke, args.drop_caches)
        smoke.check_logs()
        if timings:
            print("first painted window: " + ", ".join(f"{t:.2f} s" for t in timings)
                  + " (the first run first)")
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        print(f"(its files are kept in {scratch})", file=sys.stderr)
        return 1
    print("smoke test passed")
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
