"""Opening a Canvass database: SQLite file or PostgreSQL URL, checked and migrated on open."""
from __future__ import annotations

import logging
import re
import sqlite3
import weakref
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from models.db import conflicts, login_mode, write_lock
from models.db.encryption import SQLITE_HEADER, EncryptionRefused, is_encrypted_url, looks_encrypted
from models.db.held_connections import HeldConnections
from models.db.tls import is_encrypted, tls_refusal
from models.errors import DatabaseRefusal, DatabaseUnavailable, NotADatabase, SchemaTooNew

log = logging.getLogger("canvass.db")

MIGRATIONS = str(Path(__file__).resolve().parents[1] / "migrations")
# A migration's file is named after its revision: 0023_open_cases_by_category.py is "0023".
# tests/models/test_migrations.py holds the names to the revisions alembic reads.
REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")

if TYPE_CHECKING:
    from alembic.config import Config
SQLITE_BUSY_TIMEOUT_MS = 10_000


def to_url(location: str) -> URL:
    """A `postgresql://…` or `sqlite://…` URL as given, anything else is a SQLite file path."""
    if "://" in location:
        try:
            url = make_url(location)
        except (ArgumentError, ValueError) as exc:   # a port that is not a number: ValueError
            # Only the scheme is said: what follows may hold a password.
            raise DatabaseUnavailable(f"Not a database URL: {location.partition('://')[0]}://… "
                                      "(check its user, password, host, port and name)") from exc
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise DatabaseUnavailable(f"Canvass runs on SQLite or PostgreSQL, not {url.get_backend_name()}")
        return url
    return URL.create("sqlite", database=str(Path(location).expanduser().resolve()))


def describe(url: URL) -> str:
    """The database's kind and location for the status bar and the logs, never its password
    (nor the URL's other parameters: a CA file's path says nothing a person needs there)."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite · {url.database}"
    who = f"{url.username}@" if url.username else ""   # none: a login asked for (login_roles)
    where = f"{who}{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
    # TLS only where the sslmode guarantees it: a `prefer` connection may have fallen back.
    return f"PostgreSQL · {where} · TLS" if is_encrypted(url) else f"PostgreSQL · {where}"


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Every connection, every time: SQLite forgets these per connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # in WAL mode: durable across app crashes
    cursor.close()


def make_engine(url: URL, **kwargs: Any) -> Engine:
    """An engine with the per-connection settings Canvass relies on."""
    if url.get_backend_name() == "sqlite":
        connect_args: dict[str, Any] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        if is_encrypted_url(url):
            # SQLAlchemy pools SQLCipher connections one per thread; Canvass reads on worker
            # threads and keeps the plain file's pool, so a key is derived per connection made,
            # not per task.
            kwargs.setdefault("poolclass", QueuePool)
            connect_args["check_same_thread"] = False
        engine = create_engine(url, connect_args=connect_args, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5},
                           **kwargs)
    changed: dict[str, str] = {}

    def login_password(_dialect: Any, _record: Any, _cargs: Any,
                       cparams: dict[str, Any]) -> None:
        if "password" in changed:
            cparams["password"] = changed["password"]
    event.listen(engine, "do_connect", login_password)
    _NEW_PASSWORDS[engine] = changed
    return engine


# An engine whose login changed its password (a role-enforced database: the password is the
# login's) connects with the new one from then on; pooled connections stay as they are.
_NEW_PASSWORDS: weakref.WeakKeyDictionary[Engine, dict[str, str]] = weakref.WeakKeyDictionary()


def login_password_changed(database: Database, password: str) -> None:
    """The login `database` is connected as has a new password (its person changed it): every
    connection made from now on — the pool's, a reconnection after an outage — uses it."""
    _NEW_PASSWORDS.setdefault(database.engine, {})["password"] = password
    object.__setattr__(database, "url", database.url.set(password=password))


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config  # alembic (a fifth of a start) only to migrate
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    """This Canvass's newest revision, from the migrations' file names: opening a current
    database reads no migration script and imports no alembic."""
    found = (REVISION_FILE.match(path.name) for path in (Path(MIGRATIONS) / "versions").iterdir())
    return max((match.group(1) for match in found if match), default="")


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None: no schema yet)."""
    with engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except (OperationalError, ProgrammingError):   # no such table: nothing migrated yet
            return None
    if len(rows) > 1:   # branches: alembic says what it makes of them
        from alembic.runtime.migration import MigrationContext
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    return str(rows[0][0]) if rows else None


@dataclass(frozen=True)
class Database:
    """An open, current Canvass database: the engine and the sessions the controllers use.

    It owns what lives as long as it is open: the driver connections held for live reads and
    the memos of answers read from it (`memo`, bounded by whoever fills it); `dispose` closes
    them with the engine, so nothing about a closed database outlives it in a module."""
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    held: HeldConnections = field(init=False, repr=False, compare=False)
    memo: dict[Hashable, Any] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "held", HeldConnections(self.engine))

    @property
    def kind(self) -> str:
        return self.url.get_backend_name()

    @property
    def description(self) -> str:
        return describe(self.url)

    def is_empty(self) -> bool:
        from models.schema.geography import District
        with self.sessions() as session:
            return session.query(District.id).first() is None

    def dispose(self) -> None:
        self.held.close()
        self.memo.clear()
        self.engine.dispose()


def _check_reachable(url: URL, engine: Engine) -> None:
    if is_encrypted_url(url):
        _check_unlocked(url, engine)
    elif url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if url.database and url.database != ":memory:":
            if path.is_dir():
                raise NotADatabase(f"{path} is a folder, not a database file")
            if looks_encrypted(path):
                raise EncryptionRefused(f"{path} is encrypted (or not a SQLite database)",
                                        DatabaseRefusal.KEY_NEEDED)
            if path.exists() and path.stat().st_size > 0:
                with path.open("rb") as handle:
                    if handle.read(16) != SQLITE_HEADER:
                        raise NotADatabase(f"{path} is not a SQLite database")
            elif not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with engine.connect() as connection:
            names = set(inspect(connection).get_table_names())
    except OperationalError as exc:
        raise tls_refusal(url, str(exc.orig), describe(url)) \
            or DatabaseUnavailable(f"Cannot reach {describe(url)}: {exc.orig}") from exc
    except DatabaseError as exc:
        raise NotADatabase(f"{describe(url)} is not a usable database: {exc.orig}") from exc
    if names and "alembic_version" not in names:
        raise NotADatabase(f"{describe(url)} holds tables that are not Canvass's: refusing to touch it")


def _check_unlocked(url: URL, engine: Engine) -> None:
    """An encrypted file opens only with its key: a wrong key reads as "not a database"."""
    path = Path(url.database or "")
    if not path.is_file():
        raise NotADatabase(f"{path} does not exist: encrypt an existing file instead")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DatabaseError as exc:
        raise EncryptionRefused(f"the key does not open {path}", DatabaseRefusal.KEY_WRONG) from exc


def check_schema(engine: Engine) -> str | None:
    """The stored revision; SchemaTooNew when a newer Canvass wrote it."""
    revision = current_revision(engine)
    if revision is None or revision == head_revision():
        return revision
    from alembic.script import ScriptDirectory
    script = ScriptDirectory(MIGRATIONS)
    if revision is not None:
        try:
            known = script.get_revision(revision)
        except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown id
            known = None
        if known is None:
            raise SchemaTooNew(
                f"This database was written by a newer Canvass (schema {revision}); "
                "update Canvass to open it. Nothing was changed.")
    return revision


def upgrade(engine: Engine) -> None:
    """Bring the schema to this Canvass's head, in one transaction per migration; on a
    role-enforced PostgreSQL database only its owner role may (nobody else could, half-way)."""
    if check_schema(engine) == head_revision():
        return
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            if login_mode.enforced(connection):
                login_mode.check_owner(connection)
                login_mode.drop_masked_views(connection)
                connection.commit()
    from alembic import command
    command.upgrade(alembic_config(engine), "head")


def connect_database(location: str | URL, *, migrate: bool = True) -> Database:
    """Connect to, check and (by default) migrate a database; every failure is a CanvassError.
    Its sessions carry no rules yet: models/opening.py opens a database for work."""
    url = location if isinstance(location, URL) else to_url(location)
    try:
        engine = make_engine(url)
    except Exception as exc:  # a missing driver or a malformed option
        raise DatabaseUnavailable(f"Cannot open {describe(url)}: {exc}") from exc
    try:
        _check_reachable(url, engine)
        if migrate:
            upgrade(engine)
        else:
            check_schema(engine)
    except Exception:
        engine.dispose()
        raise
    log.info("opened %s", describe(url))
    sessions = sessionmaker(engine, expire_on_commit=False)
    write_lock.attach(sessions)
    conflicts.attach(sessions)
    return Database(url=url, engine=engine, sessions=sessions)
