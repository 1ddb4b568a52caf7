"""A throwaway PostgreSQL cluster for the test session: initdb + pg_ctl on a free port.

initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user.

The cluster is initialised in zh_CN.UTF-8, the locale of the servers in Chinese offices (.ci/run
generates it when missing), so the tests meet the sorting and index rules of a non-C collation:
a plain C cluster hid that PostgreSQL serves no `LIKE 'prefix%'` from an ordinary index in any
other. Without zh_CN.UTF-8 the cluster falls back to C.UTF-8 (as non-C for those rules), with a
warning; CANVASS_TEST_LOCALE names another locale.
"""
from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import warnings
from pathlib import Path

BIN_CANDIDATES = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin",
                  "/usr/lib/postgresql/15/bin")


def find_bin() -> Path | None:
    for candidate in BIN_CANDIDATES:
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


WANTED_LOCALE = "zh_CN.UTF-8"
FALLBACK_LOCALE = "C.UTF-8"


def available_locales() -> set[str]:
    """The locales this machine has, normalised (`locale -a` spells zh_CN.UTF-8 zh_CN.utf8)."""
    try:
        listed = subprocess.run(["locale", "-a"], check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return set()
    return {normalised(name) for name in listed.split()}


def normalised(locale_name: str) -> str:
    language, _, encoding = locale_name.partition(".")
    return f"{language}.{encoding.lower().replace('-', '')}" if encoding else language


def cluster_locale() -> str:
    """The locale to initialise the cluster in: CANVASS_TEST_LOCALE, else zh_CN.UTF-8 when the
    machine has it, else C.UTF-8 with a warning that the Chinese collation goes untested."""
    wanted = os.environ.get("CANVASS_TEST_LOCALE") or WANTED_LOCALE
    if normalised(wanted) in available_locales():
        return wanted
    warnings.warn(f"locale {wanted} is not installed (.ci/run generates zh_CN.UTF-8): the test "
                  f"PostgreSQL cluster falls back to {FALLBACK_LOCALE}", stacklevel=2)
    return FALLBACK_LOCALE


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresCluster:
    """Start with start(), stop with stop(); url(name) gives a psycopg URL for a database."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="canvass-pg-"))
        self.data = self.root / "data"
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            self.as_user = ["runuser", "-u", "postgres", "--"]
            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        self.superuser = "postgres" if self.as_user else pwd.getpwuid(os.geteuid()).pw_name
        self.locale = cluster_locale()

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, cwd=self.root)

    def start(self) -> None:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust",
                  "-U", self.superuser, "-E", "UTF8", f"--locale={self.locale}")
        self.resume()

    def options(self) -> str:
        """The server's command-line settings (tests/support/tls_cluster.py adds TLS to them)."""
        return (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c max_connections=200")

    def resume(self) -> None:
        """Start the server (again) on the same port and data."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", self.options(),
                  "-l", str(self.root / "server.log"), "-w", "start")

    def pause(self) -> None:
        """Stop the server, as an outage: clients see their connections drop."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def restart(self) -> None:
        """Stop and start again: what a server restart looks like to a connected client."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "restart")

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.superuser}@127.0.0.1:{self.port}/{database}"
