"""Merging a person entered twice into the entry kept.

Nothing is deleted: the kept entry takes the other's cases (with their events, contact links and
persuasion log, which hang on the case), screening results and absences at visits; the other
stays in the register, inactive, `merged_into_id` pointing at the kept entry, so its history and
the audit trail still say who was who. A blank of the kept entry (no resident ID, phone, birth
date or sex) is filled from the other's. A screening both entries have at the same visit cannot
be one person's twice: the merged entry keeps its own.

Two open cases cannot become one person's (the database allows one open case a person): the
merge is refused until one is closed. Both rows are locked first, in id order, so two
workstations merging the same pair do it one after the other.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from models.errors import CanvassError
from models.register.refusals import MergeRefusal
from models.schema.cases import Case
from models.schema.register import Person
from models.schema.screening import ScreeningResult, VisitAbsence

FILLED = ("resident_id", "phone", "birth_date", "sex")


class MergeRefused(CanvassError):
    """The two entries were not merged; nothing changed."""


@dataclass(frozen=True)
class Merged:
    """What a merge moved: for the audit entry and the clerk's confirmation."""
    kept_id: int
    merged_id: int
    cases: tuple[int, ...]
    screenings: int
    screenings_left: int
    filled: tuple[str, ...]

    def audit_changes(self) -> dict[str, Any]:
        return {"merged": self.merged_id, "cases": list(self.cases),
                "screenings": self.screenings, "screenings_left": self.screenings_left,
                "filled": list(self.filled)}


def _move_per_visit(session: Session, table: type[ScreeningResult] | type[VisitAbsence],
                    kept_id: int, merged_id: int) -> tuple[int, int]:
    """Move `table`'s rows of the merged entry to the kept one, except at a visit where the kept
    entry has its own; (moved, left)."""
    own_visits = select(table.visit_id).where(table.person_id == kept_id)
    moved = session.execute(update(table).where(
        table.person_id == merged_id, table.visit_id.not_in(own_visits))
        .values(person_id=kept_id).execution_options(synchronize_session=False))
    left = session.scalar(select(func.count()).select_from(table)
                          .where(table.person_id == merged_id)) or 0
    return int(getattr(moved, "rowcount", 0) or 0), int(left)


def merge_persons(session: Session, kept_id: int, merged_id: int) -> Merged:
    """Merge entry `merged_id` into `kept_id`; MergeRefused (with a MergeRefusal) otherwise."""
    if kept_id == merged_id:
        raise MergeRefused("An entry cannot be merged into itself", MergeRefusal.SAME_PERSON)
    locked = {person.id: person for person in session.scalars(
        select(Person).where(Person.id.in_((kept_id, merged_id))).order_by(Person.id)
        .with_for_update())}
    kept, merged = locked.get(kept_id), locked.get(merged_id)
    if kept is None or merged is None:
        raise MergeRefused("No such person", MergeRefusal.NO_PERSON,
                           person=merged_id if kept is not None else kept_id)
    for person in (kept, merged):
        if person.merged_into_id is not None:
            raise MergeRefused(f"Person {person.id} was merged already", MergeRefusal.ALREADY_MERGED,
                               person=person.id, into=person.merged_into_id)
    open_cases = session.scalar(select(func.count()).where(
        Case.person_id.in_((kept_id, merged_id)), Case.is_open.is_(True))) or 0
    if open_cases > 1:
        raise MergeRefused("Both entries have an open case", MergeRefusal.BOTH_OPEN_CASES)
    cases = tuple(session.scalars(select(Case.id).where(Case.person_id == merged_id)
                                  .order_by(Case.id)))
    if cases:
        session.execute(update(Case).where(Case.id.in_(cases))
                        .values(person_id=kept_id, version=Case.version + 1)
                        .execution_options(synchronize_session=False))
    screenings, left = _move_per_visit(session, ScreeningResult, kept_id, merged_id)
    _move_per_visit(session, VisitAbsence, kept_id, merged_id)
    blanks = {field: getattr(merged, field) for field in FILLED
              if getattr(kept, field) is None and getattr(merged, field) is not None}
    merged.active = False
    merged.merged_into_id = kept_id
    session.flush()   # the merged entry lets go of its resident ID before the kept one takes it
    # Entries merged into the one merged now point at the kept entry: merges never chain.
    session.execute(update(Person).where(Person.merged_into_id == merged_id)
                    .values(merged_into_id=kept_id).execution_options(synchronize_session=False))
    kept.active = True
    for field, value in blanks.items():
        setattr(kept, field, value)
        if field == "resident_id":
            kept.resident_id_reversed = value[::-1]
    session.flush()
    return Merged(kept_id, merged_id, cases, screenings, left, tuple(blanks))
