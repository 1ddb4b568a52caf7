"""The duplicates list and the merge as a clerk reaches them: permission-checked, audited, on
both databases, from the controller and from `canvass duplicates` / `canvass merge`."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

import main
from controllers.register.duplicates import MergeRefused, Sameness, duplicate_rows, merge_persons
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.db.row_source import SortOrder
from models.schema import Person
from models.schema.accounts import AuditEntry
from tests.support.factories import make_person, make_place, signed_in
from tests.support.signing_in import account
from tests.support.signing_in import signed_in as commands_sign_in
from tests.support.twins import add_case, add_twins

CLERK = signed_in("clerk")


def _pair(database: Database) -> tuple[int, int]:
    with database.sessions() as session:
        place = make_place(session)
        wang, again = add_twins(session, place)
        add_case(session, place, again)
        make_person(session, place, "李娜")
        session.commit()
        return wang.id, again.id


def test_a_clerk_lists_and_merges_and_the_merge_is_audited(database: Database) -> None:
    kept, other = _pair(database)
    rows = duplicate_rows(database, CLERK)
    found = rows.page({"sameness": Sameness.NAME_BIRTH_PHONE}, SortOrder("id"), 0, 10)
    assert [(row[0], row[7]) for row in found] == [(other, kept)]
    assert "*" in found[0][4]                       # a clerk sees phones masked
    assert [column.key for column in rows.columns][2] == "age"   # not the birth date
    assert isinstance(found[0][3], int) and "-" not in str(found[0][3])
    merged = merge_persons(database, CLERK, kept, other)
    assert len(merged.cases) == 1
    with database.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).one()
        assert (entry.username, entry.table_name, entry.row_id) == (CLERK.username, "person", kept)
        assert json.loads(entry.changes)["merged"] == other
        changed = session.scalars(select(AuditEntry.row_id).where(
            AuditEntry.action == "update", AuditEntry.table_name == "person")).all()
        assert other in changed
    with pytest.raises(MergeRefused):
        merge_persons(database, CLERK, kept, other)


@pytest.mark.parametrize("role", ["viewer", "dispatcher"])
def test_only_register_work_may_list_or_merge(database: Database, role: str) -> None:
    kept, other = _pair(database)
    with pytest.raises(PermissionDenied):
        duplicate_rows(database, signed_in(role))
    with pytest.raises(PermissionDenied):
        merge_persons(database, signed_in(role), kept, other)
    with database.sessions() as session:
        assert all(session.scalars(select(Person.active)))


def test_the_commands_list_and_merge(database: Database, database_url: str,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    kept, other = _pair(database)
    account(database, "zhang", "commander")
    commands_sign_in(database, monkeypatch, "clerk")    # register work, phones masked
    assert main.run(["--lang", "en", "--db", database_url, "duplicates", "--community", "C1"]) == 0
    out = capsys.readouterr().out
    assert "0 entries with the same resident ID" in out
    assert "1 entries with the same name, birth date and phone" in out
    assert f"canvass merge {kept} {other}" in out and "139****1111" in out
    assert main.run(["--lang", "en", "--db", database_url, "merge", str(kept), str(other)]) == 0
    assert f"merged person {other} into {kept}: 1 cases" in capsys.readouterr().out
    assert main.run(["--lang", "en", "--db", database_url, "merge", str(kept), str(other)]) == 1
    assert "not merged" in capsys.readouterr().err
    assert main.run(["--lang", "en", "--db", database_url, "duplicates"]) == 0
    assert "no persons entered twice" in capsys.readouterr().out
    assert main.run(["--lang", "en", "--db", database_url, "duplicates", "--community", "nowhere"]) == 1
