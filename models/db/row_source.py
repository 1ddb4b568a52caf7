"""What a table view reads from: a count and pages of plain tuples, filtered and sorted in SQL.

A view never holds ORM objects and never loads a whole table. It asks a `RowSource` how many
rows match, then for the pages it is about to show. Each row is a tuple whose first element is
the row's id; the rest follow `columns`.

`SqlRowSource` pages in two steps: first the ids of one page, chosen by filters and an ordering
that indexes can serve (by OFFSET, or by keyset when the caller still has the previous page's
last row, which stays fast however deep the user scrolls); then the full rows of just those ids,
where the expensive columns (counts, joins) are computed for a page's worth of rows only. A
source whose rows are one SELECT (`row_statement`) does both in one statement, compiled once per
question and run on the bare driver (prepared_pages.py); the others load rows in a session.

Each list's source lives in its feature's room (models/<feature>/rows.py) with the rest of the
SQL; a controller hands it to a user whose role may read it, and the UI reads these types
through controllers.browse.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, or_, select, tuple_
from sqlalchemy.orm import Session

from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.held_reads import HeldQuestions, fetch_held
from models.db.prepared_pages import PreparedReads

# The sort key of a row source's id column: every row's first value, never a shown column.
ID_ORDER = "id"

Row = tuple[Any, ...]
Filters = Mapping[str, Any]

NO_FILTERS: Filters = {}


class Kind(StrEnum):
    """How a column's values are shown; the UI picks a formatter (and a label table) by kind.
    Rows hold stored values, never words: the reader's language is the UI's business."""
    TEXT = "text"
    WRITTEN = "written"     # a person's text or a code Canvass wrote (controllers/browse/system_text.py)
    COUNT = "count"
    PERCENT = "percent"
    DATETIME = "datetime"
    DATE = "date"                        # a day with its year (a birth date), as ISO text or a date
    MINUTES = "minutes"
    AREA_KIND = "area_kind"
    CATEGORY = "category"
    CATEGORIES = "categories"            # a tuple of stored categories (what a facility takes)
    CASE_STATUS = "case_status"
    TEAM_KIND = "team_kind"
    COMPOSITION = "composition"          # the crew on duty and what it lacks (models/teams/crews.py)
    TRANSFER_STATUS = "transfer_status"
    VEHICLE_STATUS = "vehicle_status"
    FACILITY_KIND = "facility_kind"
    SEX = "sex"
    RESPONDER_ROLE = "responder_role"
    SUPPLY_ITEM = "supply_item"
    IN_USE = "in_use"                    # a master record's `active`: in use, or retired
    PERSON_ORIGIN = "person_origin"      # where a person came from: register, door, contact list


@dataclass(frozen=True)
class Column:
    """A column a view shows. `title` is English source text, translated by the UI in the
    "Column" context (hence QT_TRANSLATE_NOOP where columns are declared)."""
    key: str
    title: str
    kind: Kind = Kind.TEXT
    sortable: bool = False


@dataclass(frozen=True)
class SortOrder:
    column: str
    descending: bool = False


class UnknownFilter(ValueError):
    """A filter key the source does not know: a programming error, loud on purpose."""


class RowSource(Protocol):
    columns: tuple[Column, ...]
    filter_keys: frozenset[str]
    default_order: SortOrder

    def count(self, filters: Filters) -> int:
        """How many rows match `filters`."""
        ...

    def page(self, filters: Filters, order: SortOrder, offset: int, limit: int,
             after: Row | None = None) -> list[Row]:
        """Up to `limit` rows from `offset`; `after` (the row just before `offset`, if the
        caller has it) lets the source seek by key instead of counting past `offset` rows."""
        ...


@runtime_checkable
class FindsRows(Protocol):
    """A row source that can say where a row stands: how a list finds its current row again
    after a refresh, a live update or a new order (ui/kit/list_table.py)."""

    def position(self, filters: Filters, order: SortOrder, row_id: int) -> int | None:
        """The row number of the row `row_id` under `filters` in `order`; None when the
        filters leave it out (or it is gone)."""
        ...


def like_prefix(text: str) -> str:
    """A LIKE pattern for "starts with `text`", with the user's % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def searchable(text: str) -> str:
    """What a search box's text means: control characters (a NUL, which PostgreSQL refuses in
    a string, an escape sequence) are typing accidents, never part of a name."""
    return "".join(ch for ch in text if ch.isprintable())


def starts_with(kind: str, column: SqlColumn[str | None], text: str) -> ColumnElement[bool]:
    """`column` starts with `text`, in a form the column's index can serve.

    SQLite's LIKE ignores ASCII case and so never uses an ordinary index: there a range of the
    column's values does the seeking and LIKE only confirms. PostgreSQL plans LIKE 'x%' as a
    range on an index that sorts bytewise, so it gets LIKE alone: the searched columns have the
    "C" collation there whatever the database's (models/schema/base.py `searched_text`,
    migration 0021); on a column of the database's own collation this reads the whole table
    unless the database was created in plain C.
    """
    text = searchable(text)
    like = column.like(like_prefix(text), escape="\\")
    if kind == "sqlite":
        return and_(column >= text, column < text + "\U0010ffff", like)
    return like


