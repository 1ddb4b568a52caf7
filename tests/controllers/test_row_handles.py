"""Every list's row source is handed out by a controller that checks the reader's right first
(the ui never builds one): a role without the right is refused before any SQL runs, any other
gets a working source. Rows carry stored values; the words are chosen when they are shown."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from controllers.cases.rows import case_rows
from controllers.communities.rows import buildings, community_rows, gap_rows, household_rows, station_choices
from controllers.register.rows import person_rows
from controllers.runtime.actions import ACTIONS, SignedInUser
from controllers.teams.rows import team_roster_rows, vehicle_rows
from controllers.teams.words import crew_text, shortfalls_text, status_text
from controllers.transfers.rows import active_transfer_rows, facility_rows, incident_rows, transfer_rows
from controllers.transfers.words import kind_text
from models.accounts.permissions import ROLE_PERMISSIONS, Permission, PermissionDenied
from models.db.database import Database
from models.db.row_source import Filters, RowSource, SortOrder
from models.enums import UserRole
from tests.support.factories import Place, make_case, make_facility, make_person, make_place, make_vehicle, signed_in

Handle = Callable[[Database, SignedInUser], RowSource]


@dataclass(frozen=True)
class Listed:
    """A handle, the filters its list needs, and how many rows the scene below gives it."""
    handle: Handle
    filters: Callable[[Place], Filters]
    rows: int


def everywhere(_place: Place) -> Filters:
    return {}


def in_the_community(place: Place) -> Filters:
    return {"community_id": place.community_id}


LISTS: dict[str, Listed] = {
    "register": Listed(person_rows, everywhere, 1),
    "cases": Listed(case_rows, everywhere, 1),
    "communities": Listed(community_rows, everywhere, 1),
    "households": Listed(household_rows, in_the_community, 1),
    "gap list": Listed(gap_rows, in_the_community, 1),
    "teams": Listed(team_roster_rows, everywhere, 1),
    "vehicles": Listed(vehicle_rows, everywhere, 1),
    "transfers": Listed(transfer_rows, everywhere, 0),
    "active transfers": Listed(active_transfer_rows, everywhere, 0),
    "facilities": Listed(facility_rows, everywhere, 1),
    "incidents": Listed(incident_rows, everywhere, 0),
}
CHOICES: dict[str, Callable[[Database, SignedInUser, Place], object]] = {
    "stations": lambda database, user, _place: station_choices(database, user),
    "buildings": lambda database, user, place: buildings(database, user, place.community_id),
}


@pytest.fixture
def scene(database: Database) -> Iterator[Place]:
    """One community with a household, a person with a case, a facility and a team's vehicle."""
    with database.sessions() as session:
        place = make_place(session)
        make_case(session, place, make_person(session, place))
        make_facility(session, place)
        make_vehicle(session, place)
        session.commit()
    yield place


@pytest.fixture
def no_role_may_view(monkeypatch: pytest.MonkeyPatch) -> SignedInUser:
    """A viewer whose role has lost the right to read (every role has it today)."""
    monkeypatch.setitem(ROLE_PERMISSIONS, UserRole.VIEWER, frozenset())
    return signed_in("viewer")


def test_every_handle_is_an_action_needing_the_right_to_view() -> None:
    handles: list[Callable[..., Any]] = [listed.handle for listed in LISTS.values()]
    handles += [station_choices, buildings]
    for handle in handles:
        registered = ACTIONS[f"{handle.__module__}.{handle.__qualname__}"]
        assert registered.permission is Permission.VIEW, handle.__qualname__


def test_a_role_without_the_right_gets_no_list(database: Database, scene: Place,
                                               no_role_may_view: SignedInUser) -> None:
    for name, listed in LISTS.items():
        with pytest.raises(PermissionDenied):
            listed.handle(database, no_role_may_view)
            pytest.fail(f"{name} was handed out")
    for name, choices in CHOICES.items():
        with pytest.raises(PermissionDenied):
            choices(database, no_role_may_view, scene)
            pytest.fail(f"{name} were read")


@pytest.mark.parametrize("role", ["viewer", "clerk", "commander"])
def test_a_role_with_the_right_gets_a_working_source(database: Database, scene: Place,
                                                     role: str) -> None:
    user = signed_in(role)
    for name, listed in LISTS.items():
        source = listed.handle(database, user)
        filters = listed.filters(scene)
        assert source.count(filters) == listed.rows, name
        page = source.page(filters, source.default_order, 0, 10)
        assert len(page) == listed.rows, name
        assert all(len(row) == len(source.columns) + 1 for row in page), name
    assert station_choices(database, user) == [(scene.station_id, "大智派出所")]
    assert buildings(database, user, scene.community_id) == ["1"]


def test_the_register_is_masked_by_the_readers_role(database: Database, scene: Place) -> None:
    column = [c.key for c in person_rows(database, signed_in("clerk")).columns].index("resident_id")
    [clerk_row] = person_rows(database, signed_in("clerk")).page({}, SortOrder("id"), 0, 10)
    [commander_row] = person_rows(database, signed_in("commander")).page({}, SortOrder("id"), 0, 10)
    assert clerk_row[column + 1] == "420102********1234"
    assert commander_row[column + 1] == "420102198001011234"


def test_rows_carry_stored_values_and_the_words_come_when_shown(database: Database,
                                                                scene: Place) -> None:
    viewer = signed_in("viewer")
    vehicles = vehicle_rows(database, viewer)
    [vehicle] = vehicles.page({}, vehicles.default_order, 0, 10)
    status = vehicle[1 + [c.key for c in vehicles.columns].index("status")]
    assert (status, status_text(status)) == ("available", "Available")
    facilities = facility_rows(database, viewer)
    [facility] = facilities.page({}, facilities.default_order, 0, 10)
    assert (facility[2], facility[3]) == ("designated_hospital", ())
    assert kind_text(facility[2]) == "Designated hospital"
    teams = team_roster_rows(database, viewer)
    [team] = teams.page({}, teams.default_order, 0, 10)
    crew = team[1 + [c.key for c in teams.columns].index("complete")]
    assert {s.code for s in crew.shortfalls} == {"crew"}     # nobody of it on duty now
    assert crew_text(crew) == "Nobody on duty"
    assert shortfalls_text(()) == "Complete"
