"""A small filesystem for the disk-full tests: a tmpfs of a few megabytes mounted on a folder of
the test's (`mount -t tmpfs -o size=…`, which needs root; the test skips saying so otherwise),
and a filler file that takes all of its space but what the test leaves free."""
from __future__ import annotations

import errno
import os
import pwd
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

FILLER = "filler.bin"


@contextmanager
def small_disk(folder: Path, megabytes: int = 4, owner: str | None = None) -> Iterator[Path]:
    """`owner`: the system user the filesystem's root belongs to (the PostgreSQL server's, for a
    tablespace on it); root's when None."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={megabytes}m"
    if owner is not None:
        account = pwd.getpwnam(owner)
        options += f",uid={account.pw_uid},gid={account.pw_gid},mode=0700"
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"a small filesystem cannot be mounted here (mount -t tmpfs needs root): "
                    f"{mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def free_bytes(folder: Path) -> int:
    stat = os.statvfs(folder)
    return stat.f_bavail * stat.f_frsize


def fill(folder: Path, leave: int = 0) -> Path:
    """Take the filesystem's space but `leave` bytes (0: every block, until it says ENOSPC)."""
    path = folder / FILLER
    block = b"\0" * 65536
    with path.open("ab", buffering=0) as filler:
        try:
            while (room := free_bytes(folder) - leave) > 0:
                filler.write(block[:min(room, len(block))])
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
    return path


def sqlite_file_on(folder: Path, template: Path) -> str:
    """A copy of the migrated template on the small disk, by URL."""
    path = folder / "canvass.sqlite3"
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"
