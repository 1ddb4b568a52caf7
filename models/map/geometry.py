"""Plain-Python geometry for community outlines: checks, a local projection, bounding boxes.

At district scale (200 communities, a few hundred vertices each) a pairwise segment test is
quick enough and needs no compiled library (shapely, GEOS): an import checks a district's file
in well under a second, and the demo cuts its outlines with the same few functions.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Point = tuple[float, float]            # (longitude, latitude)
Ring = list[Point]                     # not closed: the last point is not the first again
Polygon = list[Ring]                   # outer ring, then holes
MultiPolygon = list[Polygon]

# China, Zengmu Ansha to Mohe and the Pamirs to the Ussuri (as the district workbook checks).
LATITUDE = (3.5, 53.6)
LONGITUDE = (73.5, 135.1)
EARTH_RADIUS_M = 6_371_008.8
MERCATOR_RADIUS_M = 6_378_137.0


def open_ring(points: Sequence[Sequence[float]]) -> Ring:
    """The ring's points as (lon, lat) floats, without the repeated closing point and without a
    point repeated at once (GIS exports often hold such zero-length edges; they cross nothing)."""
    ring: Ring = []
    for p in points:
        point = (float(p[0]), float(p[1]))
        if not ring or ring[-1] != point:
            ring.append(point)
    while len(ring) > 1 and ring[0] == ring[-1]:
        ring.pop()
    return ring


def closed(ring: Ring) -> list[list[float]]:
    """GeoJSON's form: rounded to six decimals (about 10 cm), the first point repeated last."""
    points = [[round(x, 6), round(y, 6)] for x, y in ring]
    return points + [points[0]] if points else points


def area(ring: Ring) -> float:
    """Signed shoelace area in squared degrees (only its sign and zero matter here)."""
    return 0.5 * sum(x1 * y2 - x2 * y1
                     for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))


def _orientation(a: Point, b: Point, c: Point) -> int:
    value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return 0 if abs(value) < 1e-15 else (1 if value > 0 else -1)


def _on_segment(a: Point, b: Point, c: Point) -> bool:
    return (min(a[0], b[0]) <= c[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= c[1] <= max(a[1], b[1]))


def segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    """Whether segment ab and segment cd share a point (touching counts)."""
    o1, o2, o3, o4 = (_orientation(a, b, c), _orientation(a, b, d),
                      _orientation(c, d, a), _orientation(c, d, b))
    if o1 != o2 and o3 != o4:
        return True
    return ((o1 == 0 and _on_segment(a, b, c)) or (o2 == 0 and _on_segment(a, b, d))
            or (o3 == 0 and _on_segment(c, d, a)) or (o4 == 0 and _on_segment(c, d, b)))


def self_intersection(ring: Ring) -> Point | None:
    """A point where the ring crosses or touches itself (other than at a shared vertex of two
    neighbouring edges), or None. Edges are sorted by their left end and compared only with
    those whose x-ranges overlap: a sweep, quick on the rings a district has."""
    count = len(ring)
    edges = sorted(range(count), key=lambda i: min(ring[i][0], ring[(i + 1) % count][0]))
    active: list[int] = []
    for i in edges:
        a, b = ring[i], ring[(i + 1) % count]
        left = min(a[0], b[0])
        active = [j for j in active if max(ring[j][0], ring[(j + 1) % count][0]) >= left]
        for j in active:
            if abs(i - j) in (1, count - 1):   # neighbours share a vertex by construction
                continue
            c, d = ring[j], ring[(j + 1) % count]
            if segments_cross(a, b, c, d):
                return a
        active.append(i)
    return None


def bounding_box(shape: MultiPolygon) -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) over every ring."""
    xs = [x for polygon in shape for ring in polygon for x, _ in ring]
    ys = [y for polygon in shape for ring in polygon for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def outside_china(points: Iterable[Point]) -> Point | None:
    """The first point outside China's latitude and longitude ranges, or None."""
    for x, y in points:
        if not (LONGITUDE[0] <= x <= LONGITUDE[1] and LATITUDE[0] <= y <= LATITUDE[1]):
            return x, y
    return None


def from_web_mercator(x: float, y: float) -> Point:
    """EPSG:3857 metres to WGS-84 degrees: the one projection converted on import (closed form)."""
    lon = math.degrees(x / MERCATOR_RADIUS_M)
    lat = math.degrees(2 * math.atan(math.exp(y / MERCATOR_RADIUS_M)) - math.pi / 2)
    return lon, lat


def clip(polygon: Ring, a: Point, b: Point) -> Ring:
    """The part of a convex polygon left of the directed line a→b (Sutherland–Hodgman)."""
    def inside(p: Point) -> bool:
        return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0

    def meet(p: Point, q: Point) -> Point:
        dx, dy = q[0] - p[0], q[1] - p[1]
        ex, ey = b[0] - a[0], b[1] - a[1]
        t = ((a[0] - p[0]) * ey - (a[1] - p[1]) * ex) / (dx * ey - dy * ex)
        return p[0] + t * dx, p[1] + t * dy

    result: Ring = []
    for index, current in enumerate(polygon):
        previous = polygon[index - 1]
        if inside(current):
            if not inside(previous):
                result.append(meet(previous, current))
            result.append(current)
        elif inside(previous):
            result.append(meet(previous, current))
    return result


def cells(sites: Sequence[Point], radii: Sequence[float], sides: int = 24) -> list[Ring]:
    """Non-overlapping outlines around each site, in a plane (projected) frame: the site's
    Voronoi cell among its neighbours, cut to a polygon of `sides` around it of its radius. Each
    cell is convex, so none crosses itself, and two never overlap (each lies on its own side of
    the bisector between them)."""
    result: list[Ring] = []
    for index, (sx, sy) in enumerate(sites):
        radius = radii[index]
        cell: Ring = [(sx + radius * math.cos(2 * math.pi * k / sides),
                       sy + radius * math.sin(2 * math.pi * k / sides)) for k in range(sides)]
        for other, (ox, oy) in enumerate(sites):
            if other == index or not 1e-9 < math.hypot(ox - sx, oy - sy) <= 2 * radius:
                continue
            mx, my = (sx + ox) / 2, (sy + oy) / 2
            # The bisector, directed so that the site lies on its left.
            dx, dy = -(oy - sy), ox - sx
            cell = clip(cell, (mx - dx, my - dy), (mx + dx, my + dy))
            if not cell:
                break
        result.append(cell)
    return result
