"""Reading the audit trail directly: a record's history newest first, and the log searched as
plain text (a typed % or _ is a character, control characters are dropped), paged by key."""
from __future__ import annotations

from models.accounts.audit import Actor, entry
from models.accounts.audit_trail import record_history, search_log
from models.db.database import Database
from models.schema import AuditEntry
from tests.support.factories import NOW


def test_history_and_search(database: Database) -> None:
    with database.sessions() as session:
        actor = Actor(None, "wang")
        session.execute(AuditEntry.__table__.insert(), [
            entry(actor, "update", "person", 7, {"name": ["张伟", "张 伟"]}, NOW),
            entry(actor, "update", "person", 7, {"phone": ["138", "100%_sure"]}, NOW),
            entry(Actor(None, "li"), "insert", "case", 1, {"status": "identified"}, NOW)])
        history = record_history(session, "person", 7)
        assert [list(e.changes) for e in history] == [["phone"], ["name"]]
        assert history[0].changes["phone"] == ["138", "100%_sure"]
        total, page = search_log(session, "%_\x00")
        assert total == 1 and page[0].table == "person"
        total, page = search_log(session, "", limit=2)
        assert total == 3 and len(page) == 2
        _total, rest = search_log(session, "", before_id=page[-1].id)
        assert [e.username for e in rest] == ["wang"]
        assert search_log(session, "", table="case")[0] == 1
