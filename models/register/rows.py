"""The district's register of persons, a page at a time: a million rows, never loaded whole.

Resident IDs and phones come masked unless the source is told the reader may see them in full
(the controller decides, from the signed-in user's role), so full values never reach a screen
that may not show them. Filters: station, community, household, a name prefix, and the search
box's `text`: a name's start, a resident ID, its last digits or a phone's start, with the case
board's own conditions (models/register/person_search.py person_condition), each an index seek.

For a reader who sees identifiers masked the list shows each person's age where it would show
the birth date (the ID's hidden digits are the birth date), and its search box finds by a whole
ID or a whole phone only, each such search reported to `audit` (models/register/person_search.py).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, Select, String, cast, func, select
from sqlalchemy.orm import QueryableAttribute

from models.accounts.masking import age_sql, masked_phone_sql, masked_resident_id_sql
from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.login_mode import has_identifier_lookup
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource, starts_with
from models.pinyin import name_key
from models.register.person_search import AuditedSearches, SearchAudit, person_condition
from models.schema.geography import Community
from models.schema.register import Household, Person
from models.translatable import QT_TRANSLATE_NOOP

# In place of the birth date for a reader who sees identifiers masked.
AGE = Column("age", QT_TRANSLATE_NOOP("Column", "Age"), Kind.COUNT)


class PersonRows(SqlRowSource):
    columns: tuple[Column, ...] = (
        Column("name", QT_TRANSLATE_NOOP("Column", "Name"), Kind.TEXT, sortable=True),
        Column("sex", QT_TRANSLATE_NOOP("Column", "Sex"), Kind.SEX),
        Column("birth_date", QT_TRANSLATE_NOOP("Column", "Born"), Kind.DATE),
        Column("resident_id", QT_TRANSLATE_NOOP("Column", "Resident ID"), Kind.TEXT),
        Column("phone", QT_TRANSLATE_NOOP("Column", "Phone"), Kind.TEXT),
        Column("community", QT_TRANSLATE_NOOP("Column", "Community"), Kind.TEXT, sortable=True),
        Column("address", QT_TRANSLATE_NOOP("Column", "Address"), Kind.TEXT),
        # 不漏一人: who came from the register, who was found at a door or named on a list.
        Column("origin", QT_TRANSLATE_NOOP("Column", "Came from"), Kind.PERSON_ORIGIN),
    )
    filter_keys = frozenset({"station_id", "community_id", "household_id", "name", "text"})
    default_order = SortOrder("id")
    keyset_columns = frozenset({"id", "name", "community"})

    def __init__(self, database: Database, *, sees_full: bool,
                 audit: SearchAudit | None = None, masked_views: bool = False) -> None:
        super().__init__(database)
        self.sees_full = sees_full
        # The reader's role reads the masked views on a role-enforced database: whole IDs are
        # found through the lookup function (models/register/person_search.py).
        self.masked_views = masked_views
        self.searches = AuditedSearches(None if sees_full else audit)
        if not sees_full:
            self.columns = tuple(AGE if column.key == "birth_date" else column
                                 for column in type(self).columns)

    def count(self, filters: Filters) -> int:
        found = super().count(filters)
        self.searches.counted(str(filters.get("text") or ""), found)
        return found

    def id_column(self) -> SqlColumn[int]:
        return Person.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"id": Person.id, "name": Person.name_pinyin, "community": Community.name}

    def sort_value(self, row: Row, key: str) -> Any:
        """Names are sorted by their pinyin key, the one written with every name
        (models/pinyin.py): worked out again from the name shown."""
        if key == "name":
            return name_key(str(super().sort_value(row, key) or ""))
        return super().sort_value(row, key)

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        statement = select(Person.id)
        if order is not None and order.column == "community":
            statement = statement.join(Community, Community.id == Person.community_id)
        if filters.get("community_id") is not None:
            statement = statement.where(Person.community_id == filters["community_id"])
        if filters.get("station_id") is not None:
            statement = statement.where(Person.community_id.in_(
                select(Community.id).where(Community.station_id == filters["station_id"])))
        if filters.get("household_id") is not None:
            statement = statement.where(Person.household_id == filters["household_id"])
        if filters.get("name"):
            statement = statement.where(starts_with(self.database.kind, Person.name,
                                                    str(filters["name"])))
        condition = person_condition(
            self.database.kind, str(filters.get("text") or ""), masked=not self.sees_full,
            lookup=self.masked_views and has_identifier_lookup(self.database))
        if condition is not None:
            statement = statement.where(condition)
        return statement

    def row_statement(self) -> Select[*tuple[Any, ...]]:
        dialect = self.database.kind
        resident_id: ColumnElement[str] | QueryableAttribute[str | None] = Person.resident_id
        phone: ColumnElement[str] | QueryableAttribute[str | None] = Person.phone
        born: ColumnElement[Any] = func.coalesce(cast(Person.birth_date, String), "")
        if not self.sees_full:   # masked by the database: full identifiers never arrive
            resident_id = masked_resident_id_sql(dialect, Person.resident_id)
            phone = masked_phone_sql(dialect, Person.phone)
            born = age_sql(dialect, Person.birth_date)
        return (select(Person.id, Person.name, Person.sex, born,
                       func.coalesce(resident_id, ""), func.coalesce(phone, ""),
                       Community.name, Household.address, Person.origin)
                .join(Community, Community.id == Person.community_id)
                .join(Household, Household.id == Person.household_id))
