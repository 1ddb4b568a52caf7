"""The words a district workbook uses for Canvass's closed vocabularies.

The workbook is filled in Chinese, by people who write 方舱医院 or 方舱, 确诊 or 确诊患者, so each
stored value accepts its Chinese words, its English words and the stored identifier itself; the
first Chinese word is the one the template and the export write, so an exported workbook reads
back to the same values.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from typing import Generic, TypeVar

from models.enums import AreaKind, CaseCategory, FacilityKind, ResponderRole, SupplyItem, TeamKind

E = TypeVar("E", bound=StrEnum)
LIST_SEPARATORS = re.compile(r"[、,，;；/|\s]+")
# Team references are "name" or "station code/name", and a team's name may hold a space.
TEAM_SEPARATORS = re.compile(r"\s*[、,，;；|]\s*")


def word_key(text: str) -> str:
    """How two spellings of a word are compared: NFKC, lower case, `_`/`-`/spaces as one space."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[_\-]+", " ", folded).split())


class Words(Generic[E]):
    """The accepted words of one enum; `shown` is what Canvass writes for a value."""

    def __init__(self, enum: type[E], words: dict[E, tuple[str, ...]]) -> None:
        self.enum = enum
        self.words = words
        self._lookup: dict[str, E] = {}
        for member in enum:
            for word in (*words[member], member.value):
                self._lookup[word_key(word)] = member

    def parse(self, text: str) -> E | None:
        return self._lookup.get(word_key(text))

    def shown(self, value: E) -> str:
        return self.words[value][0]

    def choices(self) -> str:
        """The words to suggest in a refusal: each value's Chinese and English word."""
        return "、".join(f"{words[0]}/{words[-1]}" for words in self.words.values())

    def shown_list(self, values: Iterable[E]) -> str:
        order = list(self.enum)
        return "、".join(self.shown(v) for v in sorted(values, key=order.index))


AREA_KINDS = Words(AreaKind, {
    AreaKind.URBAN: ("社区", "城市社区", "urban", "urban community"),
    AreaKind.RURAL: ("村", "行政村", "农村", "village", "rural"),
})
FACILITY_KINDS = Words(FacilityKind, {
    FacilityKind.DESIGNATED_HOSPITAL: ("定点医院", "定点收治医院", "designated hospital"),
    FacilityKind.FIELD_HOSPITAL: ("方舱医院", "方舱", "fangcang", "field hospital"),
    FacilityKind.ISOLATION_SITE: ("隔离点", "集中隔离点", "isolation site"),
    FacilityKind.FEVER_CLINIC: ("发热门诊", "fever clinic"),
})
CATEGORIES = Words(CaseCategory, {
    CaseCategory.CONFIRMED: ("确诊", "确诊患者", "confirmed"),
    CaseCategory.SUSPECTED: ("疑似", "疑似患者", "suspected"),
    CaseCategory.FEVER: ("发热", "发热症状患者", "发热患者", "fever"),
    CaseCategory.CLOSE_CONTACT: ("密接", "密切接触者", "close contacts", "close contact"),
})
TEAM_KINDS = Words(TeamKind, {
    TeamKind.WORK_GROUP: ("工作组", "work group"),
    TeamKind.QUICK_RESPONSE: ("快反队", "快速反应队", "快反", "qrt", "quick response team"),
    TeamKind.CONTACT_TRACING: ("流调工作组", "流调组", "专项调查工作队", "contact tracing group"),
})
ROLES = Words(ResponderRole, {
    ResponderRole.POLICE: ("民警", "police"),
    ResponderRole.AUXILIARY_POLICE: ("辅警", "auxiliary police"),
    ResponderRole.HEALTH_WORKER: ("卫健人员", "医护人员", "医务人员", "health worker"),
    ResponderRole.CADRE: ("干部", "社区干部", "cadre"),
    ResponderRole.VOLUNTEER: ("志愿者", "volunteer"),
    ResponderRole.SECURITY: ("物业安保", "物业保安", "保安", "security"),
    ResponderRole.DRIVER: ("驾驶员", "司机", "driver"),
})
SUPPLY_ITEMS = Words(SupplyItem, {
    SupplyItem.PROTECTIVE_SUIT: ("防护服", "protective suit"),
    SupplyItem.MASK: ("口罩", "mask"),
    SupplyItem.DISINFECTANT: ("消毒液", "消毒剂", "disinfectant"),
})

YES = frozenset(word_key(w) for w in ("是", "队长", "yes", "y", "true", "1", "✓", "√", "leader"))
NO = frozenset(word_key(w) for w in ("否", "不是", "no", "n", "false", "0", "×", ""))
YES_WORD, NO_WORD = "是", "否"


def split_list(text: str, separators: re.Pattern[str] = LIST_SEPARATORS) -> list[str]:
    """A cell holding several words or codes: 确诊、疑似 / C01,C02 / C01；C02."""
    return [part.strip() for part in separators.split(text) if part.strip()]
