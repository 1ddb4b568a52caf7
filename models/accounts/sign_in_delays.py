"""Sign-in delays instead of locks: failures slow down the guesser, never keep the owner out.

A lock shared by every workstation let anyone who knew a commander's name keep them out: one
wrong try every five minutes, from any PC, and the account was locked whenever its owner came.
So failures are counted where they happen (table sign_in_delay, migration 0022):

* per account at a workstation — the name as typed, so unknown names count like known ones and
  nobody learns which exist: the ACCOUNT_FREE-th failure is followed by a wait of 1 s there,
  and each further one doubles it, 2 s, 4 s … up to MAX_DELAY_SECONDS;
* per workstation over every name — a PC trying many names: from its WORKSTATION_FREE-th
  failure the same doubling, for every name typed there.

An attempt during a wait is refused without its password being checked, and does not count (the
owner retrying at the end of the countdown is not punished for the guesser's tries); once the
wait has passed, the right password gets in, and clears the account's count at that
workstation. Failures older than FORGET_AFTER start over. The owner at their own workstation is
never delayed by someone else's failures elsewhere; what a workstation is, is its own word (its
host name, or the id in its settings): a forged one escapes its delay, which is why the waits
are delays of a few minutes and never a lock, and why every attempt is in the audit trail.

The counters' rows are locked while they are read and counted (created first when missing, by
an insert that yields to one made at the same moment), so two attempts at once count one after
the other and none is lost.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models.accounts.audit import Actor, entry
from models.schema.accounts import AuditEntry, SignInDelay

ACCOUNT_FREE = 3
WORKSTATION_FREE = 10
MAX_DELAY_SECONDS = 300
FORGET_AFTER = timedelta(hours=1)
EVERY_NAME = ""            # the `username` of a workstation's row over every name
NAME_LIMIT = 32
WORKSTATION_LIMIT = 64


@dataclass(frozen=True)
class DelayRow:
    """A counter as an administrator sees it: `username` '' is the workstation over every name;
    `delayed_until` None when its failures have not reached a wait yet."""
    username: str
    workstation: str
    failures: int
    last_failed_at: datetime | None
    delayed_until: datetime | None


def delay_seconds(failures: int, free: int) -> float:
    """No wait after fewer than `free` failures, then 1 s, 2 s, 4 s … up to the cap."""
    if failures < free:
        return 0.0
    return float(min(2 ** min(failures - free, 16), MAX_DELAY_SECONDS))


def typed_name(username: str) -> str:
    """The account name as counted: trimmed, cut to a user name's length ('?' when empty)."""
    return username.strip()[:NAME_LIMIT] or "?"


def workstation_key(workstation: str) -> str:
    return workstation.strip()[:WORKSTATION_LIMIT] or "?"


def _insert_if_missing(session: Session, username: str, workstation: str) -> None:
    values = {"username": username, "workstation": workstation, "failures": 0}
    dialect = session.get_bind().dialect.name
    table = SignInDelay.__table__
    if dialect == "postgresql":
        session.execute(postgresql.insert(table).values(values).on_conflict_do_nothing())
    else:
        session.execute(sqlite.insert(table).values(values).on_conflict_do_nothing())


def _counter(session: Session, username: str, workstation: str) -> SignInDelay:
    """The counter's row, created when missing, locked until the session ends. A row another
    attempt held and then deleted (its right password forgets the count) is gone once the lock
    is ours: made again."""
    while True:
        _insert_if_missing(session, username, workstation)
        row = session.scalar(select(SignInDelay).where(
            SignInDelay.username == username, SignInDelay.workstation == workstation)
            .with_for_update().execution_options(populate_existing=True))
        if row is not None:   # inserted above or by the attempt it yielded to
            return row


