"""What "done" means for each of the four categories (应收尽收、应治尽治、应检尽检、应隔尽隔):
the statuses where an open case of the category is where it must be. The four-100% board
(models/board/) lists the cases not yet there; the dashboard's tiles and the wall show each
category's share done. Why these statuses: models/board/rules.py."""
from __future__ import annotations

from models.enums import CaseCategory, CaseStatus

C, S = CaseCategory, CaseStatus

DONE_STATUSES: dict[CaseCategory, frozenset[CaseStatus]] = {
    C.CONFIRMED: frozenset({S.ADMITTED}),
    C.SUSPECTED: frozenset({S.ADMITTED}),
    C.FEVER: frozenset({S.ADMITTED}),
    C.CLOSE_CONTACT: frozenset({S.ADMITTED, S.HOME_OBSERVATION}),
}
