"""Finding a person in the register: by name prefix, resident ID (whole or its last digits) or
phone, at a million rows, on both backends.

A role that may not see identifiers (`masked`) finds a person by a whole identifier only: the
whole 18-character ID or the whole phone. A prefix or a tail would let it read the hidden digits
back one search at a time (type 1380, 13800, 138001 … and watch who stays), so for such a role
a fragment of digits finds nobody, and a whole identifier found is audited by the caller
(`searched_identifier` says what to write: the identifier masked, never in clear).

Each kind of query is a prefix seek on one indexed column. SQLite's LIKE ignores case and never
uses an ordinary index, so there it is a range (`col >= x AND col < x + U+10FFFF`); PostgreSQL
plans LIKE 'x%' as a range on the index itself, which it can only when the index sorts bytewise:
the searched columns have the "C" collation on PostgreSQL whatever the database's own
(migration 0021, models/schema/base.py `searched_text`), so a server in zh_CN.UTF-8 seeks as one
in C does, and the seek's ORDER BY walks the same index. The last digits of an ID are a prefix
of the reversed ID, which has its own index. The typed text is only ever a bound parameter,
LIKE's own wildcards escaped.

On a role-enforced PostgreSQL database a role that reads the masked views (`lookup`: the viewer,
the administrator) reads `person.resident_id` and `phone` masked, which no whole identifier
equals: its search by a whole ID or phone asks the database's lookup functions instead
(models/accounts/login_roles.py), which compare it on its index as the owner and give back the
persons' ids, never the identifier.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, Select, and_, bindparam, false, func, literal, or_, select, union_all
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import QueryableAttribute, Session

from models.accounts.masking import mask_phone, mask_resident_id, masked_phone_sql, masked_resident_id_sql
from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.driver_statements import DriverStatement, compile_for_driver
from models.db.login_mode import MASKED_SCHEMA, PHONE_LOOKUP, RESIDENT_ID_LOOKUP
from models.register.person_fields import PHONE
from models.schema.cases import Case
from models.schema.geography import Community
from models.schema.register import Household, Person

SEARCH_LIMIT = 50
QUERY_LIMIT = 64
TOP = "\U0010ffff"
_DIGITS = re.compile(r"^[0-9]+[Xx]?$")


class SearchKind(StrEnum):
    NAME = "name"
    RESIDENT_ID = "resident_id"        # the whole 18 characters
    ID_TAIL_OR_PHONE = "digits"        # the last digits of an ID, or the start of a phone
    WHOLE_PHONE = "phone"              # a whole phone: what a masked role may search digits by
    FRAGMENT = "fragment"              # digits a masked role may not search by: nobody is found
    NOTHING = "nothing"


class PersonHit(NamedTuple):
    person_id: int
    name: str
    resident_id: str | None
    phone: str | None
    community: str
    address: str
    open_case_id: int | None


def clean_query(text: str) -> str:
    """Plain text only: NFKC (full-width digits typed by an input method), no control characters,
    no inner spaces in digit strings, at most QUERY_LIMIT characters."""
    text = text or ""
    if not (text.isascii() and text.isprintable()):  # typed plain ASCII needs neither step
        text = unicodedata.normalize("NFKC", text)
        text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = text.strip()
    if _DIGITS.match(text.replace(" ", "")):
        text = text.replace(" ", "").upper()
    return text[:QUERY_LIMIT]


def classify(text: str, masked: bool = False) -> SearchKind:
    """What a cleaned search text means; `masked`: for a role that may not see identifiers."""
    if not text:
        return SearchKind.NOTHING
    if _DIGITS.match(text):
        if len(text) == 18:
            return SearchKind.RESIDENT_ID
        if not masked:
            return SearchKind.ID_TAIL_OR_PHONE
        return SearchKind.WHOLE_PHONE if PHONE.fullmatch(text) else SearchKind.FRAGMENT
    return SearchKind.NAME


def searched_identifier(text: str) -> tuple[str, str] | None:
    """For a search by a role that may not see identifiers: (the field, the identifier masked)
    when the text is a whole identifier (what the search audits), else None."""
    text = clean_query(text)
    kind = classify(text, masked=True)
    if kind is SearchKind.RESIDENT_ID:
        return "resident_id", mask_resident_id(text)
    if kind is SearchKind.WHOLE_PHONE:
        return "phone", mask_phone(text)
    return None


def prefix(dialect: str, column: SqlColumn[str | None], name: str) -> ColumnElement[bool]:
    """`column` starts with the parameter `name`, in the form the backend's index serves."""
    if dialect == "sqlite":
        return and_(column >= bindparam(f"{name}_lo"), column < bindparam(f"{name}_hi"))
    return column.like(bindparam(f"{name}_like"), escape="\\")


