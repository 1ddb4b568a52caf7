"""Community boundaries from a GeoJSON file (or a shapefile, read into the same features by
models/map/shapefile.py): read, checked, then written all or nothing.

A FeatureCollection whose features are Polygons or MultiPolygons, each matched to a community by
its `code` property, else by its `name` (a Chinese export may say 社区编码 / 社区名称). The file's
`crs`, when it names one, must be WGS-84 (CRS84 or EPSG:4326); Web Mercator (EPSG:3857) has a
closed form and is converted; any other is refused, named. Each shape is checked: not empty, at
least three distinct points a ring, no ring crossing itself, every point inside China. Every
problem is listed with the feature's index and name, and one problem refuses the file: nothing
is written. A shape for a community that already has one replaces it (versioned and audited);
communities the file does not name keep theirs.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import CanvassError
from models.map.geometry import (
    MultiPolygon,
    area,
    bounding_box,
    closed,
    from_web_mercator,
    open_ring,
    outside_china,
    self_intersection,
)
from models.map.refusals import MapRefusal
from models.schema.boundaries import CommunityBoundary
from models.schema.geography import Community

WGS84 = frozenset({"urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:epsg::4326", "epsg:4326",
                   "crs84", "wgs84", "ogc:crs84", "urn:ogc:def:crs:ogc::crs84"})
WEB_MERCATOR = frozenset({"urn:ogc:def:crs:epsg::3857", "epsg:3857", "epsg:900913",
                          "urn:ogc:def:crs:epsg::900913", "epsg:102100"})
CODE_KEYS = ("code", "CODE", "社区编码", "编码")
NAME_KEYS = ("name", "NAME", "社区名称", "名称")


class BoundaryCode(StrEnum):
    """One shape's problem; its values fill the sentence's %1, %2 (controllers/map/texts.py)."""
    NOT_A_FEATURE = "not_a_feature"
    NOT_A_POLYGON = "not_a_polygon"              # the geometry's type
    EMPTY = "empty"
    TOO_FEW_POINTS = "too_few_points"            # points in the ring
    SELF_INTERSECTING = "self_intersecting"      # lon, lat of the crossing
    OUTSIDE_CHINA = "outside_china"              # lon, lat of the point
    UNKNOWN_COMMUNITY = "unknown_community"      # the code or name
    NO_KEY = "no_key"
    TWICE = "twice"                              # the community, the earlier feature's number


@dataclass(frozen=True)
class BoundaryProblem:
    number: int            # the feature's position in the file, from 1
    label: str             # its code or name as the file gives it ("" when it gives none)
    code: BoundaryCode
    values: tuple[str, ...] = ()


@dataclass
class BoundaryPlan:
    """What a file would write: each matched community's shape, or the problems refusing it."""
    features: int = 0
    shapes: dict[int, MultiPolygon] = field(default_factory=dict)
    problems: list[BoundaryProblem] = field(default_factory=list)
    converted_from: str = ""     # the projection converted on reading ("" when none was)


@dataclass(frozen=True)
class BoundaryResult:
    features: int
    added: int
    updated: int
    unchanged: int
    written: bool


def refuse(code: MapRefusal, what: str) -> CanvassError:
    return CanvassError(f"boundary file refused ({code.value}): {what}", code, what=what)


