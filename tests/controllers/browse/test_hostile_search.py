"""Whatever is typed into a search box is plain text: SQL, wildcards, control characters and
absurd lengths find nothing (or the literal), change nothing, and raise nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select

from controllers.browse import SortOrder
from models.cases.rows import CaseRows
from models.communities.rows import CommunityRows
from models.db.database import Database
from models.schema import Person
from tests.support.sample_district import add_sample_district

HOSTILE = ["'; DROP TABLE person; --", "\" OR 1=1 --", "%", "_", "\\", "东湖' OR '1'='1",
           "\x00\x01\x1b[2J", "x" * 10_000, "🦠" * 50]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_search_boxes_take_text_as_text(database: Database, text: str) -> None:
    add_sample_district(database)
    with database.sessions() as session:
        before = session.scalar(select(func.count(Person.id)))
    for source in (CommunityRows(database), CaseRows(database)):
        assert source.count({"name": text}) == 0
        assert source.page({"name": text}, SortOrder("name"), 0, 50) == []
    with database.sessions() as session:
        assert session.scalar(select(func.count(Person.id))) == before
    assert {"person", "community", "person_case"} <= set(inspect(database.engine).get_table_names())
