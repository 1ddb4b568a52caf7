"""The district's team minimums: the article's defaults, and the numbers a district sets for
every workstation (one row, models/schema/team_minimums.py), checked before they are stored."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from models.editing import conflict
from models.enums import AreaKind
from models.errors import CanvassError, RefusalParam
from models.schema.team_minimums import TeamMinimumsRow
from models.teams.refusals import MinimumsRefusal

MAX_MINIMUM = 50
POLICY_ROW = 1


@dataclass(frozen=True)
class TeamMinimums:
    """How many of each a team needs; a district may raise or lower any of them."""
    work_group_police: int = 1
    work_group_health_workers: int = 1
    work_group_cadres: int = 1
    quick_response_vehicles: int = 1
    quick_response_officers: int = 2
    quick_response_leaders: int = 1          # exactly this many
    quick_response_teams_urban: int = 2      # per urban station
    quick_response_teams_rural: int = 1      # per township station

    def quick_response_teams_for(self, area_kind: AreaKind | str) -> int:
        return (self.quick_response_teams_urban if AreaKind(area_kind) == AreaKind.URBAN
                else self.quick_response_teams_rural)


DEFAULT_MINIMUMS = TeamMinimums()


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(TeamMinimums))


class InvalidMinimums(CanvassError):
    """A minimum out of range; `field` names it. Nothing was saved."""

    def __init__(self, field: str, message: str, code: MinimumsRefusal,
                 **params: RefusalParam) -> None:
        super().__init__(message, code, **params)
        self.field = field


def stored_minimums(session: Session) -> tuple[TeamMinimums, int]:
    """The district's minimums and the version to save against (0: never set, defaults)."""
    row = session.get(TeamMinimumsRow, POLICY_ROW)
    if row is None:
        return DEFAULT_MINIMUMS, 0
    return TeamMinimums(**{name: getattr(row, name) for name in FIELDS}), row.version


def checked_minimums(values: dict[str, object]) -> TeamMinimums:
    """Whole numbers from 0 to 50; a quick-response team needs at least one leader."""
    chosen = asdict(DEFAULT_MINIMUMS)
    for name, raw in values.items():
        if name not in FIELDS:
            raise InvalidMinimums(name, f"{name} is not a team minimum", MinimumsRefusal.UNKNOWN)
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= MAX_MINIMUM:
            raise InvalidMinimums(name, f"{name} must be a whole number from 0 to {MAX_MINIMUM}",
                                  MinimumsRefusal.RANGE, low=0, high=MAX_MINIMUM)
        chosen[name] = raw
    if chosen["quick_response_leaders"] < 1:
        raise InvalidMinimums("quick_response_leaders",
                              "A quick-response team needs at least one leader",
                              MinimumsRefusal.LEADER)
    return TeamMinimums(**chosen)


def store_minimums(session: Session, minimums: TeamMinimums) -> TeamMinimumsRow:
    """Write the district's minimums (the caller checked the version)."""
    row = session.get(TeamMinimumsRow, POLICY_ROW)
    if row is None:
        row = TeamMinimumsRow(id=POLICY_ROW, **asdict(minimums))
        session.add(row)
    else:
        for name, value in asdict(minimums).items():
            setattr(row, name, value)
    session.flush()
    return row


def save_minimums(session: Session, values: dict[str, object],
                  expected_version: int) -> tuple[TeamMinimums, int]:
    """Check and store new minimums against the version the commander saw; EditConflict when
    another workstation changed them first. Returns what was stored and its new version."""
    chosen = checked_minimums(values)
    _current, version = stored_minimums(session)
    if version != expected_version:
        raise conflict(session, TeamMinimumsRow.__tablename__, POLICY_ROW, version, [])
    row = store_minimums(session, chosen)
    return TeamMinimums(**{name: getattr(row, name) for name in FIELDS}), row.version


def minimums_for(session: Session, given: TeamMinimums | None) -> TeamMinimums:
    """`given`, or the district's stored minimums when the caller did not choose."""
    return given if given is not None else stored_minimums(session)[0]

