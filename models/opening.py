"""Opening a Canvass database for work: connected, checked, migrated, and with the rules every
write obeys attached to its own engine and session factory (not to SQLAlchemy's Session class, so
they hold exactly for this database's sessions, whoever imported what): the signed-in person
named to the audit triggers (models/accounts/audit.py), and the bed a discharge frees. A SQLite
file whose audit guards are missing or altered is refused (models/accounts/audit_guards.py).

It sits above models/db (which knows nothing of accounts or transfers) so the packages of the
data layer import each other one way only."""
from __future__ import annotations

from sqlalchemy.engine import URL

from models.accounts.audit import attach as attach_audit
from models.accounts.audit_guards import check_guards
from models.db.database import Database, connect_database, current_revision, head_revision
from models.transfers.beds import attach as attach_bed_rules


def open_database(location: str | URL, *, migrate: bool = True,
                  guards_checked: bool = True) -> Database:
    """Open, check and (by default) migrate a database; every failure is a CanvassError.
    `guards_checked=False` is for the commands that inspect or restore the guards themselves."""
    database = connect_database(location, migrate=migrate)
    try:
        if guards_checked and database.kind == "sqlite" \
                and current_revision(database.engine) == head_revision():
            with database.engine.connect() as connection:
                check_guards(connection)
    except Exception:
        database.dispose()
        raise
    attach_audit(database)
    attach_bed_rules(database.sessions)
    return database