def read_geojson(raw: bytes, name: str) -> tuple[list[Any], str]:
    """The features of a FeatureCollection and the projection they are to be read in."""
    lower = name.lower()
    if lower.endswith((".shx", ".dbf", ".prj", ".zip")):
        raise refuse(MapRefusal.SHAPEFILE, lower.rsplit(".", 1)[-1])
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise refuse(MapRefusal.UNREADABLE, "not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise refuse(MapRefusal.UNREADABLE, f"not JSON (line {error.lineno})") from None
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection" \
            or not isinstance(document.get("features"), list):
        kind = document.get("type") if isinstance(document, dict) else type(document).__name__
        raise refuse(MapRefusal.NOT_GEOJSON, str(kind or "?"))
    return list(document["features"]), crs_conversion(_crs_name(document.get("crs")))


def crs_conversion(crs: str) -> str:
    """The projection a file's coordinates are converted from ("" for WGS-84, or none named);
    any other projection refuses the file, named (a GeoJSON `crs`, a shapefile's .prj)."""
    if crs and crs.lower() not in WGS84 | WEB_MERCATOR:
        raise refuse(MapRefusal.WRONG_CRS, crs)
    return "EPSG:3857" if crs.lower() in WEB_MERCATOR else ""


def _crs_name(crs: Any) -> str:
    if not isinstance(crs, dict):
        return ""
    properties = crs.get("properties")
    if isinstance(properties, dict):
        return str(properties.get("name") or properties.get("href") or "")
    return str(crs.get("type") or "")


def _label(properties: dict[str, Any], keys: Sequence[str]) -> str:
    for key in keys:
        value = properties.get(key)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _polygons(geometry: Any) -> tuple[list[Any] | None, str]:
    if not isinstance(geometry, dict):
        return None, "null"
    kind = str(geometry.get("type"))
    coordinates = geometry.get("coordinates")
    if kind == "Polygon" and isinstance(coordinates, list):
        return [coordinates], kind
    if kind == "MultiPolygon" and isinstance(coordinates, list):
        return coordinates, kind
    return None, kind


def shape_problems(polygons: list[Any], mercator: bool
                   ) -> tuple[MultiPolygon, list[tuple[BoundaryCode, tuple[str, ...]]]]:
    """The shape in degrees and what is wrong with it (nothing: an empty list)."""
    shape: MultiPolygon = []
    problems: list[tuple[BoundaryCode, tuple[str, ...]]] = []
    try:
        for polygon in polygons:
            rings = []
            for points in polygon:
                ring = open_ring(points)
                if mercator:
                    ring = [from_web_mercator(x, y) for x, y in ring]
                rings.append(ring)
            if rings:
                shape.append(rings)
    except (TypeError, ValueError, IndexError, OverflowError):
        return [], [(BoundaryCode.NOT_A_POLYGON, ("?",))]
    if not shape or not any(ring for polygon in shape for ring in polygon):
        return [], [(BoundaryCode.EMPTY, ())]
    for polygon in shape:
        for ring in polygon:
            if len(set(ring)) < 3:
                problems.append((BoundaryCode.TOO_FEW_POINTS, (str(len(set(ring))),)))
                continue
            far = outside_china(ring)
            if far is not None:
                problems.append((BoundaryCode.OUTSIDE_CHINA, (f"{far[0]:.5f}", f"{far[1]:.5f}")))
                continue
            crossing = self_intersection(ring)
            if crossing is not None:
                problems.append((BoundaryCode.SELF_INTERSECTING,
                                 (f"{crossing[0]:.5f}", f"{crossing[1]:.5f}")))
            elif area(ring) == 0:   # every point on one line
                problems.append((BoundaryCode.TOO_FEW_POINTS, (str(len(set(ring))),)))
    return shape, problems


def plan_boundaries(session: Session, features: Iterable[Any], converted_from: str = ""
                    ) -> BoundaryPlan:
    """Match and check every feature against the communities (200 rows: read whole)."""
    by_code: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for ident, code, name in session.execute(select(Community.id, Community.code, Community.name)):
        by_code[str(code)] = int(ident)
        by_name[str(name)] = int(ident)
    plan = BoundaryPlan(converted_from=converted_from)
    seen: dict[int, int] = {}
    for number, feature in enumerate(features, start=1):
        plan.features += 1
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            plan.problems.append(BoundaryProblem(number, "", BoundaryCode.NOT_A_FEATURE))
            continue
        given = feature.get("properties")
        properties: dict[str, Any] = given if isinstance(given, dict) else {}
        code, name = _label(properties, CODE_KEYS), _label(properties, NAME_KEYS)
        label = code or name

        def note(problem: BoundaryCode, *values: str, label: str = label,
                 number: int = number) -> None:
            plan.problems.append(BoundaryProblem(number, label, problem, tuple(values)))

        community = by_code.get(code) if code else None
        if community is None and name:
            community = by_name.get(name)
        if not label:
            note(BoundaryCode.NO_KEY)
        elif community is None:
            note(BoundaryCode.UNKNOWN_COMMUNITY, label)
        elif community in seen:
            note(BoundaryCode.TWICE, label, str(seen[community]))
        polygons, kind = _polygons(feature.get("geometry"))
        if polygons is None:
            note(BoundaryCode.NOT_A_POLYGON, kind)
            continue
        shape, problems = shape_problems(polygons, bool(converted_from))
        for problem, values in problems:
            note(problem, *values)
        if community is not None and community not in seen and not problems:
            seen[community] = number
            plan.shapes[community] = shape
    return plan


def shape_text(shape: MultiPolygon) -> str:
    """The stored form: GeoJSON MultiPolygon coordinates, compact."""
    return json.dumps([[closed(ring) for ring in polygon] for polygon in shape],
                      separators=(",", ":"))


def parse_shape(text: str) -> MultiPolygon:
    return [[open_ring(ring) for ring in polygon] for polygon in json.loads(text)]


def write_boundaries(session: Session, plan: BoundaryPlan, dry_run: bool) -> BoundaryResult:
    """Each community's shape added or replaced (unchanged ones left alone), in the caller's
    transaction; nothing at all when the plan has problems or this is a dry run."""
    existing = {row.community_id: row for row in session.scalars(
        select(CommunityBoundary).where(CommunityBoundary.community_id.in_(list(plan.shapes))))}
    added = updated = unchanged = 0
    write = not dry_run and not plan.problems
    for community_id, shape in plan.shapes.items():
        text = shape_text(shape)
        min_lon, min_lat, max_lon, max_lat = bounding_box(parse_shape(text))
        row = existing.get(community_id)
        if row is not None and row.shape == text:
            unchanged += 1
            continue
        if row is None:
            added += 1
            if write:
                session.add(CommunityBoundary(community_id=community_id, shape=text,
                                              min_lon=min_lon, min_lat=min_lat,
                                              max_lon=max_lon, max_lat=max_lat))
        else:
            updated += 1
            if write:
                row.shape, row.min_lon, row.min_lat = text, min_lon, min_lat
                row.max_lon, row.max_lat = max_lon, max_lat
    if write:
        session.flush()
    return BoundaryResult(plan.features, added, updated, unchanged, write and (added + updated) > 0)


POINT_SEPARATORS = re.compile(r"[;；\n]+")


def outline_polygons(text: str) -> tuple[list[Any] | None, str]:
    """The polygons an outline written in one cell gives (the district workbook's 社区边界):
    a GeoJSON geometry (Polygon or MultiPolygon, as the export writes it), or one ring as
    "lon,lat; lon,lat; …" (semicolons or lines between the points). None and the geometry's
    type (or "text" when it is neither) when it is no area."""
    text = text.strip()
    if text.startswith("{"):
        try:
            geometry = json.loads(text)
        except json.JSONDecodeError:
            return None, "text"
        return _polygons(geometry)
    ring: list[list[float]] = []
    for point in POINT_SEPARATORS.split(text):
        if not point.strip():
            continue
        parts = point.replace("，", ",").split(",")
        try:
            lon, lat = (float(part) for part in parts)
        except ValueError:
            return None, "text"
        ring.append([lon, lat])
    return [[ring]], "Polygon"


def geometry_text(shape_text: str) -> str:
    """A stored outline as one cell's GeoJSON geometry (a Polygon when it is one, else a
    MultiPolygon): what `outline_polygons` reads back unchanged."""
    polygons = json.loads(shape_text)
    geometry = {"type": "Polygon", "coordinates": polygons[0]} if len(polygons) == 1 \
        else {"type": "MultiPolygon", "coordinates": polygons}
    return json.dumps(geometry, separators=(",", ":"))
