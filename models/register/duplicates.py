"""Persons entered twice, listed for merging: the same resident ID, or the same name, birth date
and phone (an ID mistyped or missing on one of the two entries).

Each row is one entry to merge away, beside the entry of its group to keep: the active one (a
resident ID is held by one active person at most: the index of migration 0013), else the first
entered. Groups are found from indexes alone (resident IDs held more than once; (phone, name,
birth date) held more than once), so the list costs a few hundred milliseconds at district
scale, and pages like every other list. Persons already merged away are history, never listed.
A reader who sees identifiers masked reads ages, not birth dates (the masked digits of an ID).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, cast, func, select, tuple_
from sqlalchemy.orm import Session, aliased

from models.accounts.masking import age_sql, masked_phone_sql, masked_resident_id_sql
from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.row_source import Column, Filters, Kind, Row, SortOrder, SqlRowSource
from models.schema.geography import Community
from models.schema.register import Household, Person
from models.translatable import QT_TRANSLATE_NOOP


class Sameness(StrEnum):
    """What makes two entries one person."""
    RESIDENT_ID = "resident_id"
    NAME_BIRTH_PHONE = "name_birth_phone"


def _same(person: type[Person] | Any, other: type[Person] | Any,
          sameness: Sameness) -> ColumnElement[bool]:
    if sameness is Sameness.RESIDENT_ID:
        return person.resident_id == other.resident_id
    return and_(person.phone == other.phone, person.name == other.name,
                person.birth_date == other.birth_date)


def _held_more_than_once(sameness: Sameness) -> Select[*tuple[Any, ...]]:
    """The resident IDs (or phone, name and birth date) more than one entry holds, merged ones
    included: read from the index alone, then narrowed to entries not merged."""
    if sameness is Sameness.RESIDENT_ID:
        return (select(Person.resident_id).where(Person.resident_id.is_not(None))
                .group_by(Person.resident_id).having(func.count() > 1))
    keys = (Person.phone, Person.name, Person.birth_date)
    return (select(*keys).where(Person.phone.is_not(None), Person.birth_date.is_not(None))
            .group_by(*keys).having(func.count() > 1))


def keeper(other: type[Person] | Any, sameness: Sameness) -> ColumnElement[int]:
    """The entry kept for `other`'s group: its active member, else the first entered."""
    member = aliased(Person)
    return (select(func.coalesce(func.min(case((member.active.is_(True), member.id))),
                                 func.min(member.id)))
            .where(_same(member, other, sameness), member.merged_into_id.is_(None))
            .scalar_subquery())


def entries_to_merge(sameness: Sameness, community_id: int | None = None) -> Select[*tuple[Any, ...]]:
    """SELECT the ids of entries to merge away (each group but its kept entry)."""
    key: Any = (Person.resident_id if sameness is Sameness.RESIDENT_ID
                else tuple_(Person.phone, Person.name, Person.birth_date))
    statement = select(Person.id).where(
        key.in_(_held_more_than_once(sameness)), Person.merged_into_id.is_(None),
        Person.id != keeper(Person, sameness))
    if community_id is not None:
        statement = statement.where(Person.community_id == community_id)
    return statement


# In place of the birth date for a reader who sees identifiers masked.
AGE = Column("age", QT_TRANSLATE_NOOP("Column", "Age"), Kind.COUNT)


class DuplicateRows(SqlRowSource):
    """The entries to merge away, each beside the entry to keep."""
    columns: tuple[Column, ...] = (
        Column("name", QT_TRANSLATE_NOOP("Column", "Name"), Kind.TEXT),
        Column("resident_id", QT_TRANSLATE_NOOP("Column", "Resident ID"), Kind.TEXT),
        Column("birth_date", QT_TRANSLATE_NOOP("Column", "Born"), Kind.TEXT),
        Column("phone", QT_TRANSLATE_NOOP("Column", "Phone"), Kind.TEXT),
        Column("community", QT_TRANSLATE_NOOP("Column", "Community"), Kind.TEXT),
        Column("address", QT_TRANSLATE_NOOP("Column", "Address"), Kind.TEXT),
        Column("kept_id", QT_TRANSLATE_NOOP("Column", "Kept entry no."), Kind.COUNT),
        Column("kept_name", QT_TRANSLATE_NOOP("Column", "Kept entry"), Kind.TEXT),
        Column("kept_resident_id", QT_TRANSLATE_NOOP("Column", "Its resident ID"), Kind.TEXT),
        Column("kept_community", QT_TRANSLATE_NOOP("Column", "Its community"), Kind.TEXT),
        Column("kept_address", QT_TRANSLATE_NOOP("Column", "Its address"), Kind.TEXT),
    )
    filter_keys = frozenset({"sameness", "community_id"})
    default_order = SortOrder("id")
    keyset_columns = frozenset({"id"})

    def __init__(self, database: Database, *, sees_full: bool) -> None:
        super().__init__(database)
        self.sees_full = sees_full
        if not sees_full:
            self.columns = tuple(AGE if column.key == "birth_date" else column
                                 for column in type(self).columns)

    def id_column(self) -> SqlColumn[int]:
        return Person.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"id": Person.id}

    @staticmethod
    def sameness(filters: Filters) -> Sameness:
        return Sameness(filters.get("sameness") or Sameness.RESIDENT_ID)

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        community = filters.get("community_id")
        return entries_to_merge(self.sameness(filters),
                                int(community) if community is not None else None)

    def _shown(self, person: type[Person] | Any) -> tuple[ColumnElement[Any], ...]:
        dialect = self.database.kind
        resident_id: SqlColumn[Any] = person.resident_id
        phone: SqlColumn[Any] = person.phone
        if not self.sees_full:   # masked by the database: full identifiers never arrive
            resident_id = masked_resident_id_sql(dialect, person.resident_id)
            phone = masked_phone_sql(dialect, person.phone)
        return func.coalesce(resident_id, ""), func.coalesce(phone, "")

    def _born(self) -> ColumnElement[Any]:
        if self.sees_full:
            return func.coalesce(cast(Person.birth_date, String), "")
        return age_sql(self.database.kind, Person.birth_date)

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        kept, kept_place, kept_home = aliased(Person), aliased(Community), aliased(Household)
        rows: dict[int, Row] = {}
        for sameness in Sameness:   # an entry may be in both kinds of group: the ID's first
            missing = [ident for ident in ids if ident not in rows]
            if not missing:
                break
            resident_id, phone = self._shown(Person)
            kept_resident_id, _kept_phone = self._shown(kept)
            statement = (
                select(Person.id, Person.name, resident_id, self._born(), phone, Community.name,
                       Household.address, kept.id, kept.name, kept_resident_id,
                       kept_place.name, kept_home.address)
                .join(Community, Community.id == Person.community_id)
                .join(Household, Household.id == Person.household_id)
                .join(kept, kept.id == keeper(Person, sameness))
                .join(kept_place, kept_place.id == kept.community_id)
                .join(kept_home, kept_home.id == kept.household_id)
                .where(Person.id.in_(missing), kept.id != Person.id))
            rows.update({int(row[0]): tuple(row) for row in session.execute(statement)})
        return rows
