"""Creating, editing and retiring one master record; the choices its form offers.

The form gets the record masked per role (a responder's resident ID and phone) and sends back
only what the person changed, never a masked value; the rules, the cross-checks and the
version check are models/district's.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.masking import shown_phone, shown_resident_id
from models.accounts.permissions import Permission
from models.db.database import Database
from models.district.choices import district_choices as read_choices
from models.district.editors import editor_of
from models.district.tables import DistrictChoices, MasterRecord, MasterTable

IDENTIFIERS = {"resident_id": shown_resident_id, "phone": shown_phone}


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def shown(record: MasterRecord, user: SignedInUser) -> MasterRecord:
    """The record as the user's role may see it: identifiers masked unless it may see them."""
    if record.table is not MasterTable.RESPONDERS or user.sees_full_identifiers:
        return record
    values = dict(record.values)
    for name, mask in IDENTIFIERS.items():
        values[name] = mask(values.get(name), False)
    return replace(record, values=values)


def unmasked(table: MasterTable, changes: Mapping[str, Any],
             user: SignedInUser) -> dict[str, Any]:
    """What the user may change: a role that sees identifiers masked never writes them."""
    if table is MasterTable.RESPONDERS and not user.sees_full_identifiers:
        return {key: value for key, value in changes.items() if key not in IDENTIFIERS}
    return dict(changes)


@action(Permission.SET_UP_DISTRICT)
def district_choices(database: Database, user: SignedInUser) -> DistrictChoices:
    with read_session(database) as session:
        return read_choices(session)


@action(Permission.SET_UP_DISTRICT)
def master_record(database: Database, user: SignedInUser, table: MasterTable,
                  row_id: int | None) -> MasterRecord:
    """The record to edit, or (`row_id` None) a new one with its defaults."""
    when = now()
    with read_session(database) as session:
        editor = editor_of(session, table, when.date(), when)
        return shown(editor.record(row_id) if row_id is not None else editor.blank(), user)


@action(Permission.SET_UP_DISTRICT)
def save_master_record(database: Database, user: SignedInUser, table: MasterTable,
                       row_id: int | None, expected_version: int, original: Mapping[str, Any],
                       changes: Mapping[str, Any]) -> MasterRecord:
    """Create or update; DistrictRefused or EditConflict and nothing written if refused."""
    when = now()
    with user_session(database, user) as session:
        editor = editor_of(session, table, when.date(), when)
        saved = editor.save(row_id, expected_version, original, unmasked(table, changes, user))
    return shown(saved, user)


@action(Permission.SET_UP_DISTRICT)
def retire_master_record(database: Database, user: SignedInUser, table: MasterTable,
                         row_id: int, retired: bool = True,
                         expected_version: int | None = None) -> MasterRecord:
    """Retire the row (it stays where history points to it, and is not chosen anew), or put
    it back in use (`retired` False)."""
    when = now()
    with user_session(database, user) as session:
        record = editor_of(session, table, when.date(), when).set_active(
            row_id, not retired, expected_version)
    return shown(record, user)
