"""Sign-in delays instead of a lock (issue 20, item 6), on both databases: failures slow down the
account at the workstation they came from and a workstation trying many names; an attempt during
a wait is refused unchecked, audited, and does not count; the right password gets in once the
wait has passed; nobody elsewhere is kept out; an administrator sees and clears the counters."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.accounts.administration import unlock
from models.accounts.audit import Actor
from models.accounts.credentials import SignInRefused
from models.accounts.sign_in_delays import (
    EVERY_NAME,
    FORGET_AFTER,
    WORKSTATION_FREE,
    clear_recorded,
    current_delays,
)
from models.accounts.users import add_user, list_users, record_sign_in
from models.db.database import Database
from models.schema import AuditEntry
from models.schema.accounts import SignInDelay
from tests.support.factories import NOW

GAP = timedelta(seconds=400)


def _fail(session: Session, name: str, workstation: str, at: datetime = NOW,
          times: int = 1) -> datetime:
    """`times` wrong passwords, each once the wait before it has passed (400 s apart: the
    longest wait is 300 s); the moment of the last."""
    moment = at
    for attempt in range(times):
        moment = at + attempt * GAP
        with pytest.raises(SignInRefused) as refused:
            record_sign_in(session, name, "wrong-pass", moment, workstation)
        assert refused.value.code == "wrong_credentials"
    return moment


def _entries(session: Session) -> list[tuple[str, str, dict[str, object]]]:
    rows = session.execute(select(AuditEntry.action, AuditEntry.username, AuditEntry.changes)
                           .where(AuditEntry.action.like("sign_in%")).order_by(AuditEntry.id))
    return [(action, name, json.loads(changes)) for action, name, changes in rows]


def test_failures_delay_the_account_at_their_workstation_only(database: Database) -> None:
    with database.sessions() as session:
        add_user(session, "zhao", "commander", "secret-pass")
        last = _fail(session, "zhao", "pc-7", times=5)    # waits of 1 s, 2 s, 4 s after 3, 4, 5
        with pytest.raises(SignInRefused) as refused:
            record_sign_in(session, "zhao", "secret-pass", last + timedelta(seconds=1), "pc-7")
        assert refused.value.code == "locked" and refused.value.retry_after == 3.0
        # At the commander's own desk the guesser's failures change nothing.
        assert record_sign_in(session, "zhao", "secret-pass", last, "desk-1").username == "zhao"
        # The refused attempt did not count: the right password after the wait gets in.
        assert record_sign_in(session, "zhao", "secret-pass", last + timedelta(seconds=4),
                              "pc-7").username == "zhao"
        entries = _entries(session)
    assert [action for action, _name, _changes in entries] == (
        ["sign_in_failed"] * 5 + ["sign_in_delayed", "sign_in", "sign_in"])
    assert entries[4][2] == {"workstation": "pc-7", "failures": 5}
    assert entries[5] == ("sign_in_delayed", "zhao", {"workstation": "pc-7", "seconds": 3})
    assert entries[6][2] == {"workstation": "desk-1"}


def test_a_workstation_trying_many_names_is_slowed_for_every_name(database: Database) -> None:
    with database.sessions() as session:
        add_user(session, "li", "clerk", "secret-pass")
        for number in range(WORKSTATION_FREE):
            _fail(session, f"guess{number}", "kiosk")     # unknown names count like known ones
        with pytest.raises(SignInRefused) as refused:
            record_sign_in(session, "li", "secret-pass", NOW, "kiosk")
        assert refused.value.code == "locked"
        assert record_sign_in(session, "li", "secret-pass", NOW, "desk-2").username == "li"
        shown = current_delays(session, NOW)
        assert shown[0].username == EVERY_NAME and shown[0].workstation == "kiosk"
        assert shown[0].failures == WORKSTATION_FREE
        assert shown[0].delayed_until == NOW + timedelta(seconds=1)
        assert {row.username for row in shown[1:]} == {f"guess{n}" for n in range(10)}


def test_old_failures_start_over_and_a_long_siege_waits_at_most_five_minutes(
        database: Database) -> None:
    with database.sessions() as session:
        add_user(session, "sun", "viewer", "secret-pass")
        moment = NOW
        for _attempt in range(20):
            _fail(session, "sun", "pc-9", at=moment)
            moment += timedelta(seconds=301)              # each try once its wait has passed
        row = next(r for r in current_delays(session, moment - timedelta(seconds=301))
                   if r.username == "sun")
        assert row.failures == 20
        assert row.delayed_until == moment - timedelta(seconds=301) + timedelta(seconds=300)
        assert record_sign_in(session, "sun", "secret-pass", moment, "pc-9").username == "sun"
        moment = _fail(session, "sun", "pc-9", at=moment, times=2)
        moment = _fail(session, "sun", "pc-9", at=moment + FORGET_AFTER + timedelta(seconds=1))
        row = next(r for r in current_delays(session, moment) if r.username == "sun")
        assert row.failures == 1 and row.delayed_until is None


def test_an_administrator_sees_and_clears_delays_and_the_clearing_is_audited(
        database: Database) -> None:
    with database.sessions() as session:
        session.info["actor"] = Actor(None, "console:admin")
        wang = add_user(session, "wang", "dispatcher", "secret-pass")
        _fail(session, "wang", "pc-1", times=4)
        last = _fail(session, "wang", "pc-2", times=4)
        assert [row.locked_until for row in list_users(session, last)] == [
            last + timedelta(seconds=2)]
        assert clear_recorded(session, workstation="pc-1", moment=last) == 2  # wang's, pc-1's
        assert {(r.username, r.workstation) for r in current_delays(session, last)} == {
            ("wang", "pc-2"), (EVERY_NAME, "pc-2")}
        unlock(session, wang.id)                          # the users dialog's Unlock
        assert [r.workstation for r in current_delays(session, last)] == ["pc-2"]
        assert list_users(session, last)[0].locked_until is None
        assert clear_recorded(session, username="nobody", moment=last) == 0
        cleared = session.execute(select(AuditEntry.username, AuditEntry.changes).where(
            AuditEntry.action == "delays_cleared").order_by(AuditEntry.id)).all()
    assert [(name, json.loads(changes)) for name, changes in cleared] == [
        ("console:admin", {"counters": 2, "workstation": "pc-1"}),
        ("console:admin", {"counters": 1, "username": "wang"})]


def test_a_sign_in_without_failures_leaves_no_counter(database: Database) -> None:
    """Counters are made to count failures: a right password where nothing failed leaves none
    behind (an empty one made a fresh database look used to the demo: "not empty"), and one
    after failures of another name leaves the workstation's count as it was."""
    with database.sessions() as session:
        add_user(session, "qian", "commander", "secret-pass")
        record_sign_in(session, "qian", "secret-pass", NOW, "pc-1")
        session.flush()
        assert session.scalars(select(SignInDelay)).all() == []
        _fail(session, "stranger", "pc-1")
        record_sign_in(session, "qian", "secret-pass", NOW, "pc-1")
        session.flush()
        assert [(row.username, row.failures) for row in session.scalars(
            select(SignInDelay).order_by(SignInDelay.username))] \
            == [(EVERY_NAME, 1), ("stranger", 1)]

