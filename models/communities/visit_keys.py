"""A visit saved twice is stored once.

The visit dialog's form carries a key made when it was read (`VisitForm.entry_key`), and every
save of that form sends it. When an answer is lost on its way back (the network dropped, the
server restarted after the commit) the clerk presses Save again, and the same key arrives a
second time: the visit it stored is found and its result given back, as if the first answer had
come. Two clerks entering the same phoned-in visit have two keys: the second is the same door,
moment and outcome, refused as a duplicate (models/communities/visits.py).

Both rest on the door being locked while its visit is checked and written: on PostgreSQL the
household's row (FOR NO KEY UPDATE: a person added to the household meanwhile does not wait), on
SQLite the database's write lock that every write session takes first (models/db/write_lock.py).
A second save of the same door waits for the first and then sees it. The unique indexes of
migration 0020 stand behind this for writers that do not lock (psql, an older Canvass).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from models.enums import PersonOrigin
from models.schema.cases import Case
from models.schema.register import Household, Person
from models.schema.screening import FEVER_THRESHOLD_C, ScreeningResult, Visit


def lock_door(session: Session, household_id: int) -> Household | None:
    """The household, its row locked until the save ends (PostgreSQL; SQLite is locked whole)."""
    return session.get(Household, household_id, with_for_update={"key_share": True})


def stored_visit(session: Session, key: uuid.UUID | None) -> Visit | None:
    """The visit already stored under `key`, if any."""
    if key is None:
        return None
    return session.scalar(select(Visit).where(Visit.entry_key == key))


@dataclass(frozen=True)
class StoredResult:
    """What the first save of a visit answered, read back from what it wrote."""
    fever_case_ids: tuple[int, ...]
    fever_person_ids: tuple[int, ...]
    found_person_ids: tuple[int, ...]


def stored_result(session: Session, visit: Visit) -> StoredResult:
    """The fever cases the visit opened, the feverish persons it screened (in the order they
    were written) and the persons found at its door (screened there for the first time)."""
    cases = tuple(int(i) for i in session.scalars(
        select(Case.id).where(Case.source_visit_id == visit.id).order_by(Case.id)))
    feverish = tuple(int(i) for i in session.scalars(
        select(ScreeningResult.person_id).where(
            ScreeningResult.visit_id == visit.id,
            or_(ScreeningResult.has_symptoms.is_(True),
                ScreeningResult.temperature_c >= FEVER_THRESHOLD_C))
        .order_by(ScreeningResult.id)))
    earlier = aliased(ScreeningResult)
    first_result = (select(func.min(earlier.id)).where(earlier.person_id == Person.id)
                    .correlate(Person).scalar_subquery())
    found = tuple(int(i) for i in session.scalars(
        select(Person.id).join(ScreeningResult, ScreeningResult.person_id == Person.id)
        .where(ScreeningResult.visit_id == visit.id, Person.origin == PersonOrigin.DOOR,
               ScreeningResult.id == first_result)
        .order_by(ScreeningResult.id)))
    return StoredResult(cases, feverish, found)
