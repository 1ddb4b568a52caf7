"""What packaging/build.py checks in what the bundle wrote, and how it times the first paint.

Plain functions over files, so that they run with any Python that has PySide6 (the builder's):
the bundle itself is only ever run as a program.
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIN_COLOURS = 24            # a blank or one-colour window has a handful; a rendered view hundreds
SIDEBAR = "#1e2a38"         # resources/canvass.qss QFrame#sidebar: the starting window's left edge
STARTS = 3
BAD_SIGNS = (" ERROR ", " CRITICAL ", "Traceback", "canvass.language: translation")


class SmokeFailure(Exception):
    """A smoke step that did not do what it should: the message says which and how."""


def check_png(path: Path) -> None:
    """A PNG that is there, not empty, and not blank (many colours in a grid of samples)."""
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(PNG_SIGNATURE):
        raise SmokeFailure(f"{path.name}: no PNG written")
    from PySide6.QtGui import QImage
    image = QImage(str(path))
    if image.isNull() or image.width() < 100 or image.height() < 100:
        raise SmokeFailure(f"{path.name}: not a readable picture")
    colours = {image.pixel(x * image.width() // 64, y * image.height() // 64)
               for x in range(64) for y in range(64)}
    if len(colours) < MIN_COLOURS:
        raise SmokeFailure(f"{path.name}: blank ({len(colours)} colours)")


def check_pdf(path: Path, must_contain: str) -> None:
    """A PDF whose text (pdftotext, where installed) holds `must_contain`."""
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF") or len(data) < 1000:
        raise SmokeFailure(f"{path.name}: no PDF written")
    if shutil.which("pdftotext") is None:
        print(f"  (pdftotext not found: the text of {path.name} is not checked)")
        return
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    if must_contain not in text:
        raise SmokeFailure(f"{path.name}: its text lacks {must_contain!r} (fonts missing?): "
                           f"{text[:200]!r}")


def log_errors(folder: Path, pids: list[int]) -> list[str]:
    """The ERROR and CRITICAL records, tracebacks included, in the smoke processes' log files,
    and a translation catalogue not found (the bundle would show English to Chinese staff)."""
    found: list[str] = []
    for pid in pids:
        for path in sorted(folder.glob(f"canvass-*-{pid}.log*")):
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            found += [f"{path.name}: {line}" for line in lines
                      if any(sign in line for sign in BAD_SIGNS)]
    return found


def resident_id(region: str, born: date, sequence: int) -> str:
    """A well-formed 18-digit resident ID (GB 11643: ISO 7064 MOD 11-2 check character)."""
    body = f"{region}{born:%Y%m%d}{sequence:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def register_csv(path: Path, community: str, persons: int) -> Path:
    """A community office's register: `persons` new residents, three to a household."""
    digits = "零一二三四五六七八九"
    lines = ["姓名,身份证号,联系电话,社区,楼栋,单元,门牌号,与户主关系"]
    for n in range(persons):
        name = "冒烟" + "".join(digits[int(d)] for d in f"{n:02d}")
        born = date(1960 + n, 1 + n % 12, 1 + n % 28)
        lines.append(f"{name},{resident_id('420102', born, 900 + n)},1390000{n:04d},{community},"
                     f"99,1,{n // 3 + 1}01,{'本人' if n % 3 == 0 else '子'}")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


POLLER = r"""
import subprocess, sys, time
from PySide6.QtGui import QColor, QGuiApplication
app = QGuiApplication(sys.argv[:1])
screen, sidebar = app.primaryScreen(), QColor(sys.argv[1]).rgb()
started = time.monotonic()
gui = subprocess.Popen(sys.argv[2:])
painted = None
while painted is None and time.monotonic() - started < 60 and gui.poll() is None:
    windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(gui.pid)],
                             capture_output=True, text=True).stdout.split()
    for window in windows:
        image = screen.grabWindow(int(window)).toImage()
        if image.width() > 200 and image.pixel(20, image.height() // 2) == sidebar:
            painted = time.monotonic() - started
    time.sleep(0.005)
gui.terminate()
gui.wait(10)
print(gui.pid, painted)
"""


def measure_first_paint(gui: Path, smoke: Any, drop_caches: bool) -> list[float]:
    """Seconds from starting `canvass-gui` to its first painted window on a virtual X screen,
    STARTS times (the first after emptying the page cache when asked); [] where this cannot be
    measured (not Linux, no Xvfb or xdotool)."""
    if not sys.platform.startswith("linux") or not all(map(shutil.which, ("Xvfb", "xdotool"))):
        print("  (no Xvfb and xdotool: the start time is not measured)")
        return []
    display = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                   and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    env = {**smoke.env, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
    timings = []
    try:
        time.sleep(1)
        for run in range(STARTS):
            if run == 0 and drop_caches:
                subprocess.run(["sync"], check=True)
                Path("/proc/sys/vm/drop_caches").write_text("3\n")
            result = subprocess.run([sys.executable, "-c", POLLER, SIDEBAR, str(gui),
                                     "--db", str(smoke.database)], env=env, cwd=smoke.scratch,
                                    capture_output=True, text=True, timeout=120)
            pid, _, value = (result.stdout.strip().splitlines() or ["0 None"])[-1].partition(" ")
            smoke.pids.append(int(pid))
            if value in ("", "None"):
                raise SmokeFailure(f"canvass-gui painted no window within 60 s\n{result.stderr}")
            timings.append(float(value))
    finally:
        server.terminate()
        server.wait(10)
    print(f"  ok first painted window, median {statistics.median(timings):.2f} s")
    return timings

