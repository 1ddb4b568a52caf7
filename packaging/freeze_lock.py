"""Write requirements/lock.txt: the exact versions of the environment the tests passed in.

    .venv/bin/python packaging/freeze_lock.py          # after the full test command passed

Without a lock, two installs a day apart run different libraries (one CI run got PySide6 6.11.3,
the next 6.12.0, which aborts under Python 3.11), and the benchmark figures are tied to nothing.
The lock is a pip *constraints* file: CI installs with it (`.ci/run` sets PIP_CONSTRAINT), while
the README's own commands keep resolving from setup.cfg's ranges and work without it.

It is `pip freeze` narrowed to what Canvass needs: the distributions its requirements (with the
`test` and `package` extras) reach in this environment, not whatever else was installed by hand
(a profiler), and never Canvass itself or pip's build tools (setuptools, wheel, pip): pinning
those would override pyproject.toml's build requirements when pip builds Canvass.
"""
from __future__ import annotations

import configparser
import re
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "lock.txt"
PROJECT = "canvass"
EXTRAS = ("test", "package")
NOT_LOCKED = {"pip", "setuptools", "wheel", PROJECT}


def canonical(name: str) -> str:
    """PEP 503's normal form, so PySide6_Essentials and pyside6-essentials are one name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(extras: tuple[str, ...] = EXTRAS) -> list[Requirement]:
    """setup.cfg's requirements and those of `extras`, read from the file itself: an editable
    install's metadata is as old as the last `pip install -e`."""
    setup = configparser.ConfigParser()
    setup.read(ROOT / "setup.cfg", encoding="utf-8")
    lines = setup["options"]["install_requires"].splitlines()
    for extra in extras:
        lines += setup["options.extras_require"][extra].splitlines()
    return [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]


def needed(extras: tuple[str, ...] = EXTRAS) -> dict[str, str]:
    """Every installed distribution Canvass (with `extras`) requires here, name -> version."""
    found: dict[str, str] = {}
    pending = [(requirement.name, frozenset(requirement.extras))
               for requirement in declared(extras)
               if requirement.marker is None or requirement.marker.evaluate()]
    seen: set[tuple[str, frozenset[str]]] = set()
    while pending:
        name, wanted = pending.pop()
        if (canonical(name), wanted) in seen:
            continue
        seen.add((canonical(name), wanted))
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue  # a requirement whose marker excludes this platform, or an optional one
        if canonical(name) not in NOT_LOCKED:
            found[canonical(dist.metadata["Name"])] = dist.version
        for line in dist.requires or []:
            requirement = Requirement(line)
            environments = [{"extra": extra} for extra in wanted] or [{"extra": ""}]
            if requirement.marker is None or any(requirement.marker.evaluate(env)
                                                 for env in environments):
                pending.append((requirement.name, frozenset(requirement.extras)))
    return found


def lock_text(pins: dict[str, str]) -> str:
    python = ".".join(map(str, sys.version_info[:3]))
    lines = [
        f"# The versions the full test command passed with (Python {python}, {sys.platform}).",
        "# Written by packaging/freeze_lock.py; .ci/run installs with it as pip constraints",
        "# (PIP_CONSTRAINT). Refresh it after the tests pass on newer versions.",
    ]
    return "\n".join(lines + [f"{name}=={version}" for name, version in sorted(pins.items())]) + "\n"


def main() -> int:
    pins = needed()
    missing = [r.name for r in declared() if canonical(r.name) not in pins
               and (r.marker is None or r.marker.evaluate())]
    if missing:
        print(f"freeze_lock: not installed here: {', '.join(missing)} (run it with the venv's "
              "interpreter after `pip install -e .[test,package]`)", file=sys.stderr)
        return 1
    LOCK.parent.mkdir(exist_ok=True)
    LOCK.write_text(lock_text(pins), encoding="utf-8")
    print(f"{LOCK.relative_to(ROOT)}: {len(pins)} pins")
    return 0


if __name__ == "__main__":
    sys.exit(main())
