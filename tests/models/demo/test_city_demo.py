"""A city-size demo is several districts on one database (issue 24 item 5: `--size city`, five
districts): each district with its own stations, communities, facilities and addresses, codes
that say which district a place belongs to, and no name or code twice. Built here at a small
scale with two districts, on both backends; the single district's rows are unchanged (the
row-stream test in test_demo.py pins them)."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import select

from models.db.database import Database
from models.demo import build_demo
from models.demo.plan import SIZES, plan_for
from models.schema import Community, District, Facility, Household, PoliceStation

END = datetime(2020, 2, 20, 18)


def test_a_city_is_districts_each_with_its_own_places(database: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    pair = replace(plan_for("small"), size="pair", stations=4, rural_stations=2, communities=10,
                   villages=2, households=3_000, persons=7_500, districts=2)
    monkeypatch.setitem(SIZES, "pair", pair)
    summary = build_demo(database, "pair", 7, END)
    assert summary.rows["district"] == 2 and summary.rows["person"] == 7_500
    with database.sessions() as session:
        districts = {d.id: d for d in session.scalars(select(District))}
        assert sorted((d.code, d.name) for d in districts.values()) == [
            ("420102", "江岸区"), ("420103", "江汉区")]
        stations = list(session.scalars(select(PoliceStation)))
        assert Counter(s.district_id for s in stations) == {1: 2, 2: 2}
        assert all(s.code.startswith(districts[s.district_id].code) for s in stations)
        assert all(s.address.startswith(f"武汉市{districts[s.district_id].name}")
                   for s in stations)
        assert len({s.name for s in stations}) == len(stations)
        # Each district's rural station is its last: one urban, one rural in each.
        assert sorted((s.district_id, s.area_kind) for s in stations) == [
            (1, "rural"), (1, "urban"), (2, "rural"), (2, "urban")]
        station_district = {s.id: s.district_id for s in stations}
        communities = list(session.scalars(select(Community)))
        assert Counter(station_district[c.station_id] for c in communities) == {1: 5, 2: 5}
        assert len({c.code for c in communities}) == len({c.name for c in communities}) == 10
        assert all(c.code.startswith(districts[station_district[c.station_id]].code)
                   for c in communities)
        facilities = list(session.scalars(select(Facility)))
        per_district = Counter(f.district_id for f in facilities)
        assert per_district[1] == per_district[2] == sum(p.count for p in pair.facilities)
        assert len({f.name for f in facilities}) == len(facilities)
        assert all(f.address.startswith(f"武汉市{districts[f.district_id].name}")
                   for f in facilities)
        # The second district lies apart from the first: no station of one among the other's.
        first = [s.longitude for s in stations if s.district_id == 1 and s.area_kind == "urban"]
        second = [s.longitude for s in stations if s.district_id == 2 and s.area_kind == "urban"]
        assert max(second) < min(first)
        community_district = {c.id: station_district[c.station_id] for c in communities}
        for community_id, address in session.execute(select(Household.community_id,
                                                            Household.address)):
            assert address.startswith(f"武汉市{districts[community_district[community_id]].name}")
