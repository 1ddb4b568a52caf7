"""The everyday changes that are one action each: a vehicle out of service and back, a
delivery of supplies received."""
from __future__ import annotations

from controllers.district.records import now
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import user_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.district.fleet import VehicleEditor
from models.district.supplies import SupplyEditor
from models.district.tables import MasterRecord


@action(Permission.SET_UP_DISTRICT)
def take_out_of_service(database: Database, user: SignedInUser, vehicle_id: int) -> MasterRecord:
    """The vehicle broke down: not proposed or dispatched until it is back. Refused while a
    transfer has it."""
    when = now()
    with user_session(database, user) as session:
        return VehicleEditor(session, when.date(), when).out_of_service(vehicle_id)


@action(Permission.SET_UP_DISTRICT)
def put_back_in_service(database: Database, user: SignedInUser, vehicle_id: int) -> MasterRecord:
    when = now()
    with user_session(database, user) as session:
        return VehicleEditor(session, when.date(), when).back_in_service(vehicle_id)


@action(Permission.SET_UP_DISTRICT)
def receive_delivery(database: Database, user: SignedInUser, stock_id: int, quantity: int,
                     note: str = "") -> MasterRecord:
    """A delivery (of suits, masks, disinfectant) counted in: a positive stock movement."""
    when = now()
    with user_session(database, user) as session:
        return SupplyEditor(session, when.date(), when).receive(stock_id, quantity, note, user.id)
