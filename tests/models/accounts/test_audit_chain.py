"""The audit trail's hash chain: every entry linked to the one before it, whoever wrote it;
an entry a superuser edited or removed is found and named; concurrent writers do not fork it."""
from __future__ import annotations

import itertools
import threading

from sqlalchemy import text, update

from models.accounts.audit import Actor, entry
from models.accounts.audit_verify import ChainFault, Verdict, verify_chain
from models.db.acting import id_ranges
from models.db.database import Database
from models.schema import AuditEntry, Person
from tests.support.audit_chain import entries, outside_write, tamper
from tests.support.factories import make_person, make_place

CLERK = Actor(user_id=None, username="clerk1")


def verdict(database: Database) -> Verdict:
    with database.engine.connect() as connection:
        return verify_chain(connection)


def some_history(database: Database, edits: int = 4) -> int:
    """A person created and edited `edits` times, and a sign-in entry written by Canvass: the
    entries chained, whichever way each was written."""
    with database.sessions() as session:
        session.info["actor"] = CLERK
        person = make_person(session, make_place(session))
        session.commit()
        for n in range(edits):
            session.execute(update(Person).where(Person.id == person.id)
                            .values(phone=f"1380000000{n}"))
            session.commit()
        session.execute(AuditEntry.__table__.insert(), [entry(CLERK, "sign_in", "app_user", None,
                                                              {})])
        session.commit()
    return person.id


def test_every_entry_is_chained_and_the_chain_holds(database: Database) -> None:
    some_history(database)
    log = entries(database)
    assert [e.chain_seq for e in log] == list(range(1, len(log) + 1))
    assert log[0].prev_hash is None
    assert all(e.prev_hash == before.hash for before, e in itertools.pairwise(log))
    result = verdict(database)
    assert result.intact and result.chained == len(log)


def test_an_entry_a_superuser_edited_is_named(database: Database) -> None:
    some_history(database)
    victim = entries(database)[3]
    tamper(database, "UPDATE audit_entry SET changes = :c WHERE id = :i", c="{}", i=victim.id)
    result = verdict(database)
    assert (result.fault, result.entry_id, result.position) == (
        ChainFault.ALTERED, victim.id, victim.chain_seq)


def test_an_entry_rewritten_with_a_fresh_hash_is_named_by_the_next(database: Database) -> None:
    some_history(database)
    victim = entries(database)[2]
    tamper(database, "UPDATE audit_entry SET username = 'nobody', hash = :h WHERE id = :i",
           h="0" * 64, i=victim.id)
    result = verdict(database)
    assert (result.fault, result.entry_id) == (ChainFault.ALTERED, victim.id)


def test_a_removed_entry_is_named_by_the_one_after_it(database: Database) -> None:
    some_history(database)
    log = entries(database)
    tamper(database, "DELETE FROM audit_entry WHERE id = :i", i=log[2].id)
    result = verdict(database)
    assert (result.fault, result.entry_id, result.position) == (
        ChainFault.REMOVED, log[3].id, log[3].chain_seq)
    assert result.chained == 2


def test_the_first_entry_removed_is_found_too(database: Database) -> None:
    some_history(database)
    log = entries(database)
    tamper(database, "DELETE FROM audit_entry WHERE id = :i", i=log[0].id)
    assert (verdict(database).fault, verdict(database).entry_id) == (ChainFault.REMOVED, log[1].id)


def test_entries_written_past_the_sealing_stand_outside_the_chain(database: Database) -> None:
    some_history(database, edits=1)
    tamper(database, "INSERT INTO audit_entry (at, username, action, table_name, changes) "
                     "VALUES ('2020-02-10 09:00:00', 'ghost', 'delete', 'person', '{}')")
    result = verdict(database)
    assert result.fault is ChainFault.UNCHAINED and result.unchained == 1
    assert result.entry_id == entries(database)[-1].id


def test_a_sqlite_shell_write_is_audited_but_left_unchained(sqlite_database: Database) -> None:
    person_id = some_history(sqlite_database, edits=0)
    outside_write(sqlite_database, f"UPDATE person SET name = '张三' WHERE id = {person_id}")
    last = entries(sqlite_database)[-1]
    assert (last.username, last.chain_seq, last.hash) == ("sqlite", None, None)
    assert verdict(sqlite_database).fault is ChainFault.UNCHAINED
    with sqlite_database.sessions() as session:    # Canvass goes on chaining past it
        session.info["actor"] = CLERK
        session.execute(update(Person).where(Person.id == person_id).values(phone="13911112222"))
        session.commit()
    last = entries(sqlite_database)[-1]
    assert (last.username, last.chain_seq) == ("clerk1", last.id - 1)


def test_concurrent_writers_do_not_fork_the_chain(postgres_database: Database) -> None:
    """Two transactions write entries at once; the one that commits first is sealed first, the
    other waits for the chain only while it commits."""
    with postgres_database.sessions() as session:
        session.info["actor"] = CLERK
        place = make_place(session)
        people = [make_person(session, place, name=f"张{n}") for n in range(2)]
        session.commit()
    slow = postgres_database.sessions()
    slow.info["actor"] = Actor(None, "slow")
    slow.execute(update(Person).where(Person.id == people[0].id).values(phone="13900000000"))
    slow.flush()                                # an entry written, its transaction still open

    def fast() -> None:
        with postgres_database.sessions() as session:
            session.info["actor"] = Actor(None, "fast")
            session.execute(update(Person).where(Person.id == people[1].id)
                            .values(phone="13900000001"))
            session.commit()

    writer = threading.Thread(target=fast)
    writer.start()
    writer.join(timeout=10)
    assert not writer.is_alive(), "a writer waited for another's open transaction"
    slow.commit()
    slow.close()
    log = sorted(entries(postgres_database), key=lambda e: e.chain_seq or 0)
    assert [e.username for e in log[-2:]] == ["fast", "slow"]     # in the order they committed
    assert log[-1].id < log[-2].id                                 # not the order they began
    assert verdict(postgres_database).intact


def test_postgresql_hashes_what_python_hashes(postgres_database: Database) -> None:
    some_history(postgres_database, edits=1)
    with postgres_database.engine.connect() as connection:
        stored = connection.execute(text("SELECT hash FROM audit_entry ORDER BY chain_seq")).scalars()
        assert all(len(value) == 64 for value in stored)
    assert verdict(postgres_database).intact


def test_id_ranges() -> None:
    assert id_ranges([5, 1, 2, 3, 9, 10]) == "1-3,5,9-10"
    assert id_ranges([]) == ""
