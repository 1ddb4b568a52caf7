"""Checking the audit trail's hash chain, end to end, a batch of rows at a time.

Each chained entry carries its position (`chain_seq`), the hash of the entry before it
(`prev_hash`) and its own `hash`, sha256 over both and its fields (models/db/acting.py
`chain_hash`, the same text PostgreSQL's canvass_audit_hash digests). Walking the chain in order:

* an entry whose hash is not that of its own fields was altered (`ALTERED`);
* a position missing between two entries is an entry removed (`REMOVED`): named by the entry
  that follows the gap;
* an entry whose `prev_hash` is not the hash its predecessor carries means the predecessor was
  rewritten, hash and all (`ALTERED`, naming the predecessor);
* an entry outside the chain was written past Canvass's sealing — on SQLite by another tool, on
  PostgreSQL with the triggers switched off (`UNCHAINED`).

The newest entries removed together leave a shorter chain that still holds: the chain proves
what it holds was not changed, not that nothing came after it (README, "Audit").

Rows stream through a server-side cursor on PostgreSQL (the driver's own on SQLite): a log of
millions is checked in constant memory.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, String, cast, func, select

from models.db.acting import chain_hash, moment_text
from models.schema.accounts import AuditEntry

BATCH = 5000


class ChainFault(StrEnum):
    ALTERED = "altered"
    REMOVED = "removed"
    UNCHAINED = "unchained"


@dataclass(frozen=True)
class Verdict:
    """What the check found: how many chained entries it read, how many stand outside the chain,
    and the first fault in chain order (`entry_id` the entry it names, `position` its place)."""
    chained: int
    unchained: int
    fault: ChainFault | None = None
    entry_id: int | None = None
    position: int | None = None

    @property
    def intact(self) -> bool:
        return self.fault is None


def verify_chain(connection: Connection,
                 progress: Callable[[int], None] | None = None) -> Verdict:
    """Walk the whole chain; stop at the first fault."""
    entry = AuditEntry.__table__.c
    at = cast(entry.at, String) if connection.dialect.name == "sqlite" else entry.at
    rows = connection.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(entry.chain_seq, entry.prev_hash, entry.hash, entry.id, at, entry.user_id,
               entry.username, entry.db_role, entry.action, entry.table_name, entry.row_id,
               entry.changes)
        .where(entry.chain_seq.is_not(None)).order_by(entry.chain_seq))
    read = 0
    previous: tuple[int, str | None] | None = None    # (entry id, hash) of the last one read
    for seq, prev_hash, stored, ident, moment, *fields in rows:
        if seq != read + 1:
            rows.close()
            return Verdict(read, 0, ChainFault.REMOVED, ident, seq)
        if previous is not None and prev_hash != previous[1]:
            rows.close()
            return Verdict(read, 0, ChainFault.ALTERED, previous[0], seq - 1)
        if stored != chain_hash(seq, prev_hash, ident, moment_text(moment), *fields):
            rows.close()
            return Verdict(read, 0, ChainFault.ALTERED, ident, seq)
        previous = (ident, stored)
        read += 1
        if progress is not None and read % BATCH == 0:
            progress(read)
    unchained = connection.scalar(select(func.count(entry.id)).where(entry.chain_seq.is_(None))) or 0
    if unchained:
        first = connection.scalar(select(func.min(entry.id)).where(entry.chain_seq.is_(None)))
        return Verdict(read, unchained, ChainFault.UNCHAINED, first, None)
    return Verdict(read, 0)
