"""What the shift (bench/shift.py) works on: the cases whose windows it opens, the communities,
the busiest days of transfers, and the cases waiting for a vehicle it dispatches — chosen by a
few statements before the window starts, never by loading a table."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Date, String, cast, exists, func, select, type_coerce

from controllers.runtime.actions import SignedInUser
from controllers.transfers.dispatch import (
    advance_transfer,
    dispatch,
    load_transfer,
    record_disinfection,
)
from controllers.transfers.suggestion import suggest_dispatch
from models.db.database import Database
from models.enums import CaseStatus
from models.schema import Case, Community, TransferOrder

STEPS = ("dispatched", "on_scene", "picked_up", "delivered")


@dataclass(frozen=True)
class ShiftRecords:
    database: Database
    case_ids: list[int]
    community_ids: list[int]
    busy_days: list[date]
    waiting: list[int]       # cases awaiting transfer, oldest first

    def dispatchable(self, count: int) -> list[int]:
        return self.waiting[:count * 3]   # some have no vehicle free: more are tried

    @staticmethod
    def dispatch(database: Database, user: SignedInUser, case_id: int) -> int:
        """Dispatch the case as proposed and take the order through every step and the
        vehicle's disinfection; returns the order's id (a refusal is raised)."""
        proposal = suggest_dispatch(database, user, case_id)
        if proposal.facility is None or proposal.vehicle is None:
            raise LookupError("no facility or vehicle for this case now")
        crew = proposal.crews.get(proposal.vehicle.team_id)
        order_id = dispatch(database, user, case_id, proposal.facility.facility_id,
                            proposal.vehicle.team_id, proposal.vehicle.vehicle_id,
                            override_reason="" if crew is not None and crew.complete
                            else "bench: crew as on duty",
                            expected_version=proposal.case_version)
        version = load_transfer(database, user, order_id).version
        for step in STEPS:
            version = advance_transfer(database, user, order_id, version, step)
        record_disinfection(database, user, order_id, True, True, "bench",
                            expected_version=version)
        return order_id


def chosen_records(database: Database, cases: int, communities: int, days: int) -> ShiftRecords:
    with database.engine.connect() as connection:
        case_ids = list(connection.scalars(
            select(Case.id).where(Case.is_open.is_(True)).order_by(Case.id.desc()).limit(cases)))
        community_ids = list(connection.scalars(
            select(Community.id).order_by(Community.id).limit(communities)))
        day = (type_coerce(func.date(TransferOrder.ordered_at), String)
               if database.kind == "sqlite" else cast(TransferOrder.ordered_at, Date))
        since = datetime.now() - timedelta(days=60)
        busy = connection.execute(
            select(day, func.count()).where(TransferOrder.ordered_at >= since)
            .group_by(day).order_by(func.count().desc()).limit(days)).all()
        waiting = list(connection.scalars(
            select(Case.id).where(Case.is_open.is_(True),
                                  Case.status == CaseStatus.AWAITING_TRANSFER,
                                  ~exists().where(TransferOrder.case_id == Case.id,
                                                  TransferOrder.delivered_at.is_(None),
                                                  TransferOrder.cancelled_at.is_(None),
                                                  TransferOrder.failed_at.is_(None)))
            .order_by(Case.status_since).limit(200)))
    busy_days = [value if isinstance(value, date) else date.fromisoformat(str(value))
                 for value, _count in busy]
    return ShiftRecords(database, case_ids, community_ids, busy_days, waiting)
