"""Names, resident ID numbers and phone numbers for a million people, cheaply.

models.register.resident_id.make() is the reference; here the GB 11643 weighted sum is split into three
precomputed parts (region, birth date, order code), so a valid number costs a dict update and
two string joins instead of seventeen multiplications. The tests check every number built here
with resident_id.validate().
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from models.demo.names import GIVEN_FEMALE, GIVEN_MALE, SURNAMES
from models.register.resident_id import CHECK_CHARACTERS, SEQUENCES_PER_SEX, WEIGHTS

MAX_AGE_DAYS = 101 * 366
# Where the residents were born: mostly the district itself, the rest of Wuhan, a few from
# elsewhere in Hubei (黄石港, 襄城, 沙市, 孝南, 黄州).
HOME_REGION = "420102"
OTHER_REGIONS = ("420103", "420104", "420105", "420106", "420107", "420111", "420112",
                 "420113", "420114", "420115", "420116", "420117")
FAR_REGIONS = ("420202", "420602", "421002", "420902", "421102")
PHONE_PREFIXES = tuple(f"13{d}" for d in range(10)) + ("150", "151", "152", "153", "155",
                                                       "156", "157", "158", "159", "176",
                                                       "177", "180", "181", "182", "183",
                                                       "185", "186", "187", "188", "189")


def _weighted_sum(digits: str, first_position: int) -> int:
    return sum(int(d) * WEIGHTS[first_position + i] for i, d in enumerate(digits))


class People:
    """Draws identities from one random.Random; `today` is the latest possible birth date."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        births = [today - timedelta(days=i) for i in range(MAX_AGE_DAYS)]
        self.birth_texts = [b.isoformat() for b in births]
        self._birth_digits = [f"{b.year:04d}{b.month:02d}{b.day:02d}" for b in births]
        self._birth_sums = [_weighted_sum(d, 6) for d in self._birth_digits]
        self.eras = [0 if b.year < 1960 else 1 if b.year < 1990 else 2 for b in births]
        regions = [HOME_REGION, *OTHER_REGIONS, *FAR_REGIONS]
        self._regions = regions
        self._region_sums = [_weighted_sum(r, 0) for r in regions]
        # 60 % home, 3 % each other Wuhan district, 1 % each town elsewhere in Hubei.
        self._region_draw = ([0] * 60 + [1 + i for i in range(len(OTHER_REGIONS))] * 3
                             + [1 + len(OTHER_REGIONS) + i for i in range(len(FAR_REGIONS))])
        self._orders = [f"{o:03d}" for o in range(1000)]
        self._quads = [f"{q:04d}" for q in range(10_000)]
        self._order_sums = [_weighted_sum(o, 14) for o in self._orders]
        self._issued: dict[int, int] = {}
        surnames: list[str] = []
        for name, weight in SURNAMES:
            surnames.extend([name] * weight)
        self.surnames = surnames
        self.given_pools = (GIVEN_FEMALE, GIVEN_MALE)   # [male][era]

    def birth_index(self, age: int) -> int:
        """An index into the birth-date tables for someone `age` years old today."""
        return min(age * 365 + int(self.rng.random() * 365), MAX_AGE_DAYS - 1)

    def surname(self) -> str:
        pool = self.surnames
        return pool[int(self.rng.random() * len(pool))]

    def given(self, male: bool, birth: int) -> str:
        pool = self.given_pools[male][self.eras[birth]]
        return pool[int(self.rng.random() * len(pool))]

    def resident_id(self, male: bool, birth: int) -> str:
        """A valid number, unique within this People: the order code counts up per region,
        birth date and sex (odd for men, even for women)."""
        random, draw, issued = self.rng.random, self._region_draw, self._issued
        while True:
            region = draw[int(random() * len(draw))]
            key = ((region * MAX_AGE_DAYS + birth) << 1) | male
            sequence = issued.get(key, 0)
            if sequence < SEQUENCES_PER_SEX:
                break
        issued[key] = sequence + 1
        order = 2 * sequence + (1 if male else 2)
        total = self._region_sums[region] + self._birth_sums[birth] + self._order_sums[order]
        return (self._regions[region] + self._birth_digits[birth] + self._orders[order]
                + CHECK_CHARACTERS[total % 11])

    def phone(self) -> str:
        rng = self.rng
        quads = self._quads
        return (PHONE_PREFIXES[int(rng.random() * len(PHONE_PREFIXES))]
                + quads[int(rng.random() * 10_000)] + quads[int(rng.random() * 10_000)])

    def adult_name(self) -> tuple[str, bool]:
        """A full name and sex for a responder aged 22–58."""
        male = self.rng.random() < 0.62
        birth = self.birth_index(22 + int(self.rng.random() * 37))
        return self.surname() + self.given(male, birth), male
