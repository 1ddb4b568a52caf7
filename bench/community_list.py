"""The community list at district scale: Canvass's refresh beside raw GROUP BYs for the same figures.

Canvass: what the communities view asks on a refresh: the count, then the first page (25
communities, a screenful) with every coverage figure (households done, persons screened, revisits due, visits
today, last visit, work groups), and the next page as the user scrolls.
Baselines, in the same run, on the bare driver (sqlite3 / psycopg, no SQLAlchemy):
  * hand-written reads of the same figures from the coverage tallies (models/schema/tallies.py), as one
    would type them into a SQL console;
  * Canvass's own statements replayed (what its Python layers add);
  * for the record, the hand-written GROUP BYs over visits and screening results that the
    tallies replaced (what the counters bought).
Target (issue 4): at most 300 ms and at most 1.5x the raw reads.

    python -m bench.community_list [--db PATH_OR_URL]     (default: /tmp/bench-district.sqlite3)
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from bench.common import Row, table
from bench.raw import captured, median_time, replay
from controllers.browse import SortOrder
from models.communities.coverage import REVISIT_AFTER
from models.communities.rows import CommunityRows
from models.db.database import Database
from models.opening import open_database
from models.schema.screening import Visit
from models.schema.tallies import DONE_OUTCOMES, FINISHED_OUTCOMES

PAGE = CommunityRows.page_size  # what the communities view fetches at a time
LIMIT_S = 0.3
TARGET = 1.5


def _in(values: tuple[str, ...] | list[int]) -> str:
    return ", ".join(repr(value) if isinstance(value, str) else str(int(value)) for value in values)


def tally_statements(ids: list[int], now: datetime) -> list[str]:
    """The same figures read from the tallies as plain SQL (both backends understand it); the
    first is the count, left out when timing a later page."""
    page = _in(ids)
    cutoff = (now - REVISIT_AFTER).isoformat(sep=" ")
    return [
        "SELECT count(*) FROM community",
        f"SELECT c.id, s.name, c.name, c.area_kind, c.registered_households, "
        f"c.registered_persons, c.daily_visit_target FROM community c "
        f"JOIN police_station s ON s.id = c.station_id WHERE c.id IN ({page})",
        f"SELECT community_id, sum(households_first_done), sum(persons_first_screened), "
        f"sum(CASE WHEN day = '{now.date().isoformat()}' THEN visits ELSE 0 END) "
        f"FROM community_day_tally WHERE community_id IN ({page}) GROUP BY community_id",
        f"SELECT community_id, count(*) FROM household WHERE community_id IN ({page}) "
        f"GROUP BY community_id",
        f"SELECT community_id, count(*) FROM household_tally WHERE community_id IN ({page}) "
        f"AND (finished_visits > 0 OR last_visit_at > '{cutoff}') GROUP BY community_id",
        f"SELECT tc.community_id, count(*) FROM team_community tc JOIN team t "
        f"ON t.id = tc.team_id WHERE tc.community_id IN ({page}) AND t.kind = 'work_group' "
        f"GROUP BY tc.community_id",
        f"SELECT c.id, (SELECT max(visited_at) FROM visit v WHERE v.community_id = c.id) "
        f"FROM community c WHERE c.id IN ({page})",
    ]


def group_by_statements(ids: list[int], now: datetime) -> list[str]:
    """The figures counted from visits and screening results, as before the tallies: each in
    its fastest form; the first is the count."""
    page, done, finished = _in(ids), _in(DONE_OUTCOMES), _in(FINISHED_OUTCOMES)
    cutoff = (now - REVISIT_AFTER).isoformat(sep=" ")
    today = now.replace(hour=0, minute=0, second=0, microsecond=0).isoformat(sep=" ")
    return [
        "SELECT count(*) FROM community",
        f"SELECT c.id, s.name, c.name, c.area_kind, c.registered_households, "
        f"c.registered_persons, c.daily_visit_target FROM community c "
        f"JOIN police_station s ON s.id = c.station_id WHERE c.id IN ({page})",
        f"SELECT community_id, count(DISTINCT household_id) FROM visit "
        f"WHERE community_id IN ({page}) AND outcome IN ({done}) GROUP BY community_id",
        f"SELECT h.community_id, count(*) FROM household h WHERE h.community_id IN ({page}) "
        f"AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id "
        f"AND v.outcome IN ({finished})) AND NOT EXISTS (SELECT 1 FROM visit v "
        f"WHERE v.household_id = h.id AND v.visited_at > '{cutoff}') GROUP BY h.community_id",
        f"SELECT community_id, count(*) FROM visit WHERE community_id IN ({page}) "
        f"AND visited_at >= '{today}' GROUP BY community_id",
        f"SELECT community_id, count(*) FROM person p WHERE community_id IN ({page}) "
        f"AND EXISTS (SELECT 1 FROM screening_result r WHERE r.person_id = p.id) "
        f"GROUP BY community_id",
        f"SELECT tc.community_id, count(*) FROM team_community tc JOIN team t "
        f"ON t.id = tc.team_id WHERE tc.community_id IN ({page}) AND t.kind = 'work_group' "
        f"GROUP BY tc.community_id",
        f"SELECT c.id, (SELECT max(visited_at) FROM visit v WHERE v.community_id = c.id) "
        f"FROM community c WHERE c.id IN ({page})",
    ]


def replay_text(database: Database, statements: list[str]) -> float:
    return replay(database, [(sql, ()) for sql in statements])


def rows(database: Database) -> list[Row]:
    # The demo's last day at 15:00: visits today, revisits due and laggards all have figures.
    with database.sessions() as session:
        latest = session.execute(select(func.max(Visit.visited_at))).scalar()
    now = (latest or datetime.now()).replace(hour=15, minute=0, second=0, microsecond=0)
    source = CommunityRows(database, clock=lambda: now)
    order = source.default_order
    results: list[Row] = []
    first = source.page({}, order, 0, PAGE)

    def refresh() -> None:
        source.count({})
        source.page({}, order, 0, PAGE)

    def second_page() -> None:
        source.page({}, order, PAGE, PAGE, after=first[-1])

    for label, action, ids in (
            (f"community list refresh (count + first {PAGE})", refresh, [r[0] for r in first]),
            (f"community list second page ({PAGE} more)", second_page,
             [r[0] for r in source.page({}, order, PAGE, PAGE)])):
        ours = median_time(action)
        skip = 0 if action is refresh else 1
        hand = replay_text(database, tally_statements(ids, now)[skip:])
        results.append(Row(f"{label} vs raw tally reads", ours, hand, TARGET, LIMIT_S))
        results.append(Row(f"{label} vs its statements replayed", ours,
                           replay(database, captured(database, action)), TARGET, LIMIT_S))
        results.append(Row(f"{label}: raw GROUP BYs the tallies replace (for the record)",
                           ours, replay_text(database, group_by_statements(ids, now)[skip:])))
    by_station = SortOrder("name")
    results.append(Row(f"community list sorted by name, first {PAGE}",
                       median_time(lambda: source.page({}, by_station, 0, PAGE)), 0.0,
                       limit_s=LIMIT_S))
    by_coverage = SortOrder("coverage")
    def sorted_by_coverage() -> None:
        source.page({}, by_coverage, 0, PAGE)

    results.append(Row(f"community list sorted by coverage (laggards first), first {PAGE}",
                       median_time(sorted_by_coverage, repeats=3),
                       replay(database, captured(database, sorted_by_coverage)), TARGET,
                       LIMIT_S))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/bench-district.sqlite3",
                        help="a database holding a demo district")
    args = parser.parse_args(argv)
    database = open_database(args.db)
    try:
        results = rows(database)
    finally:
        database.dispose()
    print(f"\n{database.description}\n")
    print(table(results))
    return 0 if all(row.met for row in results) else 1


if __name__ == "__main__":
    sys.exit(main())
