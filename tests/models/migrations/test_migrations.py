"""The migrations build exactly the schema the models describe, on both backends."""
from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from models.db.database import Database, head_revision
from models.opening import open_database
from models.schema.base import Base


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_open_creates_schema_on_an_empty_database(empty_database_url: str) -> None:
    database = open_database(empty_database_url)
    try:
        names = set(inspect(database.engine).get_table_names())
        assert set(Base.metadata.tables) <= names
        with database.engine.connect() as connection:
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert revision == head_revision()
    finally:
        database.dispose()


def test_each_migration_file_is_named_after_its_revision() -> None:
    """Opening a current database compares its revision with the newest file name instead of
    reading every migration script (alembic stays unimported): the two must say the same."""
    from alembic.script import ScriptDirectory

    from models.db.database import MIGRATIONS, REVISION_FILE
    script = ScriptDirectory(MIGRATIONS)
    assert head_revision() == script.get_current_head()
    for revision in script.walk_revisions():
        assert revision.path is not None
        match = REVISION_FILE.match(Path(revision.path).name)
        assert match is not None and match.group(1) == revision.revision, revision.path

