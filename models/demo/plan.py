"""The demo sizes: `small` to look around in (and for the tests), `district` at the scale the
application is designed for (1,000,000 residents), which is what the benchmark builds, and
`city`, five such districts on one database (5,000,000 residents).

Every rate here was tuned by building the district and reading the counts back. With seed 2020
up to 2020-02-20 the district lands on 1,040,000 visits (93 % of households covered), 2,000,000
temperatures, 48,000 cases (29,000 close contacts, 11,500 fevers, 6,000 confirmed, 2,000
suspected) with 220,000 case events, 22,500 transfers, 300 teams: 5.04 million rows.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.enums import FacilityKind


@dataclass(frozen=True)
class FacilityPlan:
    kind: FacilityKind
    count: int
    beds_per_100k: int          # beds of this kind for every 100,000 residents


@dataclass(frozen=True)
class Plan:
    size: str
    stations: int
    rural_stations: int          # the last stations; their communities are villages but one
    communities: int
    villages: int                # of which villages (村), taken from the last stations
    households: int
    persons: int
    quick_response_per_station: int
    vehicles_per_quick_response: int
    lodgings_per_station: int
    facilities: tuple[FacilityPlan, ...]
    days: int = 30
    # A city is several districts on one database, each with its share of the stations,
    # communities and register, and its own facilities of every kind (`facilities` per district).
    districts: int = 1
    # Door knocking: the first sweep of a community takes sweep_days; lagging communities
    # start late, so some doors are still unknocked on the last day.
    sweep_days: tuple[int, int] = (9, 16)
    lagging_share: float = 0.15
    rescreen_gap_days: tuple[int, int] = (8, 12)
    rounds: int = 3
    never_home_share: float = 0.05
    # The epidemic: cases reported by hospitals and clinics (persons sent home for want of a
    # bed), fevers found at the door, and the close contacts traced from each confirmed case.
    reported_cases_per_100k: int = 480
    fever_rate: float = 0.0065
    contacts_per_confirmed: tuple[int, int] = (2, 8)
    incidents_per_100k: int = 25

    def beds(self, facility: FacilityPlan) -> int:
        """Beds of one facility of that kind (at least 2)."""
        return max(2, facility.beds_per_100k * self.persons // self.districts // 100_000
                   // facility.count)

    @property
    def expected_rows(self) -> int:
        """A close estimate of the rows written, for the progress bar (measured: ~5.05 a person
        in the district, ~5.6 in the small demo, whose fixed part weighs more)."""
        return int(self.persons * 5.05) + 2_500


FACILITIES_DISTRICT = (
    FacilityPlan(FacilityKind.DESIGNATED_HOSPITAL, 4, 300),
    FacilityPlan(FacilityKind.FIELD_HOSPITAL, 3, 360),
    FacilityPlan(FacilityKind.ISOLATION_SITE, 14, 1000),
    FacilityPlan(FacilityKind.FEVER_CLINIC, 8, 60),
)
FACILITIES_SMALL = (
    FacilityPlan(FacilityKind.DESIGNATED_HOSPITAL, 1, 300),
    FacilityPlan(FacilityKind.FIELD_HOSPITAL, 1, 300),
    FacilityPlan(FacilityKind.ISOLATION_SITE, 2, 1000),
    FacilityPlan(FacilityKind.FEVER_CLINIC, 1, 100),
)

SIZES: dict[str, Plan] = {
    "small": Plan(
        size="small", stations=1, rural_stations=0, communities=5, villages=1,
        households=2_000, persons=5_000, quick_response_per_station=2,
        vehicles_per_quick_response=2, lodgings_per_station=1, facilities=FACILITIES_SMALL,
        lagging_share=0.2),
    "district": Plan(
        size="district", stations=20, rural_stations=4, communities=200, villages=36,
        households=400_000, persons=1_000_000, quick_response_per_station=4,
        vehicles_per_quick_response=2, lodgings_per_station=2, facilities=FACILITIES_DISTRICT),
    # Five districts on one database: a city's command center, or five districts sharing one
    # server (issue 24). Each district as the one above.
    "city": Plan(
        size="city", stations=100, rural_stations=20, communities=1_000, villages=180,
        households=2_000_000, persons=5_000_000, quick_response_per_station=4,
        vehicles_per_quick_response=2, lodgings_per_station=2, facilities=FACILITIES_DISTRICT,
        districts=5),
}


def plan_for(size: str) -> Plan:
    """The preset of that name; ValueError names the ones there are."""
    try:
        return SIZES[size]
    except KeyError:
        raise ValueError(f"Unknown demo size {size!r}: choose {' or '.join(SIZES)}") from None