def prefix_parameters(dialect: str, name: str, text: str) -> dict[str, str]:
    if dialect == "sqlite":
        return {f"{name}_lo": text, f"{name}_hi": text + TOP}
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return {f"{name}_like": escaped + "%"}


def looked_up(kind: SearchKind, whole: ColumnElement[str]) -> ColumnElement[bool]:
    """Person is one whose resident ID (kind RESIDENT_ID) or phone is `whole`, through the
    database's lookup function (`lookup`)."""
    name = RESIDENT_ID_LOOKUP if kind is SearchKind.RESIDENT_ID else PHONE_LOOKUP
    found = getattr(getattr(func, MASKED_SCHEMA), name)(whole)
    return Person.id.in_(select(found))


def _seek(dialect: str, column: QueryableAttribute[str | None], rank: int, limit: int,
          exact: bool = False) -> Select[*tuple[Any, ...]]:
    condition = column == bindparam("whole") if exact else prefix(dialect, column, column.key)
    return (select(Person.id, literal(rank).label("rank"), column.label("key"))
            .where(condition).order_by(column, Person.id).limit(limit))


@functools.lru_cache(maxsize=64)
def _statement(dialect: str, kind: SearchKind, with_phone: bool, limit: int,
               masked: bool, lookup: bool = False) -> Select[*tuple[Any, ...]]:
    """Built once per shape: composing SQLAlchemy expressions costs more than the seek itself.
    `masked`: the identifiers come masked from the database (models/accounts/masking.py), so a role
    that may not see them never receives them; `lookup`: a whole ID found by the lookup function."""
    if kind is SearchKind.NAME:
        seeks = [_seek(dialect, Person.name, 0, limit)]
    elif kind in (SearchKind.RESIDENT_ID, SearchKind.WHOLE_PHONE) and lookup:
        rank = 0 if kind is SearchKind.RESIDENT_ID else 1
        seeks = [select(Person.id, literal(rank).label("rank"), Person.id.label("key"))
                 .where(looked_up(kind, bindparam("whole"))).order_by(Person.id).limit(limit)]
    elif kind is SearchKind.RESIDENT_ID:
        seeks = [_seek(dialect, Person.resident_id, 0, limit, exact=True)]
    elif kind is SearchKind.WHOLE_PHONE:
        seeks = [_seek(dialect, Person.phone, 1, limit, exact=True)]
    else:
        seeks = [_seek(dialect, Person.resident_id_reversed, 0, limit)]
        if with_phone:
            seeks.append(_seek(dialect, Person.phone, 1, limit))
    found = (seeks[0] if len(seeks) == 1 else union_all(
        *(select(s.subquery()) for s in seeks))).subquery("found")
    resident_id = (masked_resident_id_sql(dialect, Person.resident_id) if masked
                   else Person.resident_id)
    phone = masked_phone_sql(dialect, Person.phone) if masked else Person.phone
    return (select(Person.id, Person.name, resident_id, phone, Community.name,
                   Household.address, Case.id)
            .select_from(found)
            .join(Person, Person.id == found.c.id)
            .join(Community, Community.id == Person.community_id)
            .join(Household, Household.id == Person.household_id)
            .outerjoin(Case, and_(Case.person_id == Person.id, Case.is_open.is_(True)))
            .order_by(found.c.rank, found.c.key, found.c.id))


