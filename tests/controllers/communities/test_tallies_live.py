"""The community list and the dashboard read the tallies: a visit recorded in Canvass, or a row
written by another workstation (another connection, plain SQL as psql would), moves the
community's figures at once."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import text

from controllers.communities.visits import MemberScreening, save_visit
from controllers.dashboard.summary import dashboard_summary
from models.communities.rows import CommunityRows
from models.db.database import Database
from models.opening import open_database
from models.schema import Community
from tests.support.visits import CLERK, add_family

NOW = datetime(2020, 2, 20, 15, 0)
# CommunityRows columns: households done, coverage, persons screened, open doors, revisits due,
# visits today, then last visit at the end.
FIGURES = slice(6, 12)


def _row(database: Database, community_id: int) -> tuple:
    source = CommunityRows(database, clock=lambda: NOW)
    (row,) = source.page({"ids": [community_id]}, source.default_order, 0, 10)
    return row


def _community(database: Database, household_id: int) -> int:
    with database.sessions.begin() as session:
        community_id = session.execute(text("SELECT community_id FROM household WHERE id = :h"),
                                       {"h": household_id}).scalar_one()
        session.get(Community, community_id).registered_households = 2
        return int(community_id)


def test_a_recorded_visit_moves_the_community_figures(database: Database) -> None:
    household, father, mother, _stranger = add_family(database)
    community = _community(database, household)
    assert _row(database, community)[FIGURES] == (0, 0.0, 0, 2, 2, 0)
    save_visit(database, CLERK, household, "nobody_home", NOW - timedelta(hours=2), now=NOW)
    # Knocked two hours ago: not due again yet, still open.
    assert _row(database, community)[FIGURES] == (0, 0.0, 0, 2, 1, 1)
    save_visit(database, CLERK, household, "screened", NOW - timedelta(hours=1), now=NOW,
               screenings=[MemberScreening(father, "36.6"), MemberScreening(mother, "36.8")])
    row = _row(database, community)
    assert row[FIGURES] == (1, 50.0, 2, 1, 1, 2)
    assert row[-1] == NOW - timedelta(hours=1)
    summary = dashboard_summary(database)
    assert summary.persons_screened == 2
    assert summary.cumulative_screened == ((date(2020, 2, 20), 2),)


def test_a_write_from_another_workstation_shows_up(database: Database) -> None:
    household, father, _mother, _stranger = add_family(database)
    community = _community(database, household)
    other = open_database(database.url)
    try:
        with other.engine.begin() as connection:
            visit = connection.execute(text(
                "INSERT INTO visit (household_id, community_id, visited_at, outcome, note) "
                "VALUES (:h, :c, :at, 'screened', '') RETURNING id"),
                {"h": household, "c": community, "at": NOW - timedelta(days=1)}).scalar_one()
            connection.execute(text(
                "INSERT INTO screening_result (visit_id, person_id, has_symptoms, symptoms) "
                "VALUES (:v, :p, false, '')"), {"v": visit, "p": father})
        assert _row(database, community)[FIGURES] == (1, 50.0, 1, 1, 1, 0)
        assert dashboard_summary(database).cumulative_screened == ((date(2020, 2, 19), 1),)
        with other.engine.begin() as connection:
            connection.execute(text("DELETE FROM visit WHERE id = :v"), {"v": visit})
        assert _row(database, community)[FIGURES] == (0, 0.0, 0, 2, 2, 0)
        assert dashboard_summary(database).persons_screened == 0
    finally:
        other.dispose()