class SqlRowSource:
    """Base of the SQL row sources: subclasses say how to select ids and how to load rows."""

    columns: tuple[Column, ...] = ()
    filter_keys: frozenset[str] = frozenset()
    default_order: SortOrder = SortOrder("id")
    keyset_columns: frozenset[str] = frozenset()
    # Whether `filtered_ids` reads the clock (then a count is compiled afresh each time).
    clock_in_ids: bool = False

    def __init__(self, database: Database) -> None:
        self.database = database

    # -- what subclasses provide --------------------------------------------------------
    def id_column(self) -> SqlColumn[int]:
        raise NotImplementedError

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        """Column key → the SQL expression ordering it (joined in `filtered_ids`)."""
        raise NotImplementedError

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        """`SELECT id FROM … WHERE <filters>`, joined to what ordering by `order` needs
        (None: no ordering, as for a count, which then spares itself the joins)."""
        raise NotImplementedError

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        """The full rows of `ids` (any order; the page's order is restored by the caller)."""
        raise NotImplementedError

    def row_statement(self) -> Select[*tuple[Any, ...]] | None:
        """The rows as one SELECT — the id, then `columns` in order, already as shown — with no
        condition on ids (the page's ids are added as one). A source that gives one is read through compiled,
        memoized statements on the bare driver (prepared_pages.py), which requires its
        `filtered_ids` to depend on the filters alone (no clock, no user). None: `load_rows`."""
        return None

    def _held_questions(self) -> HeldQuestions:
        if "_questions" not in self.__dict__:   # lazily: a subclass may skip super().__init__
            self.__dict__["_questions"] = HeldQuestions(self.database)
        questions: HeldQuestions = self.__dict__["_questions"]
        return questions

    def page_in_one(self, key: Hashable, filters: Filters,
                    ids: Callable[[], Select[*tuple[Any, ...]]], sort: SqlColumn[Any],
                    descending: bool) -> list[Row] | None:
        """The page's rows read in one statement around the page's `ids()`, ordered by `sort`
        then id, for a source whose rows depend on more than the filters (a clock): one round
        trip where `load_rows` in a session takes several. `key` names the question under
        `filters` (for a memo of compiled statements: held_reads.HeldQuestions). None: not
        offered."""
        return None

    def _prepared(self) -> PreparedReads | None:
        if "_reads" not in self.__dict__:   # set up lazily: a subclass may skip super().__init__
            rows = self.row_statement()
            self.__dict__["_reads"] = (PreparedReads(self.database, rows)
                                       if rows is not None else None)
        reads: PreparedReads | None = self.__dict__["_reads"]
        return reads

    # -- the protocol ---------------------------------------------------------------------
    def check_filters(self, filters: Filters) -> None:
        unknown = set(filters) - self.filter_keys
        if unknown:
            raise UnknownFilter(f"{type(self).__name__} has no filter {sorted(unknown)}")

    def count(self, filters: Filters) -> int:
        self.check_filters(filters)

        def statement() -> Select[*tuple[Any, ...]]:
            return select(func.count()).select_from(self.filtered_ids(filters, None).subquery())
        reads = self._prepared()
        if reads is not None:
            prepared = reads.prepared(("count", _filters_key(filters)), statement)
            number = int(reads.fetch(prepared)[0][0])
        elif self.clock_in_ids:   # one round trip on a held connection, not a session's four
            number = int(fetch_held(self.database, statement())[0][0])
        else:                     # the same, compiled once per filters (held_reads.py)
            number = int(self._held_questions().fetch(("count", _filters_key(filters)),
                                                      statement)[0][0])
        # The latest count per filters: lets a page near the end be read from the end. (Kept in
        # __dict__ directly so a subclass that sets itself up without super() still works.)
        self.__dict__.setdefault("_counted", {})[_filters_key(filters)] = number
        return number

    def _from_nearer_end(self, filters_key: Hashable, order: SortOrder, offset: int,
                         limit: int) -> tuple[int, int, bool, bool]:
        """(offset, limit, descending, reversed?) of the cheaper way to read a page.

        OFFSET walks every row it skips (80 ms to reach the last page of a million persons on
        SQLite). A page in the far half of a list whose count is known is read from the other
        end instead, in the opposite order, and turned round: the last page costs what the first
        does. Rows written since the count shift such a page as they would shift any OFFSET."""
        total = self.__dict__.get("_counted", {}).get(filters_key)
        if total is None or offset <= total // 2:
            return offset, limit, order.descending, False
        limit = min(limit, total - offset)
        return max(total - offset - limit, 0), limit, not order.descending, True

    def sort_value(self, row: Row, key: str) -> Any:
        """The value of `row` a keyset page seeks after when sorted by `key`: the id for the id
        order (the register's default order, which shows no id column), else the shown value."""
        if key == ID_ORDER:
            return row[0]
        return row[self.column_index(key) + 1]

    def column_index(self, key: str) -> int:
        for index, column in enumerate(self.columns):
            if column.key == key:
                return index
        raise KeyError(key)

    def page(self, filters: Filters, order: SortOrder, offset: int, limit: int,
             after: Row | None = None) -> list[Row]:
        self.check_filters(filters)
        if limit <= 0:
            return []
        expressions = self.sort_expressions()
        if order.column not in expressions:
            order = self.default_order
        filters_key = _filters_key(filters)
        seek: tuple[Any, Any] | None = None
        if after is not None and order.column in self.keyset_columns:
            seek = (self.sort_value(after, order.column), after[0])
            descending, from_end = order.descending, False
        else:
            offset, limit, descending, from_end = self._from_nearer_end(filters_key, order,
                                                                        offset, limit)
            if limit <= 0:
                return []

        def statement() -> Select[*tuple[Any, ...]]:
            return self._page_ids(filters, order.column, descending, offset, limit, seek)
        reads = self._prepared()
        if reads is not None:
            key = ("page", filters_key, order.column, descending, offset, limit, seek)
            found = reads.fetch(reads.prepared(key, lambda: reads.page_statement(
                statement(), expressions[order.column], self.id_column(), descending)))
            if from_end:
                found.reverse()
            return found
        one = self.page_in_one(("page", filters_key, order.column, descending, offset, limit,
                                seek), filters, statement, expressions[order.column], descending)
        if one is not None:
            if from_end:
                one.reverse()
            return one
        with self.database.sessions() as session:
            ids = [int(value) for value in session.execute(statement()).scalars()]
            if from_end:
                ids.reverse()
            rows = self.load_rows(session, ids) if ids else {}
        return [rows[ident_value] for ident_value in ids if ident_value in rows]

    def position(self, filters: Filters, order: SortOrder, row_id: int) -> int | None:
        """Where `row_id` stands in the list: its sort value read by id, then the rows before
        it counted by the same (sort value, id) key the pages are read in, so an index serves
        both. Costs about what a count does; a list asks it only for its current row."""
        self.check_filters(filters)
        expressions = self.sort_expressions()
        if order.column not in expressions:
            order = self.default_order
        sort, ident = expressions[order.column], self.id_column()
        walked = self.filtered_ids(filters, order)
        with self.database.sessions() as session:
            found = session.execute(walked.add_columns(sort).where(ident == row_id)
                                    .limit(1)).first()
            if found is None:
                return None
            before = self._rows_before(sort, ident, found[-1], row_id, order.descending)
            return int(session.execute(select(func.count()).select_from(
                walked.where(before).subquery())).scalar_one())

    def _rows_before(self, sort: SqlColumn[Any], ident: SqlColumn[int], value: Any,
                     row_id: int, descending: bool) -> ColumnElement[bool]:
        """The rows a page in this order puts before the row (`value`, `row_id`). NULL sort
        values come where each database puts them: first ascending on SQLite, last on
        PostgreSQL (and the other way round descending)."""
        nulls_first = (self.database.kind == "sqlite") != descending
        same_id = ident > row_id if descending else ident < row_id
        if value is None:
            same = and_(sort.is_(None), same_id)
            return same if nulls_first else or_(sort.is_not(None), same)
        keys = tuple_(sort, ident)
        bound = tuple_(bindparam(None, value, type_=sort.type),
                       bindparam(None, row_id, type_=ident.type))
        keyed = keys > bound if descending else keys < bound
        return or_(keyed, sort.is_(None)) if nulls_first else keyed

    def _page_ids(self, filters: Filters, column: str, descending: bool, offset: int, limit: int,
                  seek: tuple[Any, Any] | None) -> Select[*tuple[Any, ...]]:
        """The ids of one page: after the row `seek` (its sort value and id) by key, or from
        `offset`."""
        sort, ident = self.sort_expressions()[column], self.id_column()
        statement = self.filtered_ids(filters, SortOrder(column, descending))
        if seek is not None:
            last = (bindparam(None, seek[0], type_=sort.type),
                    bindparam(None, seek[1], type_=ident.type))
            keys, bound = tuple_(sort, ident), tuple_(*last)
            statement = statement.where(keys < bound if descending else keys > bound)
        elif offset > 0:
            statement = statement.offset(offset)
        if descending:
            statement = statement.order_by(sort.desc(), ident.desc())
        else:
            statement = statement.order_by(sort.asc(), ident.asc())
        return statement.limit(limit)


def _filters_key(filters: Filters) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((key, repr(value)) for key, value in filters.items()))


def plain(value: Any) -> Any:
    """Enum members become their stored string, so rows hold nothing but plain values."""
    if isinstance(value, StrEnum):
        return value.value
    return value