@functools.lru_cache(maxsize=64)
def _compiled(dialect: Dialect, kind: SearchKind, with_phone: bool, limit: int,
              masked: bool, lookup: bool) -> DriverStatement:
    """The statement as the driver takes it, with the values SQLAlchemy bound itself (the seek
    ranks); the typed text's values are given per search."""
    return compile_for_driver(_statement(dialect.name, kind, with_phone, limit, masked, lookup),
                              dialect)


@functools.lru_cache(maxsize=256)
def prepared_search(dialect: Dialect, text: str, limit: int = SEARCH_LIMIT, masked: bool = False,
                    lookup: bool = False
                    ) -> tuple[str, tuple[Any, ...] | dict[str, Any]] | None:
    """The SQL and the driver parameters a search for `text` runs, or None when the text means
    nothing (or, `masked`, is a fragment of an identifier). Exposed so the benchmark replays
    exactly this on the bare driver. Memoized: a text typed again (a backspace and the same
    digit, the same ID looked up twice) is prepared once; callers pass the result to the driver
    and never change it."""
    text = clean_query(text)
    kind = classify(text, masked)
    if kind in (SearchKind.NOTHING, SearchKind.FRAGMENT):
        return None
    name = dialect.name
    with_phone = kind is SearchKind.ID_TAIL_OR_PHONE and (text[0] in "01" or len(text) >= 7)
    if kind is SearchKind.NAME:
        parameters = prefix_parameters(name, "name", text)
    elif kind in (SearchKind.RESIDENT_ID, SearchKind.WHOLE_PHONE):
        parameters = {"whole": text}
    else:
        parameters = prefix_parameters(name, "resident_id_reversed", text[::-1])
        if with_phone:
            parameters |= prefix_parameters(name, "phone", text)
    statement = _compiled(dialect, kind, with_phone, limit, masked, lookup and masked)
    return statement.sql, statement.parameters(parameters)


def search_persons(connection: Connection | Session, text: str,
                   limit: int = SEARCH_LIMIT) -> list[PersonHit]:
    """The persons found, with community, address and their open case, in the order found.

    One statement: the seeks (each LIMITed on its own index) in a subquery, the rows joined
    around them, so a search costs one round trip however it is spelt. The seek answers in
    tenths of a millisecond, less than SQLAlchemy's execution layer would add, so the statement
    (compiled once per shape) runs on the driver's own cursor."""
    core = connection.connection() if isinstance(connection, Session) else connection

    def fetch_all(sql: str, parameters: Sequence[Any] | dict[str, Any]) -> list[Any]:
        driver: Any = core.connection.driver_connection   # a DB-API connection: untyped
        cursor = driver.cursor()
        try:
            cursor.execute(sql, parameters)
            rows: list[Any] = cursor.fetchall()
            return rows
        finally:
            cursor.close()

    return search_with(core.dialect, fetch_all, text, limit)


def search_held(database: Database, text: str, limit: int = SEARCH_LIMIT,
                masked: bool = False, lookup: bool = False) -> list[PersonHit]:
    """The same search on a connection held open for live typing (models/db/held_connections.py):
    what the search box runs on every keystroke. DatabaseUnavailable when the database is gone.
    `masked`: identifiers masked by the database for a role that may not see them; `lookup`: a
    whole ID found through the lookup function (a masked reader on a role-enforced database)."""
    return search_with(database.engine.dialect, database.held.fetch_all, text, limit, masked,
                       lookup)


def search_with(dialect: Dialect, fetch_all: Callable[[str, Any], list[Any]], text: str,
                limit: int, masked: bool = False, lookup: bool = False) -> list[PersonHit]:
    prepared = prepared_search(dialect, text, limit, masked, lookup)
    if prepared is None:
        return []
    rows = fetch_all(*prepared)
    if len({row[0] for row in rows}) == len(rows):  # one seek, or two that found apart
        return [PersonHit._make(row) for row in rows[:limit]]
    hits: dict[int, PersonHit] = {}
    for row in rows:   # the ID-tail and the phone seek found the same person: keep the first
        if row[0] not in hits:
            hits[row[0]] = PersonHit._make(row)
    return list(hits.values())[:limit]


