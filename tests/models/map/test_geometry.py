"""The outline checks and the demo's cells, in plain Python."""
from __future__ import annotations

import itertools
import math
import random

from models.map.geometry import (
    area,
    cells,
    from_web_mercator,
    open_ring,
    outside_china,
    segments_cross,
    self_intersection,
)


def test_a_square_is_simple_and_a_bow_tie_crosses_itself() -> None:
    assert self_intersection([(0, 0), (1, 0), (1, 1), (0, 1)]) is None
    assert self_intersection([(0, 0), (1, 1), (1, 0), (0, 1)]) is not None


def test_a_ring_touching_itself_at_a_vertex_counts_as_crossing() -> None:
    figure_eight = [(0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 1)]
    assert self_intersection(figure_eight) is not None


def test_repeated_points_are_dropped_not_taken_for_a_crossing() -> None:
    ring = open_ring([[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 0]])
    assert ring == [(0, 0), (1, 0), (1, 1), (0, 1)]
    assert self_intersection(ring) is None


def test_segments() -> None:
    assert segments_cross((0, 0), (2, 2), (0, 2), (2, 0))
    assert not segments_cross((0, 0), (1, 0), (0, 1), (1, 1))
    assert segments_cross((0, 0), (2, 0), (1, 0), (3, 0))    # overlapping, collinear


def test_web_mercator_comes_back_to_wuhan() -> None:
    radius = 6_378_137.0    # the forward formulas, as GIS programs write EPSG:3857
    x = radius * math.radians(114.31)
    y = radius * math.log(math.tan(math.pi / 4 + math.radians(30.58) / 2))
    lon, lat = from_web_mercator(x, y)
    assert math.isclose(lon, 114.31, abs_tol=1e-9) and math.isclose(lat, 30.58, abs_tol=1e-9)


def test_outside_china() -> None:
    assert outside_china([(114.3, 30.6)]) is None
    assert outside_china([(30.6, 114.3)]) == (30.6, 114.3)     # swapped


def test_cells_are_convex_simple_and_do_not_overlap() -> None:
    rng = random.Random(7)
    sites = [(rng.random(), rng.random()) for _ in range(40)]
    outlines = cells(sites, [0.2] * len(sites))
    for (sx, sy), cell in zip(sites, outlines):
        assert area(cell) > 0 and self_intersection(cell) is None
        # Each cell keeps its own site, and no other site lies inside it.
        assert _inside(cell, (sx, sy))
    for (i, a), (j, b) in itertools.combinations(enumerate(outlines), 2):
        for point in b:   # no vertex of one strictly inside another
            assert not _inside(a, _nudged(point, sites[j])), (i, j)


def _nudged(point: tuple[float, float], towards: tuple[float, float]) -> tuple[float, float]:
    return point[0] + (towards[0] - point[0]) * 1e-6, point[1] + (towards[1] - point[1]) * 1e-6


def _inside(ring: list[tuple[float, float]], point: tuple[float, float]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside
