"""A register entry as the edit form reads and saves it, called directly: which fields a role may
change, how each is checked, and the save against the version the form loaded."""
from __future__ import annotations

import pytest

from models.db.database import Database
from models.errors import EditConflict
from models.register.person_fields import InvalidField
from models.register.persons import clean_person_changes, person_record, save_person
from tests.support.factories import TODAY


@pytest.mark.parametrize(("changes", "may_edit", "code"), [
    ({"household_id": 2}, True, "not_editable"),
    ({"phone": "13900000000"}, False, "permission_denied"),
    ({"resident_id": "420102198001011234"}, False, "permission_denied"),
    ({"name": "   "}, False, "name_empty"),
    ({"phone": "12345"}, True, "phone_invalid"),
])
def test_refused_changes(changes: dict[str, object], may_edit: bool, code: str) -> None:
    with pytest.raises(InvalidField) as refused:
        clean_person_changes(changes, may_edit, TODAY)
    assert refused.value.code == code


def test_a_resident_id_is_written_both_ways() -> None:
    clean, _warnings = clean_person_changes({"resident_id": "42010219800101001x", "name": "Ｌｉ"},
                                            True, TODAY)
    assert clean == {"name": "Li", "resident_id": "42010219800101001X",
                     "resident_id_reversed": "X10010100891201024"}


def test_saving_against_the_loaded_version(database: Database, person_id: int) -> None:
    with database.sessions() as session:
        loaded = person_record(session, person_id)
        saved, _warnings = save_person(session, person_id, loaded.version, {"name": loaded.name},
                                       {"name": "张 伟"}, False, TODAY)
        assert (saved.name, saved.version, saved.address) == ("张 伟", loaded.version + 1,
                                                              loaded.address)
        with pytest.raises(EditConflict) as stale:
            save_person(session, person_id, loaded.version, {"name": loaded.name},
                        {"name": "张三"}, False, TODAY)
        assert [d.field for d in stale.value.differences] == ["name"]
        with pytest.raises(InvalidField) as gone:
            person_record(session, 999_999)
        assert gone.value.code == "gone"
