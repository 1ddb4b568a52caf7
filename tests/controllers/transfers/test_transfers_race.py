"""Two dispatchers send the same vehicle at the same moment, on PostgreSQL (several workstations
share only PostgreSQL): the database's partial unique index lets exactly one order hold it, and
the other dispatcher reads a sentence, with nothing of theirs written."""
from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from controllers.transfers.dispatch import dispatch
from models.db.database import Database
from models.enums import CaseCategory, CaseStatus, TransferStatus
from models.schema import Case, SupplyStock, TransferOrder, transfer_crew
from models.transfers.workflow import TransferRefused
from tests.support.factories import NOW, DispatchScene, make_case, make_dispatch_scene, make_person, signed_in


def two_cases(database: Database) -> tuple[DispatchScene, int]:
    with database.sessions.begin() as session:
        scene = make_dispatch_scene(session, category=CaseCategory.SUSPECTED)
        other = make_case(session, scene.place, make_person(session, scene.place, "李四"))
        other.category, other.status = CaseCategory.CONFIRMED, CaseStatus.AWAITING_TRANSFER
        other.status_since = other.category_since = other.opened_at = NOW - timedelta(hours=1)
        return scene, other.id


def orders_and_crew(database: Database) -> tuple[int, int, int]:
    with database.sessions() as session:
        return (session.scalar(select(func.count()).select_from(TransferOrder)),
                session.scalar(select(func.count()).select_from(transfer_crew)),
                session.scalars(select(SupplyStock.quantity)).one())


def test_the_second_insert_waits_for_the_first_and_is_refused(postgres_database: Database) -> None:
    database = postgres_database
    scene, other_case = two_cases(database)
    first = database.sessions()
    first.add(TransferOrder(number="ZY202002200999", case_id=other_case, team_id=scene.team_id,
                            vehicle_id=scene.vehicle_id, facility_id=scene.facility_id,
                            status=TransferStatus.ORDERED, ordered_at=NOW, holds_vehicle=True))
    first.flush()                       # holds the index entry, not yet committed
    outcome: list[BaseException | int] = []

    def second_dispatcher() -> None:
        try:
            outcome.append(dispatch(database, signed_in("dispatcher", "second"), scene.case_id,
                                    scene.facility_id, scene.team_id, scene.vehicle_id, at=NOW))
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            outcome.append(error)

    thread = threading.Thread(target=second_dispatcher)
    thread.start()
    time.sleep(1.0)
    assert thread.is_alive(), "the second INSERT should wait on the first one's index entry"
    first.commit()
    first.close()
    thread.join(timeout=30)
    (result,) = outcome
    assert isinstance(result, TransferRefused) and result.code == "transfer_vehicle_taken"
    assert "ZY202002200999" in str(result)
    assert orders_and_crew(database) == (1, 0, 20)
    with database.sessions() as session:
        assert session.get(Case, scene.case_id).status == CaseStatus.AWAITING_TRANSFER


@pytest.mark.parametrize("attempt", range(2))
def test_two_dispatchers_at_once_exactly_one_wins(postgres_database: Database,
                                                  attempt: int) -> None:
    database = postgres_database
    scene, other_case = two_cases(database)
    start = threading.Barrier(2)
    outcomes: list[BaseException | int] = []
    lock = threading.Lock()

    def dispatcher(case_id: int, name: str) -> None:
        start.wait()
        try:
            result: BaseException | int = dispatch(
                database, signed_in("dispatcher", name), case_id, scene.facility_id,
                scene.team_id, scene.vehicle_id, "同时调度", at=NOW)
        except BaseException as error:  # noqa: BLE001
            result = error
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=dispatcher, args=(case, name))
               for case, name in ((scene.case_id, "first"), (other_case, "second"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    won = [o for o in outcomes if isinstance(o, int)]
    lost = [o for o in outcomes if not isinstance(o, int)]
    assert len(won) == 1 and len(lost) == 1, outcomes
    assert isinstance(lost[0], TransferRefused)
    assert lost[0].code in {"transfer_vehicle_taken", "transfer_vehicle_busy"}
    assert orders_and_crew(database) == (1, 2, 18)


def test_two_vehicles_at_once_both_go_with_their_own_sheet_numbers(
        postgres_database: Database) -> None:
    database = postgres_database
    with database.sessions.begin() as session:
        scenes = [make_dispatch_scene(session, suffix) for suffix in ("1", "2")]
    start = threading.Barrier(2)
    outcomes: list[BaseException | int] = []

    def dispatcher(scene: DispatchScene) -> None:
        start.wait()
        try:
            outcomes.append(dispatch(database, signed_in("dispatcher"), scene.case_id,
                                     scene.facility_id, scene.team_id, scene.vehicle_id,
                                     "本所医院", at=NOW))
        except BaseException as error:  # noqa: BLE001
            outcomes.append(error)

    threads = [threading.Thread(target=dispatcher, args=(scene,)) for scene in scenes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert all(isinstance(o, int) for o in outcomes), outcomes
    with database.sessions() as session:
        numbers = sorted(session.scalars(select(TransferOrder.number)))
    assert numbers == ["ZY202002200001", "ZY202002200002"]
