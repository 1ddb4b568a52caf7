"""The Active board under load, for the dispatcher's key tests: trips on the board with named
patients, the board as the database has it now, and another workstation that keeps moving the
board's rows (a dispatch ordered before every trip on it pushes them down, the cancel and the
disinfection that take it off pull them up)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import update

from controllers.runtime.context import AppContext, build_context, open_database
from controllers.runtime.settings import Settings
from controllers.transfers.dispatch import advance_transfer, dispatch, record_disinfection
from models.db.database import Database
from models.db.row_source import SortOrder
from models.schema import Case, DutyShift, Person, TransferOrder
from models.transfers.rows import ActiveTransferRows
from tests.support.factories import DispatchScene, make_dispatch_scene, signed_in

DISPATCHER = signed_in("dispatcher", "wang")
ELSEWHERE = signed_in("dispatcher", "li")
REASON = "演练"   # the scenes lie in different districts: every choice departs from a proposal


@dataclass(frozen=True)
class Trip:
    order_id: int
    number: str
    patient: str


@contextmanager
def dispatcher_at(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = build_context(database, settings, probe_interval_ms=60_000, user=DISPATCHER)
    try:
        yield built
    finally:
        built.close()


def scenes(database: Database, names: list[str], first: int = 1) -> list[DispatchScene]:
    """A case awaiting transfer per name (the patient so named), each with its own team, vehicle
    and facility, the crews on shift around the real clock (the GUI steps "now")."""
    now = datetime.now()
    with database.sessions.begin() as session:
        made = [make_dispatch_scene(session, str(first + n)) for n in range(len(names))]
        for scene, name in zip(made, names, strict=True):
            case = session.get(Case, scene.case_id)
            assert case is not None
            person = session.get(Person, case.person_id)
            assert person is not None
            person.name = name
        session.execute(update(DutyShift).values(starts_at=now - timedelta(hours=5),
                                                 ends_at=now + timedelta(hours=6)))
    return made


def dispatched(database: Database, made: list[DispatchScene], names: list[str],
               minutes_ago: int = 50) -> list[Trip]:
    """One order per scene, a minute apart, the first `minutes_ago` minutes ago."""
    start = datetime.now().replace(microsecond=0) - timedelta(minutes=minutes_ago)
    trips = []
    for index, (scene, name) in enumerate(zip(made, names, strict=True)):
        order_id = dispatch(database, DISPATCHER, scene.case_id, scene.facility_id,
                            scene.team_id, scene.vehicle_id, REASON,
                            at=start + timedelta(minutes=index))
        with database.sessions() as session:
            order = session.get(TransferOrder, order_id)
            assert order is not None
            trips.append(Trip(order_id, order.number, name))
    return trips


def board_now(database: Database) -> list[tuple[int, str]]:
    """The Active board as the database has it now: (order id, status), in board order."""
    rows = ActiveTransferRows(database)
    order = SortOrder("ordered_at")
    return [(int(row[0]), str(row[4])) for row in rows.page({}, order, 0, 500)]


def status_of(database: Database, order_id: int) -> str:
    with database.sessions() as session:
        order = session.get(TransferOrder, order_id)
        assert order is not None
        return str(order.status)


@dataclass
class OtherWorkstation:
    """Another dispatcher on another workstation (its own connections), with its own cases."""

    database: Database
    waiting: list[DispatchScene]
    orders: list[int] = field(default_factory=list)
    written: list[str] = field(default_factory=list)

    @classmethod
    def at(cls, url: str, waiting: list[DispatchScene]) -> OtherWorkstation:
        return cls(open_database(url), list(waiting))

    def close(self) -> None:
        self.database.dispose()

    def write(self) -> str:
        """One write that moves rows of the board; returns what it was."""
        if self.orders:
            order_id = self.orders[0]
            with self.database.sessions() as session:
                order = session.get(TransferOrder, order_id)
                assert order is not None
                status, holds, version = str(order.status), order.holds_vehicle, order.version
            if status == "ordered":
                advance_transfer(self.database, ELSEWHERE, order_id, version, "cancelled", None,
                                 "撤销")
                return self._did("cancel")
            self.orders.pop(0)
            if holds:
                record_disinfection(self.database, ELSEWHERE, order_id, True, True, "洗消点",
                                    None, version)
                return self._did("disinfect")
        scene = self.waiting.pop(0)
        # Ordered three hours ago (phoned in late): before every trip on the board.
        at = datetime.now().replace(microsecond=0) - timedelta(hours=3, minutes=-len(self.written))
        self.orders.append(dispatch(self.database, ELSEWHERE, scene.case_id, scene.facility_id,
                                    scene.team_id, scene.vehicle_id, REASON, at=at))
        return self._did("dispatch")

    def _did(self, what: str) -> str:
        self.written.append(what)
        return what


# The keys of README's transfers table (its "key groups" column), as the GUI tests press them.
STEP_KEYS = ("Ctrl+Return", "Enter")              # each step of the chosen order, disinfection too
DISPATCH_AND_PRINT_KEYS = ("Ctrl+D", "Enter", "Enter")   # dispatch, then print its sheet
PRINT_KEYS = ("Ctrl+P", "Enter")                   # the selected orders' sheets
