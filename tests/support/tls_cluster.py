"""A throwaway PostgreSQL cluster that speaks to TCP clients only over TLS, with its own test CA.

What a command center's server looks like when it is deployed as the README says (section "TLS to
the PostgreSQL server"): `ssl=on`, a server certificate signed by the office's CA, and a
pg_hba.conf whose only TCP lines are `hostssl`, so a client that asks for no encryption is turned
away by the server itself. The certificates are made with the `openssl` command (PostgreSQL's own
packages depend on it, so wherever initdb is, openssl is): a CA, a server certificate for
`localhost` and 127.0.0.1 signed by it, and a second CA that signed nothing, to stand for a
client given the wrong authority.

The default cluster (tests/support/postgres_cluster.py) is left as it is; this one is started by
the tests of TLS alone (tests/controllers/test_tls.py), for their module.
"""
from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlencode

from tests.support.postgres_cluster import PostgresCluster

# What the server's certificate is made out to (subjectAltName): the names a client may use.
SERVER_NAMES = "DNS:localhost,IP:127.0.0.1"
# Only encrypted TCP connections are accepted; the Unix socket (the test's own setup) stays open.
HBA = """\
local   all all              trust
hostssl all all 127.0.0.1/32 trust
hostssl all all ::1/128      trust
"""


def have_openssl() -> bool:
    return shutil.which("openssl") is not None


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], check=True, cwd=cwd, capture_output=True)


def make_ca(folder: Path, name: str) -> Path:
    """A self-signed certificate authority `name`.crt (its key beside it); the certificate's path."""
    _openssl("req", "-x509", "-new", "-nodes", "-newkey", "ec", "-pkeyopt",
             "ec_paramgen_curve:prime256v1", "-sha256", "-days", "2",
             "-subj", f"/CN=Canvass test {name}", "-keyout", f"{name}.key", "-out", f"{name}.crt",
             cwd=folder)
    return folder / f"{name}.crt"


def make_server_certificate(folder: Path, ca: str, names: str = SERVER_NAMES) -> tuple[Path, Path]:
    """A server key and certificate for `names`, signed by the CA `ca` in `folder`."""
    _openssl("req", "-new", "-nodes", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
             "-subj", "/CN=localhost", "-keyout", "server.key", "-out", "server.csr", cwd=folder)
    (folder / "server.ext").write_text(f"subjectAltName={names}\n", encoding="ascii")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", f"{ca}.crt", "-CAkey", f"{ca}.key",
             "-CAcreateserial", "-sha256", "-days", "2", "-extfile", "server.ext",
             "-out", "server.crt", cwd=folder)
    return folder / "server.key", folder / "server.crt"


class TlsCluster(PostgresCluster):
    """A PostgresCluster with `ssl=on` and hostssl-only TCP; `ca` is the authority that signed
    its certificate, `stranger_ca` one that did not."""

    def __init__(self, bin_dir: Path) -> None:
        super().__init__(bin_dir)
        self.certificates = self.root / "tls"
        self.certificates.mkdir()
        self.ca = make_ca(self.certificates, "ca")
        self.stranger_ca = make_ca(self.certificates, "stranger")
        self.server_key, self.server_certificate = make_server_certificate(self.certificates, "ca")
        # The server refuses a key others may read, or one it does not own (root's aside).
        os.chmod(self.server_key, 0o600)
        if self.as_user:
            owner = pwd.getpwnam("postgres")
            os.chown(self.server_key, owner.pw_uid, owner.pw_gid)

    def start(self) -> None:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "--no-sync",
                  "-U", self.superuser, "-E", "UTF8", f"--locale={self.locale}")
        (self.data / "pg_hba.conf").write_text(HBA, encoding="ascii")
        self.resume()

    def options(self) -> str:
        return (f"{super().options()} -c ssl=on -c ssl_cert_file={self.server_certificate} "
                f"-c ssl_key_file={self.server_key}")

    def tls_url(self, database: str, *, ca: Path | None = None, sslmode: str = "verify-full",
                host: str = "127.0.0.1", hostaddr: str | None = None) -> str:
        """The URL a person would give --db: `postgresql://` (the driver is Canvass's business)
        with libpq's TLS parameters. `hostaddr` connects there while the certificate is checked
        against `host` (a name the certificate does not hold, without DNS)."""
        query: dict[str, str] = {"sslmode": sslmode}
        if ca is not None:
            query["sslrootcert"] = str(ca)
        if hostaddr is not None:
            query["hostaddr"] = hostaddr
        return (f"postgresql://{self.superuser}@{host}:{self.port}/{database}?"
                f"{urlencode(query, safe='/')}")   # a path as a person types it

    def create_database(self, name: str) -> None:
        """An empty database, made over the Unix socket (TCP needs TLS, psql is not assumed)."""
        self._run(str(self.bin_dir / "createdb"), "-h", str(self.root), "-p", str(self.port),
                  "-U", self.superuser, name)
