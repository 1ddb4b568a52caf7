"""A district where every hold of the four-100% board occurs once (models/board/rules.py), for the
board's model, controller and GUI tests."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from models.db.database import Database
from models.enums import CaseCategory, CaseStatus, FacilityKind
from models.schema import Facility, PersuasionVisit, facility_accepts
from tests.support.factories import NOW, make_case, make_person, make_place, make_transfer

# name → (category, status, open?, hours waited) ; the holds the board must find for each.
CASES: dict[str, tuple[str, str, bool, int]] = {
    "收治甲": ("confirmed", "admitted", True, 30),
    "待派乙": ("confirmed", "awaiting_transfer", True, 20),
    "劝导丙": ("suspected", "refused", True, 50),
    "途中丁": ("suspected", "in_transit", True, 3),
    "无床戊": ("fever", "verified", True, 10),
    "排除己": ("fever", "cleared", False, 90),
    "居家庚": ("close_contact", "home_observation", True, 40),
    "待车辛": ("close_contact", "awaiting_transfer", True, 5),
    "未记壬": ("close_contact", "verified", True, 8),
}
# Not done, the longest waiting first, and what holds each.
EXPECTED_LIST: list[tuple[str, str]] = [
    ("劝导丙", "persuading"), ("待派乙", "awaiting_dispatch"), ("无床戊", "no_bed"),
    ("未记壬", "nothing"), ("待车辛", "awaiting_vehicle"), ("途中丁", "under_way")]
EXPECTED_SHARES: dict[str, tuple[int, int]] = {
    "confirmed": (1, 2), "suspected": (0, 2), "fever": (0, 1), "close_contact": (1, 3)}


@dataclass
class BoardScene:
    ids: dict[str, int]          # case ids by person name
    fever_clinic_id: int


def _facility(session: Session, district_id: int, name: str, kind: FacilityKind, beds: int,
              taken: int, categories: list[str], *, active: bool = True) -> Facility:
    facility = Facility(district_id=district_id, kind=kind, name=name, latitude=30.6,
                        longitude=114.3, beds_total=beds, beds_taken=taken, active=active)
    session.add(facility)
    session.flush()
    session.execute(insert(facility_accepts), [{"facility_id": facility.id, "category": c}
                                               for c in categories])
    return facility


def make_board_scene(database: Database) -> BoardScene:
    """Beds free for confirmed, suspected and close contacts; none for fever: the one fever
    clinic is full and a retired one with beds cannot be chosen."""
    with database.sessions.begin() as session:
        place = make_place(session)
        _facility(session, place.district_id, "金银潭医院", FacilityKind.DESIGNATED_HOSPITAL, 10, 1,
                  ["confirmed", "suspected"])
        _facility(session, place.district_id, "汉口隔离点", FacilityKind.ISOLATION_SITE, 10, 0,
                  ["close_contact", "suspected"])
        clinic = _facility(session, place.district_id, "协和发热门诊", FacilityKind.FEVER_CLINIC,
                           4, 4, ["fever"])
        _facility(session, place.district_id, "旧发热门诊", FacilityKind.FEVER_CLINIC, 9, 0,
                  ["fever"], active=False)
        ids: dict[str, int] = {}
        for name, (category, status, is_open, hours) in CASES.items():
            case = make_case(session, place, make_person(session, place, name), is_open=is_open)
            case.category, case.status = CaseCategory(category), CaseStatus(status)
            case.opened_at = NOW - timedelta(hours=hours + 24)
            case.category_since = case.status_since = NOW - timedelta(hours=hours)
            session.flush()
            ids[name] = case.id
        for minutes in (30, 90):
            session.add(PersuasionVisit(case_id=ids["劝导丙"], at=NOW - timedelta(minutes=minutes),
                                        by_name="周警官", said="", agreed=False))
        for number, (name, status) in enumerate((("途中丁", "picked_up"),
                                                 ("待车辛", "ordered")), start=1):
            case = session.get(type(case), ids[name])
            assert case is not None
            make_transfer(session, place, case, number=f"ZY2020022000{number:02d}", status=status)
        # A cancelled order does not hold the case that waits for dispatch.
        waiting = session.get(type(case), ids["待派乙"])
        assert waiting is not None
        make_transfer(session, place, waiting, number="ZY202002200009", status="cancelled")
        return BoardScene(ids, clinic.id)
