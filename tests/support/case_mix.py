"""A district's mix of cases loaded in bulk, then analysed: for the tests that ask the planner
what it would really do (no planner setting forced), on data shaped like the campaign's — four
categories, contacts the most numerous, most cases open, each status present."""
from __future__ import annotations

from sqlalchemy import insert, select

from models.db.database import Database
from models.db.statistics import analyse
from models.enums import CaseCategory, CaseStatus
from models.schema import Case, Person
from tests.support.factories import NOW, make_place

# (category, status, open?) in the proportions of the district demo, repeated.
MIX: tuple[tuple[CaseCategory, CaseStatus, bool], ...] = (
    *((CaseCategory.CLOSE_CONTACT, CaseStatus.HOME_OBSERVATION, True),) * 5,
    *((CaseCategory.CLOSE_CONTACT, CaseStatus.ADMITTED, True),) * 3,
    (CaseCategory.CLOSE_CONTACT, CaseStatus.CLEARED, False),
    (CaseCategory.CLOSE_CONTACT, CaseStatus.IDENTIFIED, True),
    (CaseCategory.CONFIRMED, CaseStatus.ADMITTED, True),
    (CaseCategory.CONFIRMED, CaseStatus.AWAITING_TRANSFER, True),
    (CaseCategory.CONFIRMED, CaseStatus.RELEASED, False),
    (CaseCategory.SUSPECTED, CaseStatus.ADMITTED, True),
    (CaseCategory.SUSPECTED, CaseStatus.VERIFIED, True),
    (CaseCategory.FEVER, CaseStatus.IDENTIFIED, True),
    (CaseCategory.FEVER, CaseStatus.ADMITTED, True),
    (CaseCategory.FEVER, CaseStatus.CLEARED, False),
)


def load_case_mix(database: Database, cases: int = 20_000) -> None:
    """`cases` persons, each with one case of MIX in turn, then ANALYZE."""
    with database.sessions.begin() as session:
        place = make_place(session)
        session.execute(insert(Person), [
            {"household_id": place.household_id, "community_id": place.community_id,
             "name": f"病例{n}", "name_pinyin": f"bing li {n}",
             "resident_id": f"42010219{n:010d}", "resident_id_reversed": f"42010219{n:010d}"[::-1],
             "phone": ""} for n in range(cases)])
        people = list(session.scalars(select(Person.id).where(Person.name.like("病例%"))
                                      .order_by(Person.id)))
        rows = []
        for n, ident in enumerate(people):
            category, status, is_open = MIX[n % len(MIX)]
            rows.append({"person_id": ident, "community_id": place.community_id,
                         "category": category, "status": status, "opened_at": NOW,
                         "status_since": NOW, "category_since": NOW, "is_open": is_open})
        session.execute(insert(Case), rows)
    assert analyse(database)
