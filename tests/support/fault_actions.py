"""The write actions the kill-at-every-statement sweep kills (tests/support/faults.py): for each,
the scene it acts on, made in the test's own process, and the call a clerk's, dispatcher's or
commander's workstation makes, run in a child process that dies partway.

A scene is written to the database before the sweep and described by plain values (ids, a file
path) that cross to the child as JSON; the child calls the controller with them. Each action is
the one a person takes on screen, through the same permission-checked, audited use case."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from controllers.cases.workflow import change_status
from controllers.communities.visits import MemberScreening, save_visit
from controllers.register.importing import ImportOptions, import_file, open_register_file
from controllers.setup.workbook import import_workbook, open_workbook
from controllers.teams.responder_health import record_temperature
from controllers.transfers.dispatch import advance_transfer, dispatch, record_disinfection
from models.db.database import Database
from models.schema import TransferOrder
from tests.support.district_workbook import TODAY, write_district
from tests.support.factories import NOW, make_case, make_dispatch_scene, make_person, make_place, signed_in
from tests.support.registers import good_lines, register_csv
from tests.support.rosters import make_roster

Arguments = dict[str, Any]
CLERK, DISPATCHER, COMMANDER = signed_in("clerk"), signed_in("dispatcher"), signed_in("commander")
# The main road of a trip, each step with its minutes after the order (tests/support/transfers.py).
ROAD = (("dispatched", 2), ("on_scene", 9), ("picked_up", 20), ("delivered", 50))


@dataclass(frozen=True)
class FaultAction:
    """`prepare` writes the scene (test process) and says what the child needs; `run` is the
    person's action (child process); `landed` names the rows a whole action adds, by table."""
    name: str
    prepare: Callable[[Database, Path], Arguments]
    run: Callable[[Database, Arguments], object]
    landed: dict[str, int]


def _visit_scene(database: Database, _folder: Path) -> Arguments:
    with database.sessions.begin() as session:
        place = make_place(session)
        wife = make_person(session, place, "王芳")
        husband = make_person(session, place, "张伟")
        return {"household": place.household_id, "persons": [wife.id, husband.id]}


def _visit(database: Database, a: Arguments) -> object:
    """A door screened: one member with a fever (a fever case opens), one well."""
    hot, well = a["persons"]
    return save_visit(database, CLERK, a["household"], "screened", NOW, now=NOW + timedelta(hours=1),
                      screenings=[MemberScreening(hot, "38.6", "咳嗽"), MemberScreening(well, "36.5")])


def _case_scene(database: Database, _folder: Path) -> Arguments:
    with database.sessions.begin() as session:
        place = make_place(session)
        return {"case": make_case(session, place, make_person(session, place)).id}


def _case_move(database: Database, a: Arguments) -> object:
    return change_status(database, DISPATCHER, a["case"], 1, "verified", "电话复核",
                         at=NOW + timedelta(minutes=5))


def _dispatch_scene(database: Database, _folder: Path) -> Arguments:
    with database.sessions.begin() as session:
        s = make_dispatch_scene(session)
        return {"case": s.case_id, "facility": s.facility_id, "team": s.team_id,
                "vehicle": s.vehicle_id}


def _dispatch(database: Database, a: Arguments) -> object:
    return dispatch(database, DISPATCHER, a["case"], a["facility"], a["team"], a["vehicle"],
                    at=NOW)


def _trip_scene(steps_taken: int) -> Callable[[Database, Path], Arguments]:
    """A dispatched trip moved `steps_taken` steps along the road, by the controllers."""
    def prepare(database: Database, folder: Path) -> Arguments:
        a = _dispatch_scene(database, folder)
        order = _dispatch(database, a)
        assert isinstance(order, int)
        for step, minutes in ROAD[:steps_taken]:
            advance_transfer(database, DISPATCHER, order, _version(database, order), step,
                             NOW + timedelta(minutes=minutes))
        return {"order": order, "version": _version(database, order)}
    return prepare


def _version(database: Database, order: int) -> int:
    with database.sessions() as session:
        version = session.scalar(select(TransferOrder.version).where(TransferOrder.id == order))
        assert version is not None
        return version


def _step(index: int) -> Callable[[Database, Arguments], object]:
    step, minutes = ROAD[index]

    def run(database: Database, a: Arguments) -> object:
        return advance_transfer(database, DISPATCHER, a["order"], a["version"], step,
                                NOW + timedelta(minutes=minutes))
    return run


def _disinfection(database: Database, a: Arguments) -> object:
    return record_disinfection(database, DISPATCHER, a["order"], True, True, "王师傅",
                               NOW + timedelta(minutes=80), expected_version=a["version"])


def _roster_scene(database: Database, _folder: Path) -> Arguments:
    with database.sessions.begin() as session:
        return {"responder": make_roster(session).people["王警官"]}


def _temperature(database: Database, a: Arguments) -> object:
    """A fever: the check is stored and the responder stood down from the shift."""
    return record_temperature(database, CLERK, a["responder"], "38.2", at=NOW)


def _register_scene(database: Database, folder: Path) -> Arguments:
    with database.sessions.begin() as session:
        make_place(session)
    return {"file": str(register_csv(folder / "register.csv", good_lines(12)))}


def _register_import(database: Database, a: Arguments) -> object:
    register, mapping = open_register_file(database, CLERK, a["file"])
    result = import_file(database, CLERK, register, mapping, ImportOptions(today=TODAY))
    assert result.committed, result.summary()
    return result


def _setup_scene(_database: Database, folder: Path) -> Arguments:
    return {"file": str(write_district(folder / "district.xlsx"))}


def _setup_import(database: Database, a: Arguments) -> object:
    book = open_workbook(database, COMMANDER, a["file"])
    result = import_workbook(database, COMMANDER, book, today=TODAY)
    assert result.written, result.counts
    return result


ACTIONS: dict[str, FaultAction] = {action.name: action for action in (
    FaultAction("visit", _visit_scene, _visit, {"visit": 1, "person_case": 1}),
    FaultAction("case_move", _case_scene, _case_move, {"case_event": 1}),
    FaultAction("dispatch", _dispatch_scene, _dispatch, {"transfer_order": 1}),
    *(FaultAction(f"step_{step}", _trip_scene(index), _step(index), {})
      for index, (step, _minutes) in enumerate(ROAD)),
    FaultAction("disinfection", _trip_scene(len(ROAD)), _disinfection, {"disinfection": 1}),
    FaultAction("temperature", _roster_scene, _temperature, {"temperature_check": 1}),
    FaultAction("register_import", _register_scene, _register_import, {"person": 12}),
    FaultAction("setup_import", _setup_scene, _setup_import, {"police_station": 2}),
)}

