"""Each screen's refresh, called as its view calls it: the controller calls of its background
loads, in the order they wait for one another.

A view's refresh is one or more loads on the task runner. A list is a count, then (when the
count answers) its first page; a window's figures are one load beside its lists. Loads of one
screen run side by side on the runner's threads, so what a person waits for over a slow link is
the slowest load, and what makes a load slow is how many times it waits for the server: its round
trips. `loads(database)` names every load of every screen for the round-trip test
(tests/controllers/test_round_trips.py) and the slow-link benchmark (bench/slow_link.py).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from controllers.accounts.audit_log import audit_rows
from controllers.browse import RowSource
from controllers.cases.rows import case_rows
from controllers.cases.workflow import load_case
from controllers.communities.coverage import community_summary
from controllers.communities.rows import community_rows, gap_rows, household_rows
from controllers.dashboard.panels import community_coverage, dashboard_figures
from controllers.dashboard.summary import dashboard_summary
from controllers.register.rows import person_rows
from controllers.register.search import find_persons
from controllers.runtime.actions import SignedInUser
from controllers.teams.roster import station_minimums
from controllers.teams.rows import team_roster_rows
from controllers.transfers.rows import active_transfer_rows
from models.db.database import Database
from models.enums import UserRole
from models.schema.cases import Case
from models.schema.geography import Community
from models.schema.register import Person

# A dispatcher sees every screen but the audit log; the log is read as an administrator.
DISPATCHER = SignedInUser(None, "bench", "bench", UserRole.DISPATCHER)
ADMIN = SignedInUser(None, "bench-admin", "bench-admin", UserRole.ADMIN)
PAGE = 100   # ui/kit/lazy_table_model.py's page; a source may ask for its own


@dataclass(frozen=True)
class Load:
    """One background load of a screen's refresh: `run` makes the controller calls it makes."""
    screen: str
    name: str
    run: Callable[[], object]


def list_refresh(source: RowSource, filters: dict[str, Any]) -> Callable[[], object]:
    """What a LazyTableModel asks on a refresh: the count, then the first page."""
    page = int(getattr(source, "page_size", PAGE))

    def refresh() -> object:
        source.count(filters)
        return source.page(filters, source.default_order, 0, page)
    return refresh


@dataclass(frozen=True)
class Chosen:
    """The records the windows open: the largest community, a case, a surname to search."""
    community_id: int
    case_id: int
    surname: str


def chosen(database: Database) -> Chosen:
    with database.sessions() as session:
        community = session.execute(select(Community.id).order_by(
            Community.registered_persons.desc(), Community.id).limit(1)).scalar_one()
        case = session.execute(select(func.max(Case.id))).scalar_one()
        name = session.execute(select(Person.name).order_by(Person.id).limit(1)).scalar_one()
    return Chosen(int(community), int(case or 0), str(name)[:1])


def loads(database: Database, now: datetime | None = None) -> list[Load]:
    """Every load of every screen's refresh, against the records `chosen` picks."""
    at = chosen(database)
    user = DISPATCHER
    cases = case_rows(database, user)
    around = {"community_id": at.community_id}

    def case_counts() -> object:
        return (cases.counts_by_category({"open_only": True}),
                cases.counts_by_status({"open_only": True}))

    found: list[Load] = [
        Load("community list", "list", list_refresh(community_rows(database, user), {})),
        Load("case board", "list", list_refresh(cases, {"open_only": True})),
        Load("case board", "counts", case_counts),
        Load("teams", "list", list_refresh(team_roster_rows(database, user), {"active_only": True})),
        Load("teams", "station strength", lambda: station_minimums(database, user)),
        Load("transfers board", "list", list_refresh(active_transfer_rows(database, user), {})),
        Load("dashboard", "summary", lambda: dashboard_summary(database)),
        Load("dashboard", "figures", lambda: dashboard_figures(database, user, now=now)),
        Load("dashboard", "coverage", lambda: community_coverage(database, user)),
        Load("register search", "list",
             list_refresh(person_rows(database, user), {"text": at.surname})),
        Load("register search", "search box", lambda: find_persons(database, user, at.surname)),
        Load("community window", "summary",
             lambda: community_summary(database, user, at.community_id, now)),
        Load("community window", "households",
             list_refresh(household_rows(database, user), around)),
        Load("community window", "gap list", list_refresh(gap_rows(database, user), around)),
        Load("audit log", "list", list_refresh(audit_rows(database, ADMIN), {})),
    ]
    if at.case_id:
        found.append(Load("case window", "detail", lambda: load_case(database, user, at.case_id)))
    return found