@dataclass
class Counters:
    """The two counters one attempt is judged by, locked for the attempt's transaction."""
    account: SignInDelay
    workstation: SignInDelay

    def wait(self, moment: datetime) -> float:
        """Seconds until an attempt may be checked here; 0 when it may be now."""
        ends = [row.delayed_until for row in (self.account, self.workstation)
                if row.delayed_until is not None]
        return max([(end - moment).total_seconds() for end in ends] + [0.0])

    def count_failure(self, moment: datetime) -> None:
        for row, free in ((self.account, ACCOUNT_FREE), (self.workstation, WORKSTATION_FREE)):
            stale = row.last_failed_at is None or moment - row.last_failed_at > FORGET_AFTER
            row.failures = 1 if stale else row.failures + 1
            row.last_failed_at = moment
            wait = delay_seconds(row.failures, free)
            row.delayed_until = moment + timedelta(seconds=wait) if wait else None


def counters(session: Session, username: str, workstation: str) -> Counters:
    """The account's and the workstation's counters, locked in that order (every attempt takes
    them in the same order, so two attempts never wait on each other crosswise)."""
    place = workstation_key(workstation)
    return Counters(_counter(session, typed_name(username), place),
                    _counter(session, EVERY_NAME, place))


def forget_account(session: Session, counted: Counters) -> None:
    """The right password: the account's failures at this workstation are over. The
    workstation's own count stays (a guesser signing in to their own account clears nothing
    but their own)."""
    session.delete(counted.account)
    if not counted.workstation.failures:    # nothing counted here: no row left behind (an empty
        session.delete(counted.workstation)  # counter made a database look used to the demo)


def current_delays(session: Session, moment: datetime) -> list[DelayRow]:
    """Every counter whose failures still count at `moment` (a wait ahead, or failures within
    FORGET_AFTER): the longest waits first, then the most failures."""
    rows = session.scalars(select(SignInDelay).where(or_(
        SignInDelay.delayed_until > moment,
        SignInDelay.last_failed_at > moment - FORGET_AFTER)))
    shown = [DelayRow(row.username, row.workstation, row.failures, row.last_failed_at,
                      row.delayed_until if row.delayed_until and row.delayed_until > moment
                      else None) for row in rows if row.failures]
    return sorted(shown, key=lambda row: (row.delayed_until is None, -(
        row.delayed_until.timestamp() if row.delayed_until else 0), -row.failures,
        row.username, row.workstation))


def delayed_accounts(session: Session, moment: datetime) -> dict[str, datetime]:
    """Each account name that waits somewhere at `moment`, with the end of its longest wait."""
    found: dict[str, datetime] = {}
    for name, until in session.execute(select(SignInDelay.username, SignInDelay.delayed_until)
                                       .where(SignInDelay.delayed_until > moment,
                                              SignInDelay.username != EVERY_NAME)):
        if until is not None:
            found[name] = max(until, found.get(name, until))
    return found


def clear_delays(session: Session, username: str | None = None,
                 workstation: str | None = None) -> int:
    """Forget the failures of an account (at every workstation), of a workstation (its own row
    and every account's there), or of that account at that workstation; how many counters."""
    statement = delete(SignInDelay)
    if username is not None:
        statement = statement.where(SignInDelay.username == typed_name(username))
    if workstation is not None:
        statement = statement.where(SignInDelay.workstation == workstation_key(workstation))
    if username is None and workstation is None:
        raise ValueError("clear_delays needs an account or a workstation")
    return int(getattr(session.execute(statement), "rowcount", 0) or 0)


def clear_recorded(session: Session, username: str | None = None,
                   workstation: str | None = None, moment: datetime | None = None) -> int:
    """clear_delays, and an audit entry naming what was cleared, by whom the session acts for
    (the counters are not audited by trigger: the entry is the record); none when nothing was
    counted there."""
    cleared = clear_delays(session, username, workstation)
    if cleared:
        actor = session.info.get("actor") or Actor(None, "?")
        what: dict[str, object] = {"counters": cleared}
        if username is not None:
            what["username"] = typed_name(username)
        if workstation is not None:
            what["workstation"] = workstation_key(workstation)
        session.execute(AuditEntry.__table__.insert(), [entry(
            actor, "delays_cleared", "app_user", None, what, moment)])
    return cleared
