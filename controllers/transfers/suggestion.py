"""What Canvass proposes for a case awaiting transfer (models/transfers/proposal.py decides),
and the clock the transfer actions read."""
from __future__ import annotations

from datetime import datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.transfers.proposal import DispatchProposal, proposal_for_case

__all__ = ["DispatchProposal", "now", "suggest_dispatch"]


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


@action(Permission.DISPATCH_TRANSFERS)
def suggest_dispatch(database: Database, user: SignedInUser, case_id: int,
                     at: datetime | None = None) -> DispatchProposal:
    """The proposal for `case_id`; empty lists when no facility or no vehicle qualifies."""
    with read_session(database) as session:
        return proposal_for_case(session, case_id, at or now())
