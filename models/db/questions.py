"""A question for the database: one SELECT and how its rows become the figure a screen shows.

Kept apart so that a screen that shows many figures can ask them all at once
(`models.db.held_reads.ask_held`: one round trip to PostgreSQL however many there are), while a
report or a use case that already holds a session asks one in it (`Question.asked_in`).

A question asked all day with another value (the case window's, for each case) has a `key` and
its values `given` by name (`bindparam`): it is built and compiled once per database dialect, as
SQLAlchemy's own statement cache would, and only the values change between askings.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

T = TypeVar("T")


@dataclass(frozen=True)
class Question(Generic[T]):
    """`build()`'s rows (plain tuples, values as SQLAlchemy returns them) read by `read`."""
    build: Callable[[], Select[*tuple[Any, ...]]]
    read: Callable[[Sequence[tuple[Any, ...]]], T]
    key: Hashable | None = None                  # compiled once per key; None: every time
    given: Mapping[str, Any] = field(default_factory=dict)   # the bindparams' values

    @classmethod
    def of(cls, statement: Select[*tuple[Any, ...]],
           read: Callable[[Sequence[tuple[Any, ...]]], T]) -> Question[T]:
        """A question built once, here: its values are in the statement."""
        return cls(lambda: statement, read)

    def asked_in(self, session: Session) -> T:
        return self.read([tuple(row) for row in session.execute(self.build(), dict(self.given))])
