"""The four-100% board's shares and list, on both databases: what counts as done per category,
what holds the others, the longest waiting first, a page at a time."""
from __future__ import annotations

from sqlalchemy import update

from models.board.rows import BoardRows
from models.board.rules import DONE_STATUSES, Hold, is_done
from models.db.database import Database
from models.enums import CaseCategory, CaseStatus
from models.schema import Facility
from tests.support.factories import NOW
from tests.support.four_hundred import CASES, EXPECTED_LIST, EXPECTED_SHARES, make_board_scene


def _listed(rows: BoardRows, filters: dict[str, object]) -> list[tuple[str, str]]:
    return [(row[1], row[6]) for row in rows.page(filters, rows.default_order, 0, 100)]


def test_shares_count_open_cases_and_their_goal(database: Database) -> None:
    make_board_scene(database)
    shares = BoardRows(database).shares(now=NOW)
    assert [share.category for share in shares.shares] == [
        "confirmed", "suspected", "fever", "close_contact"]
    assert {s.category: (s.done, s.total) for s in shares.shares} == EXPECTED_SHARES
    assert shares.by_category["confirmed"].fraction == 0.5
    assert shares.as_of == NOW


def test_a_category_without_open_cases_has_no_share() -> None:
    from models.board.shares import Share
    assert Share("fever", 0, 0).fraction is None


def test_the_list_names_each_hold_longest_waiting_first(database: Database) -> None:
    scene = make_board_scene(database)
    rows = BoardRows(database)
    assert rows.count({}) == len(EXPECTED_LIST)
    assert _listed(rows, {}) == EXPECTED_LIST
    first = rows.page({}, rows.default_order, 0, 100)[0]
    assert first[0] == scene.ids["劝导丙"] and first[7] == 2   # two persuasion visits
    assert all(row[7] is None for row in rows.page({}, rows.default_order, 1, 100))
    assert _listed(rows, {"category": "close_contact"}) == [
        ("未记壬", "nothing"), ("待车辛", "awaiting_vehicle")]
    assert rows.count({"category": "confirmed"}) == 1


def test_pages_by_key_follow_the_same_order(database: Database) -> None:
    make_board_scene(database)
    rows = BoardRows(database)
    first = rows.page({}, rows.default_order, 0, 2)
    after = rows.page({}, rows.default_order, 2, 10, after=first[-1])
    assert [row[1] for row in first + after] == [name for name, _hold in EXPECTED_LIST]
    assert rows.position({}, rows.default_order, first[1][0]) == 1


def test_a_bed_freed_for_fever_lifts_the_no_bed_hold(database: Database) -> None:
    scene = make_board_scene(database)
    rows = BoardRows(database)
    assert ("无床戊", "no_bed") in _listed(rows, {"category": "fever"})
    with database.sessions.begin() as session:
        session.execute(update(Facility).where(Facility.id == scene.fever_clinic_id)
                        .values(beds_taken=3))
    assert _listed(rows, {"category": "fever"}) == [("无床戊", "nothing")]


def test_the_goal_of_each_category() -> None:
    assert is_done("close_contact", "home_observation")
    assert not is_done("fever", "home_observation")   # not seen at a clinic, as far as recorded
    assert all(is_done(c, "admitted") for c in CaseCategory)
    assert not any(is_done(c, s) for c in CaseCategory for s in (
        CaseStatus.REFUSED, CaseStatus.AWAITING_TRANSFER, CaseStatus.IN_TRANSIT))
    assert set(DONE_STATUSES) == set(CaseCategory)
    assert {name for name, _hold in EXPECTED_LIST} | {"收治甲", "居家庚", "排除己"} == set(CASES)
    assert {hold for _name, hold in EXPECTED_LIST} == {h.value for h in Hold}
