"""Recording door-knock visits: the screenings, the fever case, and every refusal writes nothing."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from controllers.communities.coverage import household_detail
from controllers.communities.visits import (
    InvalidVisit,
    MemberAbsence,
    MemberScreening,
    load_visit_form,
    save_visit,
)
from controllers.runtime.actions import SignedInUser
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.enums import UserRole
from models.schema import Case, CaseEvent, ScreeningResult, Visit
from tests.support.factories import NOW
from tests.support.visits import CLERK, add_family


def _counts(database: Database) -> tuple[int, int, int]:
    with database.sessions() as session:
        return tuple(session.scalar(select(func.count()).select_from(t))  # type: ignore[return-value]
                     for t in (Visit, ScreeningResult, Case))


def test_a_screened_household_with_a_fever_opens_a_fever_case(database: Database) -> None:
    household, father, mother, _ = add_family(database)
    form = load_visit_form(database, CLERK, household)
    assert [member.name for member in form.members] == ["张伟", "王芳"]
    recorded = save_visit(database, CLERK, household, "screened", NOW,
                          screenings=[MemberScreening(father, "36.6"),
                                      MemberScreening(mother, "37.3")],
                          now=NOW + timedelta(minutes=1))
    assert recorded.fever_person_ids == (mother,)
    with database.sessions() as session:
        case = session.get(Case, recorded.fever_case_ids[0])
        assert (case.person_id, case.category, case.status) == (mother, "fever", "identified")
        assert case.source_visit_id == recorded.visit_id
        assert session.scalar(select(CaseEvent.kind).where(CaseEvent.case_id == case.id)) == "opened"
    detail = household_detail(database, CLERK, household)
    assert {m.name: str(m.temperature_c) for m in detail.members} == {"张伟": "36.6", "王芳": "37.3"}
    assert [v.outcome for v in detail.visits] == ["screened"]


def test_symptoms_alone_raise_a_fever_case(database: Database) -> None:
    household, father, mother, _ = add_family(database)
    recorded = save_visit(database, CLERK, household, "screened", NOW,
                          screenings=[MemberScreening(father, "36.8", "咳嗽")], now=NOW,
                          absences=[MemberAbsence(mother, "absent")])
    assert len(recorded.fever_case_ids) == 1


@pytest.mark.parametrize("problem", ["unknown_household", "too_hot", "too_cold", "future",
                                     "stranger", "twice"])
def test_bad_visits_are_refused_and_nothing_is_written(database: Database, problem: str) -> None:
    household, father, mother, stranger = add_family(database)
    args: dict = {"household_id": household, "outcome": "screened", "visited_at": NOW,
                  "screenings": [MemberScreening(father, "36.5")], "now": NOW,
                  "absences": [MemberAbsence(mother, "refused")]}
    expected_code = {"unknown_household": "visit_household_unknown",
                     "too_hot": "temperature_implausible", "too_cold": "temperature_implausible",
                     "future": "visit_in_future", "stranger": "visit_person_not_member",
                     "twice": "visit_duplicate"}[problem]
    if problem == "unknown_household":
        args["household_id"] = household + 1000
    elif problem == "too_hot":
        args["screenings"] = [MemberScreening(father, "43.5")]
    elif problem == "too_cold":
        args["screenings"] = [MemberScreening(father, 33.9)]
    elif problem == "future":
        args["visited_at"] = NOW + timedelta(days=1)
    elif problem == "stranger":
        args["screenings"] = [MemberScreening(father, "36.5"), MemberScreening(stranger, "39.0")]
    elif problem == "twice":
        save_visit(database, CLERK, **args)
    before = _counts(database)
    with pytest.raises(InvalidVisit) as refused:
        save_visit(database, CLERK, **args)
    assert refused.value.code == expected_code
    assert _counts(database) == before


def test_a_viewer_may_not_record_visits(database: Database) -> None:
    household, *_ = add_family(database)
    viewer = SignedInUser(None, "v", "v", UserRole.VIEWER)
    with pytest.raises(PermissionDenied):
        save_visit(database, viewer, household, "nobody_home", NOW, now=NOW)
    assert _counts(database) == (0, 0, 0)