def person_condition(dialect: str, text: str, masked: bool = False,
                     lookup: bool = False) -> ColumnElement[bool] | None:
    """A WHERE on Person for free text typed into a list's search box (same meanings as the
    search, `masked` and `lookup` as there), with the values inlined as bound literals; None
    when the text means nothing."""
    text = clean_query(text)
    kind = classify(text, masked)
    if kind is SearchKind.NOTHING:
        return None
    if kind is SearchKind.FRAGMENT:
        return false()
    if kind in (SearchKind.RESIDENT_ID, SearchKind.WHOLE_PHONE) and lookup and masked:
        return looked_up(kind, literal(text))
    if kind is SearchKind.RESIDENT_ID:
        return Person.resident_id == text
    if kind is SearchKind.WHOLE_PHONE:
        return Person.phone == text

    def starts(column: SqlColumn[str | None], value: str) -> ColumnElement[bool]:
        if dialect == "sqlite":
            return and_(column >= value, column < value + TOP)
        escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column.like(escaped + "%", escape="\\")

    if kind is SearchKind.NAME:
        return starts(Person.name, text)
    tail = starts(Person.resident_id_reversed, text[::-1])
    return or_(tail, starts(Person.phone, text)) if text[0] in "01" or len(text) >= 7 else tail


def masked_query(text: str) -> str:
    """A search text as the audit trail may keep it: digits (an ID, its tail, a phone, its
    start) masked like the identifier they are part of; a name as typed."""
    cleaned = clean_query(text)
    if not _DIGITS.match(cleaned):
        return text
    return mask_resident_id(cleaned) if len(cleaned) == 18 else mask_phone(cleaned)


# (the field, the identifier masked, the rows found): how a list's search box reports a search
# by a whole identifier that a role that may not see identifiers made (the controller audits it).
SearchAudit = Callable[[str, str, int], None]


class AuditedSearches:
    """A list's searches by whole identifiers, each reported to `audit` once. A list counts its
    rows again on every refresh (another workstation's save, the audit entry itself): that is
    the same search still on screen, not a new one."""

    def __init__(self, audit: SearchAudit | None) -> None:
        self.audit = audit
        self._last: str | None = None

    def counted(self, text: str, found: int) -> None:
        """The list counted `found` rows for its search box's `text`."""
        if self.audit is None:
            return
        searched = searched_identifier(text)
        key = clean_query(text) if searched is not None else None
        if key == self._last:
            return
        self._last = key
        if searched is not None:
            self.audit(*searched, found)


COMMON_MATCHES = 20_000   # persons matching a condition beyond which it counts as common
_COMMON_MEMO_SIZE = 512


def common_condition(database: Database, condition: ColumnElement[bool]) -> bool:
    """Whether at least COMMON_MATCHES persons satisfy `condition` (a search's WHERE), counted
    up to that cap on a held connection and remembered per condition: lists use it to choose
    between reading the matching persons first and walking their own order instead. A wrong
    answer only costs time, never rows, so the memo may outlive new registrations."""
    statement = select(func.count()).select_from(
        select(Person.id).where(condition).limit(COMMON_MATCHES).subquery())
    prepared = compile_for_driver(statement, database.engine.dialect)
    memo = database.memo.setdefault("common_condition", {})
    key = (prepared.sql, str(prepared.parameters()))
    found = memo.get(key)
    if found is None:
        counted = database.held.fetch_all(prepared.sql, prepared.parameters())
        found = int(counted[0][0]) >= COMMON_MATCHES
        if len(memo) >= _COMMON_MEMO_SIZE:
            memo.clear()
        memo[key] = found
    return bool(found)
