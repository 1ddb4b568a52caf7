"""The campaign's day for date filters and calendars: they open where the data is, never on the
lowest date a filter accepts (December 2019) nor on an empty today when looking back at an older
database."""
from __future__ import annotations

from datetime import date, datetime

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.dashboard.figures import last_activity
from models.dashboard.wall import dashboard_day
from models.db.database import Database


@action(Permission.VIEW)
def campaign_day(database: Database, user: SignedInUser, now: datetime | None = None) -> date:
    """Today while the campaign runs; the latest day with a case event or a transfer when the
    database is looked at afterwards (the same day the dashboard calls "today")."""
    with read_session(database) as session:
        latest = last_activity(session)
    return dashboard_day(latest, now or datetime.now())[0]
