"""A throwaway PostgreSQL cluster deployed the way README "Roles" says: password (SCRAM)
authentication for every role but the test's own superuser, an owner role that owns the Canvass
database (CREATEROLE, no superuser), and nothing else. `dsn(user, password)` is what psql with a
person's credentials would connect with; `address()` a workstation's address (no user).

The default cluster (tests/support/postgres_cluster.py) is left as it is; the login-role tests
(tests/controllers/accounts/test_login_roles.py) start this one for their module."""
from __future__ import annotations

import psycopg

from tests.support.postgres_cluster import PostgresCluster

OWNER = "canvass_owner_role"
OWNER_PASSWORD = "owner-secret-pass"
DATABASE = "canvass"


def hba(superuser: str) -> str:
    """Trust for the test's superuser on the socket alone (to set the cluster up); SCRAM for
    everyone else, on the socket and on TCP."""
    return (f"local all {superuser} trust\n"
            "local all all scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n")


class LoginCluster(PostgresCluster):
    def start(self) -> None:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "--no-sync",
                  "-U", self.superuser, "-E", "UTF8", f"--locale={self.locale}")
        (self.data / "pg_hba.conf").write_text(hba(self.superuser), encoding="ascii")
        self.resume()
        with psycopg.connect(host=str(self.root), port=self.port, user=self.superuser,
                             dbname="postgres", autocommit=True) as connection:
            connection.execute("SET password_encryption = 'scram-sha-256'")
            connection.execute(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD "
                               f"'{OWNER_PASSWORD}'")
            connection.execute(f"CREATE DATABASE {DATABASE} OWNER {OWNER}")

    def options(self) -> str:
        return f"{super().options()} -c password_encryption=scram-sha-256"

    def address(self) -> str:
        """A workstation's address: host and database, no user, no password."""
        return f"postgresql://127.0.0.1:{self.port}/{DATABASE}"

    def owner_address(self) -> str:
        return f"postgresql://{OWNER}:{OWNER_PASSWORD}@127.0.0.1:{self.port}/{DATABASE}"

    def dsn(self, user: str, password: str) -> str:
        """What psql with `user`'s credentials connects with (TCP, SCRAM)."""
        return (f"host=127.0.0.1 port={self.port} dbname={DATABASE} user={user} "
                f"password={password}")

    def superuser_dsn(self) -> str:
        return f"host={self.root} port={self.port} dbname={DATABASE} user={self.superuser}"
