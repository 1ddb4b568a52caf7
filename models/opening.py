"""Opening a Canvass database for work: connected, checked, migrated, and with the rules every
write obeys attached to its own session factory (not to SQLAlchemy's Session class, so they hold
exactly for this database's sessions, whoever imported what): the audit trail of every change a
signed-in person makes, and the bed a discharge frees.

It sits above models/db (which knows nothing of accounts or transfers) so the packages of the
data layer import each other one way only."""
from __future__ import annotations

from sqlalchemy.engine import URL

from models.accounts.audit import attach as attach_audit
from models.db.database import Database, connect_database
from models.transfers.beds import attach as attach_bed_rules


def open_database(location: str | URL, *, migrate: bool = True) -> Database:
    """Open, check and (by default) migrate a database; every failure is a CanvassError."""
    database = connect_database(location, migrate=migrate)
    attach_audit(database.sessions)
    attach_bed_rules(database.sessions)
    return database
