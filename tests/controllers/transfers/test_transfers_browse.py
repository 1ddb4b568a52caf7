"""The transfers view's lists: the active board with step times and overdue minutes, the history
with its filters, and the facilities with their beds, on both databases."""
from __future__ import annotations

from datetime import date, timedelta

from controllers.transfers.facilities import facility_beds
from models.db.database import Database
from models.transfers.facility_rows import FacilityRows
from models.transfers.rows import ActiveTransferRows, TransferRows
from tests.support.factories import NOW
from tests.support.transfers import DISPATCHER, scene, send, step


def test_the_active_board_times_each_step_and_flags_overdue(database: Database) -> None:
    s = scene(database)
    order_id = send(database, s)
    step(database, order_id, "dispatched", 5)
    board = ActiveTransferRows(database, clock=lambda: NOW + timedelta(minutes=50))
    (row,) = board.page({}, board.default_order, 0, 10)
    assert row[0] == order_id and row[4] == "dispatched"
    assert row[8:13] == (5.0, 45.0, None, None, 45.0)
    assert row[13] == 15.0                       # 45 minutes on the way, 30 allowed
    in_time = ActiveTransferRows(database, clock=lambda: NOW + timedelta(minutes=20))
    assert in_time.page({}, in_time.default_order, 0, 10)[0][13] is None
    assert board.count({"station_id": s.place.station_id}) == 1
    assert board.count({"overdue": True}) == 1 and in_time.count({"overdue": True}) == 0
    assert board.count({"station_id": -1}) == 0
    step(database, order_id, "cancelled", 6, "改派")
    assert board.count({}) == 0


def test_a_step_stamped_by_a_clock_ahead_of_this_one_never_reads_negative(
        database: Database) -> None:
    s = scene(database)
    order_id = send(database, s)
    step(database, order_id, "dispatched", 5)
    behind = ActiveTransferRows(database, clock=lambda: NOW + timedelta(minutes=2))
    (row,) = behind.page({}, behind.default_order, 0, 10)
    assert row[9] == 0.0 and row[12] == 0.0 and row[13] is None


def test_history_filters_by_status_dates_station_and_facility(database: Database) -> None:
    s = scene(database)
    send(database, s)
    history = TransferRows(database)
    (row,) = history.page({}, history.default_order, 0, 10)
    assert row[4] == "ordered" and row[7:] == ("大智派出所", "鄂A·10001")
    assert history.count({"since": date(2020, 2, 20), "until": date(2020, 2, 20)}) == 1
    assert history.count({"since": date(2020, 2, 21)}) == 0
    assert history.count({"until": date(2020, 2, 19)}) == 0
    assert history.count({"station_id": s.place.station_id, "facility_id": s.facility_id}) == 1
    assert history.count({"status": "delivered"}) == 0


def test_facilities_list_their_beds(database: Database) -> None:
    s = scene(database, beds=4)
    rows = FacilityRows(database)
    (row,) = rows.page({}, rows.default_order, 0, 10)
    assert row[0] == s.facility_id and row[4:8] == (4, 0, 4, 0.0)
    assert rows.count({"category": "suspected", "has_free_bed": True}) == 1
    assert rows.count({"category": "fever"}) == 0
    (beds,) = facility_beds(database, DISPATCHER)
    assert (beds.beds_free, beds.accepts) == (4, ("confirmed", "suspected"))
