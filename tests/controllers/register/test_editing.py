"""Two workstations saving the same person: the second sees who changed what and decides;
no update is ever lost silently. Bad input is refused with nothing written."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from controllers.register.persons import load_person, save_person
from controllers.runtime.actions import SignedInUser
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.enums import UserRole
from models.errors import EditConflict
from models.register.person_fields import InvalidField
from models.schema import AuditEntry, Person
from tests.support.factories import signed_in
from tests.support.second_workstation import second_workstation, url_of

COMMANDER = signed_in("commander")
CLERK = signed_in("clerk")
VIEWER = signed_in("viewer", "wall")
TODAY = date(2020, 2, 20)



def stored(database: Database, person_id: int) -> Person:
    with database.sessions() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person


def test_second_save_sees_who_changed_what(database: Database, person_id: int) -> None:
    mine = load_person(database, COMMANDER, person_id)
    theirs = load_person(database, COMMANDER, person_id)
    save_person(database, SignedInUser(None, "dispatcher2", "x", UserRole.COMMANDER), person_id,
                theirs.version, theirs.values, {"phone": "13911112222"}, TODAY)
    with pytest.raises(EditConflict) as conflict:
        save_person(database, COMMANDER, person_id, mine.version, mine.values,
                    {"name": "张伟强"}, TODAY)
    assert conflict.value.by == "dispatcher2"
    by_field = {d.field: d for d in conflict.value.differences}
    assert by_field["phone"].theirs == "13911112222" and by_field["phone"].original == "13800000000"
    assert by_field["name"].mine == "张伟强" and by_field["name"].theirs == "张伟"
    assert stored(database, person_id).name == "张伟"  # nothing of mine was written
    # The person decides to save over theirs: against the new version, their phone stays.
    save_person(database, COMMANDER, person_id, conflict.value.current_version,
                mine.values, {"name": "张伟强"}, TODAY)
    person = stored(database, person_id)
    assert (person.name, person.phone, person.version) == ("张伟强", "13911112222", 3)


def test_no_lost_update_between_two_processes(database: Database, person_id: int) -> None:
    with database.sessions() as session:
        community_id = session.get(Person, person_id).community_id  # type: ignore[union-attr]
    mine = load_person(database, CLERK, person_id)
    second_workstation(url_of(database), "community-target", str(community_id), "77")
    # the other process changed a different record: my save goes through
    save_person(database, CLERK, person_id, mine.version, mine.values, {"name": "李雷"}, TODAY)
    mine = load_person(database, CLERK, person_id)
    other = load_person(database, COMMANDER, person_id)
    save_person(database, COMMANDER, person_id, other.version, other.values,
                {"name": "韩梅梅"}, TODAY)
    with pytest.raises(EditConflict):
        save_person(database, CLERK, person_id, mine.version, mine.values, {"name": "李雷雷"}, TODAY)
    assert stored(database, person_id).name == "韩梅梅"


def test_masked_roles_never_receive_or_change_identifiers(database: Database, person_id: int) -> None:
    form = load_person(database, CLERK, person_id)
    assert form.shown["resident_id"] == "420102********1234"
    assert form.shown["phone"] == "138****0000"
    assert "resident_id" not in form.values and "phone" not in form.values
    with pytest.raises(InvalidField, match="may not change"):
        save_person(database, CLERK, person_id, form.version, form.values,
                    {"phone": "13900000000"}, TODAY)
    full = load_person(database, COMMANDER, person_id)
    assert full.shown["resident_id"] == "420102198001011234"


@pytest.mark.parametrize("changes, field", [
    ({"name": "x" * 10_000}, "name"),
    ({"name": "张\x00伟"}, "name"),
    ({"name": "   "}, "name"),
    ({"phone": "12345"}, "phone"),
    ({"resident_id": "420102198001011235"}, "resident_id"),  # wrong check digit
    ({"resident_id": "420102209901011234"}, "resident_id"),  # born in the future
    ({"resident_id": "4.20102E+17"}, "resident_id"),          # mangled by Excel
])
def test_bad_input_is_refused_and_nothing_written(database: Database, person_id: int,
                                                  changes: dict[str, str], field: str) -> None:
    form = load_person(database, COMMANDER, person_id)
    with pytest.raises(InvalidField) as refused:
        save_person(database, COMMANDER, person_id, form.version, form.values, changes, TODAY)
    assert refused.value.field == field
    person = stored(database, person_id)
    assert (person.version, person.name, person.resident_id) == (1, "张伟", "420102198001011234")


def test_injection_text_is_kept_as_plain_text(database: Database, person_id: int) -> None:
    form = load_person(database, COMMANDER, person_id)
    evil = "Robert'); DROP TABLE person;--"
    save_person(database, COMMANDER, person_id, form.version, form.values, {"name": evil}, TODAY)
    assert stored(database, person_id).name == evil


def test_viewer_cannot_change_anything(database: Database, person_id: int) -> None:
    form = load_person(database, VIEWER, person_id)
    with pytest.raises(PermissionDenied):
        save_person(database, VIEWER, person_id, form.version, form.values, {"name": "x"}, TODAY)
    assert stored(database, person_id).version == 1


def test_full_width_digits_are_normalised_and_audited(database: Database, person_id: int) -> None:
    form = load_person(database, COMMANDER, person_id)
    save_person(database, COMMANDER, person_id, form.version, form.values,
                {"phone": "１３９ ００００ ０１１１"}, TODAY)
    assert stored(database, person_id).phone == "13900000111"
    with database.sessions() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None and last.username == "commander1" and "13900000111" in last.changes
