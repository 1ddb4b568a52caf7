"""The audit log's search matches what its reader sees. An admin (identifiers masked) probing it
with digit after digit of a hidden phone — the oracle that rebuilt a phone in 7,124 searches —
finds nothing past the digits the mask shows, nor a birth date or the middle of an ID; the
masked text itself is found. A commander searches the values as stored."""
from __future__ import annotations

from sqlalchemy import insert

from controllers.accounts.audit_log import audit_rows, record_history, search_audit_log
from controllers.runtime.actions import SignedInUser
from models.accounts.audit import Actor, entry
from models.db.database import Database
from models.schema import AuditEntry
from tests.support.factories import signed_in

ADMIN = signed_in("admin")
COMMANDER = signed_in("commander")
PHONE = "13812345678"
NEW_PHONE = "13987654321"
RESIDENT_ID = "420102198001011234"


def _entries(database: Database) -> None:
    """A person created and later changed, as the trail holds them (identifiers in clear)."""
    clerk = Actor(None, "clerk1")
    with database.sessions() as session:
        session.execute(insert(AuditEntry), [
            entry(clerk, "insert", "person", 7, {"name": "张伟", "phone": PHONE,
                                                  "resident_id": RESIDENT_ID,
                                                  "birth_date": "1980-01-01"}),
            entry(clerk, "update", "person", 7, {"phone": [PHONE, NEW_PHONE],
                                                  "birth_date": [None, "1980-01-01"]})])
        session.commit()


def _found(database: Database, text: str, user: SignedInUser = ADMIN) -> int:
    total, _page = search_audit_log(database, user, text=text)
    listed = audit_rows(database, user).count({"text": text})
    assert listed == total, text
    return total


def test_an_admin_probing_a_hidden_phone_digit_by_digit_finds_nothing(database: Database) -> None:
    _entries(database)
    assert _found(database, PHONE[:3]) == 2           # the start the mask shows
    for typed in range(4, len(PHONE) + 1):
        assert _found(database, PHONE[:typed]) == 0, PHONE[:typed]
    for typed in range(4, len(NEW_PHONE) + 1):
        assert _found(database, NEW_PHONE[:typed]) == 0, NEW_PHONE[:typed]
    assert _found(database, "1381***5678") == 0       # a guessed digit in place of a star
    assert _found(database, "138****5678") == 2       # what the admin reads is found
    assert _found(database, "139****4321") == 1
    assert _found(database, "5678") == 2


def test_nor_the_middle_of_an_id_or_a_birth_date(database: Database) -> None:
    _entries(database)
    for probe in ("19800101", "1980", "1980-01", "01-01", "4201021", "0101"):
        assert _found(database, probe) == 0, probe
    assert _found(database, "420102********1234") == 1
    assert _found(database, "****-**-**") == 2
    assert _found(database, "张伟") == 1                # names and other values as stored


def test_a_commander_searches_the_values_as_stored(database: Database) -> None:
    _entries(database)
    assert _found(database, "1381234", COMMANDER) == 2
    assert _found(database, "19800101", COMMANDER) == 1
    assert _found(database, "1980-01-01", COMMANDER) == 2
    assert _found(database, "138****5678", COMMANDER) == 0


def test_the_history_masks_the_birth_date_beside_the_masked_id(database: Database) -> None:
    _entries(database)
    inserted = record_history(database, ADMIN, "person", 7)[-1]
    assert inserted.changes["resident_id"] == "420102********1234"
    assert inserted.changes["birth_date"] == "****-**-**"
    assert record_history(database, COMMANDER, "person", 7)[-1].changes["birth_date"] \
        == "1980-01-01"
