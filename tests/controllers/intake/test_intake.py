"""Contact-tracing lists in (issue 17, item 3): a list of 500 close contacts — some in the register
by resident ID, some by name and phone, some by name and address, some with an open case, some
linked already, some naming two persons, some the register lacks — is taken in one action with
the right counts, on both databases; taken again it adds nothing; bad rows are refused with a
reason each and nothing is written unless the person chose to skip them."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from controllers.intake.lists import take_contacts, write_report
from controllers.runtime.actions import SignedInUser
from models.communities.coverage import gap_households
from models.communities.knock_list import knock_list
from models.db.database import Database
from models.enums import UserRole
from models.intake.problems import IntakeRefused
from models.intake.results import NEW_PERSON, IntakeResult
from models.schema import Case, Community, Person
from tests.support.contact_lists import (
    CONTACT,
    HEADERS,
    NOW,
    contact_list,
    write_list,
    written,
)

DISPATCHER = SignedInUser(None, "dispatcher", "dispatcher", UserRole.DISPATCHER)


def counts(result: IntakeResult) -> dict[str, int]:
    return {key: value for key, value in result.counts().items() if value}


def test_a_list_of_500_is_taken_in_one_action(database: Database, tmp_path: Path) -> None:
    built = contact_list(database)
    path = write_list(tmp_path / "密接名单.xlsx", built.rows)
    before = written(database)
    dry = take_contacts(database, DISPATCHER, path, built.source_case, dry_run=True)
    expected = {"opened": 280, "linked": 50, "already": 30, "to_find": 100, "held": 40}
    assert counts(dry) == expected and not dry.written
    assert written(database) == before
    result = take_contacts(database, DISPATCHER, path, built.source_case)
    assert counts(result) == expected and result.written
    cases, links, persons, households = written(database)
    assert (cases, links, persons, households) == (before[0] + 380, before[1] + 430,
                                                   before[2] + 100, before[3] + 40)
    by_row = {row.row: row for row in result.rows}
    assert {by_row[2].match_by, by_row[152].match_by, by_row[252].match_by} == {
        "resident_id", "name_phone", "name_address"}
    assert [by_row[r].confidence for r in (2, 152, 252)] == ["high", "medium", "low"]
    held = result.held()[0]
    assert len(held.candidates) == 2 and "*" in held.candidates[0].resident_id + held.candidates[0].phone
    # The chain: the source case, then every contact linked to it.
    assert result.chain[0].case_id == built.source_case and result.chain[0].depth == 0
    assert len(result.chain) == 1 + 460
    with database.sessions() as session:
        added = session.scalars(select(Person).where(Person.origin == "intake")).all()
        assert len(added) == 100 and all(person.to_find for person in added)
        # All 100 live in 水果湖社区: 60 at 30 doors it lists, 40 at new doors.
        community = session.get(Community, built.communities["水果湖社区"])
        assert (community.registered_households, community.registered_persons) == (40, 100)
        # Their doors are on the community's gap list and knock list, with their names.
        sheet = knock_list(session, community.id, NOW)
        wanted = [door for door in sheet.doors if door.to_find]
        assert len(wanted) == 70 and sheet.persons_to_find == 100
        assert built.rows[-1][0] in {name for door in wanted for name in door.to_find}
        gaps = session.execute(select(gap_households(community.id, NOW).subquery())).all()
        assert sum(row.to_find for row in gaps) == 100
    # Taken again: nothing new, the held rows wait as they were.
    again = take_contacts(database, DISPATCHER, path, built.source_case)
    assert counts(again) == {"already": 460, "held": 40}
    assert written(database) == (cases, links, persons, households)
    report = write_report(tmp_path / "report.xlsx", again)
    assert report.stat().st_size > 0


def test_a_held_row_is_decided_by_a_person(database: Database, tmp_path: Path) -> None:
    built = contact_list(database)
    held_rows = built.rows[360:362]      # the first two of the 40 naming two persons
    held_rows[1][3] = "水果湖社区8栋1单元808室"   # where to look for a new person
    path = write_list(tmp_path / "list.xlsx", held_rows)
    first = take_contacts(database, DISPATCHER, path, built.source_case)
    assert counts(first) == {"held": 2}
    choice = first.rows[0].candidates[1].person_id
    decided = take_contacts(database, DISPATCHER, path, built.source_case,
                            decisions={2: choice, 3: NEW_PERSON})
    assert [(row.outcome, row.match_by) for row in decided.rows] == [
        ("opened", "chosen"), ("to_find", None)]
    assert decided.rows[0].person_id == choice
    # The decision stands when the list comes again: the chosen entry is linked already.
    again = take_contacts(database, DISPATCHER, path, built.source_case)
    assert [row.outcome for row in again.rows] == ["already", "already"]


def test_bad_rows_are_refused_each_with_its_reason(database: Database, tmp_path: Path) -> None:
    built = contact_list(database)
    good = built.rows[0]
    before_window = (NOW - timedelta(days=30)).date().isoformat()
    future = (NOW + timedelta(days=2)).date().isoformat()
    rows = [good,
            ["", "", "13900000000", "", "同事", CONTACT],              # nobody named
            ["无名", "", "", "", "同事", CONTACT],                       # a name alone
            ["外人", "", "13912340000", "汉阳区钟家村5号", "同事", CONTACT],  # outside
            ["李雷", "", "13912340001", "东湖社区2栋1单元101室", "同事", future],
            ["韩梅", "", "13912340002", "东湖社区2栋1单元101室", "同事", before_window],
            ["张三", "420102198001011235", "", "", "同事", CONTACT]]   # a wrong check digit
    path = write_list(tmp_path / "bad.xlsx", rows)
    before = written(database)
    result = take_contacts(database, DISPATCHER, path, built.source_case)
    assert result.refused and not result.written and written(database) == before
    codes = {problem.row: problem.code for problem in result.problems if problem.blocking}
    assert codes == {3: "no_identity", 4: "no_identity", 5: "address_outside",
                     6: "contact_in_future", 7: "contact_before_window",
                     8: "resident_id_checksum"}
    skipped = take_contacts(database, DISPATCHER, path, built.source_case, skip_bad=True)
    assert skipped.written and counts(skipped) == {"opened": 1, "refused": 6}
    assert written(database)[0] == before[0] + 1


def test_the_source_case_must_be_confirmed_or_suspected(database: Database,
                                                        tmp_path: Path) -> None:
    built = contact_list(database)
    path = write_list(tmp_path / "list.xlsx", built.rows[:3])
    with pytest.raises(IntakeRefused) as unknown:
        take_contacts(database, DISPATCHER, path, 999_999)
    assert unknown.value.code == "intake_source_case_unknown"
    with database.sessions() as session:
        fever = session.scalar(select(Case.id).where(Case.category == "fever"))
    with pytest.raises(IntakeRefused) as not_infectious:
        take_contacts(database, DISPATCHER, path, fever)
    assert not_infectious.value.code == "intake_source_case_not_infectious"
    # A list that names its source per row: the row is refused, with the case's number.
    per_row = write_list(tmp_path / "per-row.xlsx",
                         [[*built.rows[0], str(fever)], [*built.rows[1], str(built.source_case)]],
                         [*HEADERS, "源病例编号"])
    result = take_contacts(database, DISPATCHER, per_row, skip_bad=True)
    assert [row.outcome for row in result.rows] == ["refused", "opened"]
    assert result.problems[0].code == "source_case_not_infectious"


def test_an_id_is_never_taken_from_the_person_holding_it(database: Database,
                                                        tmp_path: Path) -> None:
    built = contact_list(database)
    name, rid = built.rows[0][0], built.rows[0][1]
    path = write_list(tmp_path / "conflict.xlsx", [["另一人", rid, "", "", "同事", CONTACT]])
    result = take_contacts(database, DISPATCHER, path, built.source_case)
    assert counts(result) == {"held": 1}
    assert result.problems[0].code == "held_id_conflict" and result.problems[0].values == (name,)
    with database.sessions() as session:
        assert session.scalars(select(Person.name).where(Person.resident_id == rid)).all() == [name]


def test_a_clerk_may_not_take_a_list(database: Database, tmp_path: Path) -> None:
    from models.accounts.permissions import PermissionDenied
    clerk = SignedInUser(None, "clerk", "clerk", UserRole.CLERK)
    with pytest.raises(PermissionDenied):
        take_contacts(database, clerk, write_list(tmp_path / "l.xlsx", []), 1)


def test_a_person_to_find_is_found_at_the_door(database: Database, tmp_path: Path) -> None:
    """The knock list names them; the team screens them in a visit: found, off the gap list."""
    from controllers.communities.visits import MemberScreening, save_visit
    from controllers.paper.knock_list import knock_list_html
    built = contact_list(database)
    path = write_list(tmp_path / "one.xlsx", [built.rows[-1]])   # at a new door of 水果湖社区
    (row,) = take_contacts(database, DISPATCHER, path, built.source_case).rows
    community = built.communities["水果湖社区"]
    with database.sessions() as session:
        person = session.get(Person, row.person_id)
        household = person.household_id
        sheet = knock_list(session, community, NOW)
    assert f"To find: {person.name}" in knock_list_html(sheet)
    clerk = SignedInUser(None, "clerk", "clerk", UserRole.CLERK)
    save_visit(database, clerk, household, "screened", NOW, now=NOW,
               screenings=[MemberScreening(person.id, "36.7")])
    with database.sessions() as session:
        assert not session.get(Person, person.id).to_find
        gaps = session.execute(select(gap_households(community, NOW).subquery())).all()
        assert household not in {gap.id for gap in gaps}    # screened, nobody left to find
