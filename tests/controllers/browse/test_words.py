"""One vocabulary per stored enum (controllers/browse/words.py): every member has its word, in
Chinese, and screens, paper and reports read the same word for the same value."""
from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

import pytest
from PySide6.QtCore import QCoreApplication

from controllers.browse import words
from controllers.paper import transfer_sheet_html
from controllers.runtime.language import install_translators
from models import enums
from ui.kit import labels

VOCABULARIES: list[tuple[words.Vocabulary, type[StrEnum]]] = [
    (words.AREA_KINDS, enums.AreaKind), (words.CATEGORIES, enums.CaseCategory),
    (words.CASE_STATUSES, enums.CaseStatus), (words.TEAM_KINDS, enums.TeamKind),
    (words.TRANSFER_STATUSES, enums.TransferStatus), (words.SEXES, enums.Sex),
    (words.VISIT_OUTCOMES, enums.VisitOutcome), (words.ROLES, enums.ResponderRole),
    (words.FACILITY_KINDS, enums.FacilityKind), (words.VEHICLE_STATUSES, enums.VehicleStatus),
    (words.SUPPLY_ITEMS, enums.SupplyItem),
]


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    remove = install_translators(qapp, "zh")
    try:
        yield
    finally:
        remove()


@pytest.mark.parametrize(("vocabulary", "enum"), VOCABULARIES, ids=lambda v: getattr(v, "__name__", ""))
def test_every_member_has_a_chinese_word(chinese: None, vocabulary: words.Vocabulary,
                                         enum: type[StrEnum]) -> None:
    assert set(vocabulary.sources) == {member.value for member in enum}
    for member in enum:
        shown = vocabulary.word(member)
        assert shown and shown != vocabulary.sources[member.value], (enum.__name__, member)
        assert all("\u4e00" <= ch <= "\u9fff" or not ch.isalpha() for ch in shown), shown


def test_screen_and_paper_read_the_same_word(chinese: None) -> None:
    assert labels.transfer_status("picked_up") == words.TRANSFER_STATUSES.word("picked_up")
    assert labels.category("fever") == words.CATEGORIES.word("fever")
    assert transfer_sheet_html.STATUSES is words.TRANSFER_STATUSES
    assert words.VISIT_OUTCOMES.word(None) == "" and words.ROLES.word("astronaut") == "astronaut"
