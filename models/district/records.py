"""The one way every master table's record is read, saved and retired: version-checked (a
stale form is an EditConflict the person resolves, never a silent overwrite) and audited
through the session's actor like every other edit.

What a table adds — its cells for the workbook's rules, its cross-checks, its link table — is
its editor's (models/district/*.py).
Rows history points to are never deleted: retiring sets `active` off, and a retired row
cannot be chosen anew.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.accounts.audit import Actor, entry
from models.district.fields import workbook_row
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.tables import MasterRecord, MasterTable
from models.editing import apply_edit
from models.errors import EditConflict, RecordGone
from models.schema.accounts import AuditEntry
from models.schema.base import Base


def linked(values: Any) -> tuple[str, ...]:
    """A link value (categories, community ids) as a set compares, whatever sequence it came in."""
    return tuple(sorted(str(value) for value in values))


class Editor:
    """Reads, saves and retires one table's records in the caller's session."""

    table: ClassVar[MasterTable]
    model: ClassVar[type[Base]]
    sheet: ClassVar[str]                      # the workbook sheet whose rules the values meet
    links: ClassVar[tuple[str, ...]] = ()     # values kept in a link table, not in columns
    # the workbook's column → the form's field, where the two names differ
    renamed: ClassVar[Mapping[str, str]] = {}

    def __init__(self, session: Session, today: date, now: datetime) -> None:
        self.session, self.today, self.now = session, today, now
        self.saving: Any | None = None      # the stored row a save updates (None: a new one)

    # -- what each table says ------------------------------------------------------------
    def values_of(self, obj: Any) -> dict[str, Any]:
        raise NotImplementedError

    def facts_of(self, obj: Any) -> dict[str, Any]:
        return {}

    def defaults(self) -> dict[str, Any]:
        raise NotImplementedError

    def cells(self, values: Mapping[str, Any]) -> dict[str, object]:
        """The values as the workbook sheet's cells, for its rules."""
        raise NotImplementedError

    def columns(self, row: Any, values: Mapping[str, Any], obj: Any | None) -> dict[str, Any]:
        """The checked column values to write; refuses what crosses other rows (a code taken,
        a retired station chosen, beds below the beds taken)."""
        raise NotImplementedError

    def write_links(self, obj: Any, before: Mapping[str, Any], values: Mapping[str, Any]) -> None:
        """Replace the link rows of `links` whose values changed."""

    def created(self, obj: Any, row: Any) -> None:
        """What a new record brings with it beyond its row (a stock's opening quantity)."""

    def check_retire(self, obj: Any) -> None:
        """Refuse retiring a row that is in use in a way retiring would break."""

    # -- the one way for every table ---------------------------------------------------------
    def get(self, row_id: int) -> Any:
        obj = self.session.get(self.model, row_id)
        if obj is None:
            raise RecordGone("This record was deleted by someone else; nothing was saved")
        return obj

    def record(self, row_id: int) -> MasterRecord:
        obj = self.get(row_id)
        return MasterRecord(self.table, obj.id, obj.version, bool(getattr(obj, "active", True)),
                            self.values_of(obj), self.facts_of(obj))

    def blank(self) -> MasterRecord:
        return MasterRecord(self.table, None, 0, True, self.defaults())

    def save(self, row_id: int | None, expected_version: int, original: Mapping[str, Any],
             changes: Mapping[str, Any]) -> MasterRecord:
        """Create (`row_id` None) or update the record with `changes` over what is stored;
        refused by the workbook's rules and the cross-checks before anything is written."""
        obj = self.saving = self.get(row_id) if row_id is not None else None
        stored = self.values_of(obj) if obj is not None else self.defaults()
        unknown = set(changes) - set(stored)
        if unknown:
            raise ValueError(f"{self.table.value} has no fields {sorted(unknown)}")
        values = {**stored, **changes}
        cells = self.cells(values)
        row = workbook_row(self.sheet, cells, self.today,
                           {column: self.renamed.get(column, column) for column in cells})
        columns = self.columns(row, values, obj)
        try:
            if obj is None:
                new: Any = self.model(**columns)
                self.session.add(new)
                obj = new
                self.session.flush()
                self.write_links(obj, dict.fromkeys(self.links, ()), values)
                self.created(obj, row)
                self.session.flush()
                return self.record(obj.id)
            changed = {key: value for key, value in columns.items() if getattr(obj, key) != value}
            apply_edit(self.session, self.model, obj.id, expected_version,
                       {key: original.get(key, stored.get(key)) for key in changed}, changed)
            if any(linked(values[key]) != linked(stored[key]) for key in self.links):
                self.write_links(obj, stored, values)
                if not changed:
                    self.touch(obj)
            self.session.flush()
        except IntegrityError as error:
            raise DistrictRefused("Another workstation saved a conflicting change at the same "
                                  "moment; nothing was saved", DistrictRefusal.RACED) from error
        return self.record(obj.id)

    def set_active(self, row_id: int, active: bool,
                   expected_version: int | None = None) -> MasterRecord:
        """Retire (`active` False) or put back in use; retiring a row in use may be refused.
        One action on a list row needs no form's version (what it means does not depend on
        the other fields); from a form, `expected_version` makes a stale form a conflict."""
        obj = self.get(row_id)
        if not hasattr(obj, "active"):
            raise ValueError(f"{self.table.value} rows are not retired")
        if not active and obj.active:
            self.check_retire(obj)
        version = obj.version if expected_version is None else expected_version
        apply_edit(self.session, self.model, row_id, version, {"active": obj.active},
                   {"active": active})
        return self.record(row_id)

    # -- helpers for the tables ------------------------------------------------------------
    def touch(self, obj: Any) -> None:
        """A change of links alone still moves the record's version: another form open on it
        is stale now. The UPDATE is version-checked like any other."""
        obj.updated_at = self.now
        try:
            self.session.flush()
        except StaleDataError:
            raise EditConflict(self.table.value, obj.id, obj.version + 1, None, None, []) from None

    def audit_links(self, obj: Any, name: str, before: list[Any], after: list[Any]) -> None:
        """Link rows are written without the ORM: their change is one audit entry of the record."""
        actor: Actor | None = self.session.info.get("actor")
        if actor is None or before == after:
            return
        action = "insert" if not before else "update"
        self.session.execute(AuditEntry.__table__.insert(), [entry(
            actor, action, self.table.value, obj.id, {name: [before, after]}, self.now)])

    def taken(self, condition: ColumnElement[bool], obj: Any | None) -> bool:
        """Whether another row than `obj` meets `condition` (a unique value already used)."""
        statement = select(self.model.__table__.c.id).where(condition)
        if obj is not None:
            statement = statement.where(self.model.__table__.c.id != obj.id)
        return self.session.scalar(statement.limit(1)) is not None

    def chosen(self, model: type[Base], row_id: int | None, before: int | None,
               field: str) -> Any:
        """The row `row_id` refers to: it must exist, and be in use unless it was already the
        record's (a retired station stays where it is referred to, but is not chosen anew)."""
        if row_id is None:
            return None
        found = self.session.get(model, row_id)
        if found is None:
            raise RecordGone("The chosen record was deleted by someone else; nothing was saved")
        if not getattr(found, "active", True) and row_id != before:
            name = getattr(found, "name", None) or getattr(found, "plate", "")
            raise DistrictRefused(f"{name} is retired and cannot be chosen",
                                  DistrictRefusal.RETIRED_CHOSEN, field=field, value=str(name))
        return found
