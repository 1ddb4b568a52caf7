"""The suite with the login roles in place (issue 20: "the benchmark suite still meets every target
with the audit triggers and roles in place"): `bench/run.py --roles --db OWNER_URL`.

The database given is made role-enforced by its owner (`canvass db roles install`, as README
"Roles enforced by PostgreSQL" deploys it), and the bench's people get their login roles: a
commander, whose connection every interactive row then runs on (the statements Canvass sends and
the raw baselines replayed alike), and a clerk, who imports the register. The scratch databases
of the builds are made role-enforced the same way before anything is loaded:

* the demo district is built by the owner, on the enforced database before its first account
  (the deployment's order: `db upgrade`, `db roles install`, `demo`, `user add`): only the
  tables' owner may drop and rebuild the indexes, foreign keys and tally triggers a bulk load
  into empty tables builds once at the end (models/db/bulk_load.py); built on a commander's
  login the tally triggers count row by row (the small demo: 58 s instead of 3 s);
* the register is imported on the clerk's login (the role that imports), the district workbook
  on the commander's (the role that sets a district up).

The owner's address needs CREATEDB (for the scratch databases) and CREATEROLE.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import URL

from models.accounts.login_roles import install, login_url, set_login
from models.accounts.users import add_user
from models.db.database import to_url
from models.enums import UserRole
from models.opening import open_database
from models.schema.accounts import User

COMMANDER = "bench_commander"
CLERK = "bench_clerk"
PASSWORD = "bench-login-pass-1"
LOGINS = {COMMANDER: UserRole.COMMANDER, CLERK: UserRole.CLERK}


def enforce(owner: str | URL, people: bool = True) -> None:
    """Make the (migrated) database at the owner's address role-enforced, or bring it up to date,
    and (`people`) give the bench's people their accounts and login roles (the password reset
    each time)."""
    address = owner if isinstance(owner, str) else owner.render_as_string(hide_password=False)
    database = open_database(address)
    try:
        with database.engine.begin() as connection:
            install(connection)
        if not people:
            return
        with database.sessions() as session:
            for name, role in LOGINS.items():
                if session.scalar(select(User.id).where(User.username == name)) is None:
                    add_user(session, name, role, PASSWORD)
                else:
                    set_login(session, name, password=PASSWORD, role=role, active=True)
            session.commit()
    finally:
        database.dispose()


def as_login(owner: str | URL, name: str) -> str:
    """The owner's address with `name`'s login instead (host, database, TLS kept)."""
    url = to_url(owner) if isinstance(owner, str) else owner
    return login_url(url, name, PASSWORD).render_as_string(hide_password=False)
