"""The district's register of persons, a page at a time: a million rows, never loaded whole.

Resident IDs and phones come masked unless the user's role may see them in full, so the masked
values never reach the screen's model. Filters: community, household, a name prefix.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from controllers.actions import SignedInUser
from controllers.browse.row_source import (Column, Filters, Kind, Row, SortOrder, SqlRowSource,
                                           plain, starts_with)
from models.database import Database
from models.geography import Community
from models.masking import shown_phone, shown_resident_id
from models.register import Household, Person


class PersonRows(SqlRowSource):
    columns = (
        Column("name", QT_TRANSLATE_NOOP("Column", "Name"), Kind.TEXT, sortable=True),
        Column("sex", QT_TRANSLATE_NOOP("Column", "Sex"), Kind.SEX),
        Column("birth_date", QT_TRANSLATE_NOOP("Column", "Born"), Kind.TEXT),
        Column("resident_id", QT_TRANSLATE_NOOP("Column", "Resident ID"), Kind.TEXT),
        Column("phone", QT_TRANSLATE_NOOP("Column", "Phone"), Kind.TEXT),
        Column("community", QT_TRANSLATE_NOOP("Column", "Community"), Kind.TEXT),
        Column("address", QT_TRANSLATE_NOOP("Column", "Address"), Kind.TEXT),
    )
    filter_keys = frozenset({"community_id", "household_id", "name"})
    default_order = SortOrder("id")
    keyset_columns = frozenset({"id", "name"})

    def __init__(self, database: Database, user: SignedInUser) -> None:
        super().__init__(database)
        self.sees_full = user.sees_full_identifiers

    def id_column(self) -> ColumnElement[int]:
        return Person.id

    def sort_expressions(self) -> Mapping[str, ColumnElement[Any]]:
        return {"id": Person.id, "name": Person.name}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[Any]:
        statement = select(Person.id)
        if filters.get("community_id") is not None:
            statement = statement.where(Person.community_id == filters["community_id"])
        if filters.get("household_id") is not None:
            statement = statement.where(Person.household_id == filters["household_id"])
        if filters.get("name"):
            statement = statement.where(starts_with(self.database.kind, Person.name,
                                                    str(filters["name"])))
        return statement

    def load_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Row]:
        rows: dict[int, Row] = {}
        for ident, name, sex, born, resident_id, phone, community, address in session.execute(
                select(Person.id, Person.name, Person.sex, Person.birth_date,
                       Person.resident_id, Person.phone, Community.name, Household.address)
                .join(Community, Community.id == Person.community_id)
                .join(Household, Household.id == Person.household_id)
                .where(Person.id.in_(ids))):
            rows[ident] = (ident, name, plain(sex), _iso(born),
                           shown_resident_id(resident_id, self.sees_full),
                           shown_phone(phone, self.sees_full), community, address)
        return rows


def _iso(value: date | None) -> str:
    return value.isoformat() if value is not None else ""
