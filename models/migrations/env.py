"""Alembic environment: Canvass passes its engine in, so migrations run on the database opened."""
from __future__ import annotations

from alembic import context

import models
from models.schema.base import Base

assert models  # importing the package registers every table on Base.metadata

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()
