"""A station over a slow link: each screen's refresh through a proxy adding 0, 20 and 50 ms each
way, beside the same screen's raw statements through the same proxy.

A police station's workstation reaches the district's PostgreSQL over the police network. Its
screens are as fast as their round trips are few: each costs twice the link's delay whatever
the server does. Canvass: the screen's refresh as its view makes it (bench/screen_refreshes.py:
a list's count then first page, its figures beside it; loads of one screen run side by side, so
the screen waits for its slowest load), through bench/link_proxy.py. Baseline, same run, same
proxy: the statements that refresh sent, replayed on a bare psycopg connection in autocommit
(what the statements themselves cost over that link). Target, over 20 and 50 ms (at 0 ms the
screens' own rows hold them to their raw statements): ≤ 1.5x the raw statements, and
at most two of the link's round trips (a bare SELECT 1 through the proxy, same run) more than
the same refresh at 0 ms (issue 24: every refresh ≤ 2 round trips). PostgreSQL only: SQLite is
a file on the workstation itself (no link to measure).

    python -m bench.slow_link --db postgresql+psycopg://postgres@/district?host=/tmp&port=5433
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg
from sqlalchemy.engine import URL

from bench.common import Row, run_on_database
from bench.link_proxy import LinkProxy
from bench.raw import Statement, captured, median_time
from bench.screen_refreshes import loads
from models.db.database import Database
from models.opening import open_database

DELAYS_S = (0.0, 0.020, 0.050)
TARGET = 1.5
SLACK_S = 0.010          # the proxy's threads waking up, per refresh
REPEATS = 5
WARM_UP = 7              # psycopg prepares a statement on its sixth run: a round trip more, once


@dataclass(frozen=True)
class ScreenFigures:
    screen: str
    round_trips: int                              # its costliest load's, once warm
    seconds: dict[float, tuple[float, float]]     # delay → (Canvass, raw statements)
    link: dict[float, float]                      # delay → a bare `SELECT 1` through the proxy

    def limit(self, delay: float) -> float:
        """Two round trips more than at 0 ms: what a refresh of at most two may cost."""
        return self.seconds[0.0][0] + 2 * (self.link[delay] - self.link[0.0]) + SLACK_S


def target(url: URL) -> tuple[str, int]:
    """The server's host (or Unix socket folder) and port, as the URL names them."""
    host = url.host or str(url.query.get("host") or "/var/run/postgresql")
    port = url.port or int(str(url.query.get("port") or 5432))
    return host, port


class Replay:
    """A load's statements on a bare autocommit connection: one round trip each, nothing more."""

    def __init__(self, conninfo: str, statements: Sequence[Statement]) -> None:
        self.connection: psycopg.Connection[Any] = psycopg.connect(conninfo, autocommit=True)
        self.statements = statements

    def __call__(self) -> None:
        with self.connection.cursor() as cursor:
            for sql, parameters in self.statements:
                cursor.execute(sql, parameters or None)
                cursor.fetchall()


def warm_round_trips(proxy: LinkProxy, run: Callable[[], object]) -> int:
    for _ in range(WARM_UP):
        run()
    before = proxy.round_trips
    run()
    return proxy.round_trips - before


def measure(database: Database, now: datetime | None = None) -> list[ScreenFigures]:
    """Every screen's refresh at each delay: its loads timed one by one (a screen runs them side
    by side, so it waits for the slowest), beside their statements replayed."""
    url = database.url
    with LinkProxy(*target(url)) as proxy:
        station = open_database(proxy.url_for(url.render_as_string(hide_password=False)))
        conninfo = proxy.url_for(url.set(drivername="postgresql")
                                 .render_as_string(hide_password=False))
        replays: list[Replay] = []
        try:
            found = loads(station, now)
            trips = [warm_round_trips(proxy, load.run) for load in found]
            replays = [Replay(conninfo, captured(station, load.run)) for load in found]
            timed: list[dict[float, tuple[float, float]]] = [{} for _ in found]
            ping = Replay(conninfo, [("SELECT 1", None)])
            replays.append(ping)
            link: dict[float, float] = {}
            for delay in DELAYS_S:
                proxy.delay_s = delay
                link[delay] = median_time(ping, REPEATS)
                for index, load in enumerate(found):
                    timed[index][delay] = (median_time(load.run, REPEATS),
                                           median_time(replays[index], REPEATS))
        finally:
            for replay in replays:
                replay.connection.close()
            station.dispose()
    screens: dict[str, list[int]] = {}
    for index, load in enumerate(found):
        screens.setdefault(load.screen, []).append(index)
    return [ScreenFigures(screen, max(trips[i] for i in its),
                          {delay: (max(timed[i][delay][0] for i in its),
                                   max(timed[i][delay][1] for i in its)) for delay in DELAYS_S},
                          link)
            for screen, its in screens.items()]


def rows(database: Database) -> list[Row]:
    if database.kind != "postgresql":
        return []
    results = []
    for figures in measure(database):
        for delay in DELAYS_S:
            ours, raw = figures.seconds[delay]
            results.append(Row(
                f"slow link {delay * 1000:.0f} ms each way: {figures.screen} refresh "
                f"({figures.round_trips} round trips) vs its statements",
                ours, raw, *((TARGET, figures.limit(delay)) if delay else (float("inf"), None))))
    return results


def main(argv: list[str] | None = None) -> int:
    return run_on_database(__doc__.splitlines()[0], rows, argv)


if __name__ == "__main__":
    sys.exit(main())

