"""The transfers view's lists, handed to a user who may read them: the history, the active
board, the facilities and the incidents. The rows and their SQL are models/transfers/'s
rows.py, facility_rows.py and incident_rows.py; the words, controllers/transfers/words.py's."""
from __future__ import annotations

from controllers.runtime.actions import SignedInUser, action
from models.accounts.permissions import Permission
from models.db.database import Database
from models.transfers.facility_rows import FacilityRows
from models.transfers.incident_rows import IncidentRows
from models.transfers.rows import ActiveTransferRows, TransferRows


@action(Permission.VIEW)
def transfer_rows(database: Database, user: SignedInUser) -> TransferRows:
    """Every transfer order, newest first, with its filters."""
    return TransferRows(database)


@action(Permission.VIEW)
def active_transfer_rows(database: Database, user: SignedInUser) -> ActiveTransferRows:
    """Trips under way and vehicles not yet disinfected, with each step's time."""
    return ActiveTransferRows(database)


@action(Permission.VIEW)
def facility_rows(database: Database, user: SignedInUser) -> FacilityRows:
    """The facilities with their beds."""
    return FacilityRows(database)


@action(Permission.VIEW)
def incident_rows(database: Database, user: SignedInUser) -> IncidentRows:
    """The incidents, newest first."""
    return IncidentRows(database)
