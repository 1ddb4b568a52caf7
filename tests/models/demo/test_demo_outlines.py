"""The district demo's community outlines pass the boundary import's own checks, one per
community (that the cells never overlap is tests/models/map/test_geometry.py's)."""
from __future__ import annotations

from datetime import datetime

from models.demo.geography import boundary_batch, lay_out
from models.demo.households import size_register
from models.demo.plan import plan_for
from models.demo.stages import make_world
from models.map.boundaries import parse_shape, shape_problems


def test_every_community_has_a_simple_outline_inside_china() -> None:
    world = make_world(plan_for("district"), 2020, datetime(2020, 2, 20, 18))
    lay_out(world)
    size_register(world)
    batch = boundary_batch(world)
    assert batch.table == "community_boundary" and len(batch.rows) == 200
    column = batch.columns.index("shape")
    for row in batch.rows:
        shape = parse_shape(row[column])
        _converted, problems = shape_problems([[[list(p) for p in ring] for ring in polygon]
                                               for polygon in shape], mercator=False)
        assert problems == [], row[1]
    assert sorted(row[1] for row in batch.rows) == list(range(1, 201))
