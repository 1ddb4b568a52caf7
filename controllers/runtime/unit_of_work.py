"""One session per user action: opened, audited and committed here, errors made plain."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from controllers.runtime.actions import SignedInUser
from models.accounts.audit import Actor
from models.db.conflicts import as_refusal
from models.db.database import Database
from models.db.write_lock import WRITING
from models.errors import DatabaseUnavailable


def actor_of(user: SignedInUser) -> Actor:
    return Actor(user_id=user.id, username=user.username)


@contextmanager
def user_session(database: Database, user: SignedInUser) -> Iterator[Session]:
    """A session whose every change is audited under `user` and committed at the end.

    It writes, so on SQLite it takes the write lock before its first read (models/db/write_lock.py)
    as a row lock does on PostgreSQL. A collision with another workstation becomes the person's
    sentence (models/db/conflicts.py: EditConflict, WriteClash), a lost connection
    DatabaseUnavailable: the caller keeps the person's input and says so; the transaction is
    rolled back, so nothing is half-written.
    """
    session = database.sessions(info=WRITING)
    session.info["actor"] = actor_of(user)
    try:
        yield session
        session.commit()
    except (StaleDataError, DBAPIError) as exc:
        refusal = as_refusal(session, exc)
        if refusal is not None:
            raise refusal from exc
        session.rollback()
        if not isinstance(exc, DBAPIError):
            raise
        if exc.connection_invalidated or isinstance(exc, OperationalError):
            raise DatabaseUnavailable(
                f"The database did not answer ({database.description}); nothing was saved") from exc
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_session(database: Database) -> Iterator[Session]:
    """A read-only look; a lost connection becomes DatabaseUnavailable."""
    session = database.sessions()
    try:
        yield session
    except OperationalError as exc:
        raise DatabaseUnavailable(f"The database did not answer ({database.description})") from exc
    finally:
        session.rollback()
        session.close()
