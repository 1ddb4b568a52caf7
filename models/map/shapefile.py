"""Community boundaries from an ESRI shapefile (pyshp): its polygons become the same features a
GeoJSON file gives, checked and written by models/map/boundaries.py exactly as those are.

The .shp comes with its .dbf (the attributes that name each community: a `code` or `name`
field, 社区编码 / 社区名称 too), its .shx (optional: pyshp reads without it) and its .prj. The
.prj's WKT says the projection: geographic WGS-84 is read as is, Web Mercator converted, any
other refused by the GeoJSON path's own check, named as the .prj names it. Without a .prj the
coordinates are read as WGS-84 (as a GeoJSON file without `crs`): a projected file then fails
the outside-China check, shape by shape. The .dbf's text is read in the encoding its .cpg
names, else UTF-8, else GBK (the Chinese exports of older GIS programs).
"""
from __future__ import annotations

import io
import logging
import re
import struct
from dataclasses import dataclass
from typing import Any

import shapefile

from models.map.boundaries import crs_conversion, refuse
from models.map.refusals import MapRefusal

# pyshp's types for polygons: plain, with Z, with M.
POLYGON_TYPES = frozenset({shapefile.POLYGON, shapefile.POLYGONZ, shapefile.POLYGONM})
FALLBACK_ENCODING = "gbk"
# pyshp logs a warning for an outline drawn counter-clockwise (a hole by the format's letter,
# which it reads as an outline all the same, as Canvass wants): not a line for the command's
# stderr nor the log. Its errors still come through.
logging.getLogger("shapefile").setLevel(logging.ERROR)
_QUOTED = r'"([^"]*)"'


@dataclass(frozen=True)
class ShapefileParts:
    """A shapefile's files, read: the .shp and those found beside it (None: not there)."""
    shp: bytes
    dbf: bytes | None
    shx: bytes | None = None
    prj: bytes | None = None
    cpg: bytes | None = None


def prj_crs(prj: bytes | None) -> str:
    """The projection a .prj's WKT names, as the GeoJSON check knows them ("EPSG:4326",
    "EPSG:3857"), else the WKT's own name for it; "" without a .prj."""
    if prj is None:
        return ""
    wkt = prj.decode("utf-8", errors="replace").strip()
    if not wkt:
        return ""
    compact = wkt.replace(" ", "").lower()
    epsg = re.findall(r'authority\["epsg",\"?(\d+)\"?\]', compact)
    if wkt.upper().startswith(("PROJCS", "PROJCRS")):
        mercator = ("pseudo-mercator", "pseudo_mercator", "auxiliary_sphere",
                    "popular_visualisation", "web_mercator")
        if (epsg and epsg[-1] in ("3857", "900913", "102100")) \
                or any(word in compact for word in mercator):
            return "EPSG:3857"
    elif wkt.upper().startswith(("GEOGCS", "GEOGCRS")):
        datum = re.search(r'datum\[' + _QUOTED, compact)
        if (epsg and epsg[-1] == "4326") or (datum and datum.group(1) in ("d_wgs_1984",
                                                                         "wgs_1984")):
            return "EPSG:4326"
    named = re.match(r'\s*\w+\[' + _QUOTED, wkt)
    return named.group(1) if named else wkt.split("[", 1)[0][:60]


def _encoding(parts: ShapefileParts) -> str | None:
    if parts.cpg is None:
        return None
    name = parts.cpg.decode("ascii", errors="replace").strip().lower()
    return {"936": "gbk", "cp936": "gbk", "65001": "utf-8"}.get(name, name) or None


def read_shapefile(parts: ShapefileParts) -> tuple[list[Any], str]:
    """GeoJSON-like features of the shapefile and the projection to read them in (the same
    pair `read_geojson` gives): refused whole when the .prj names another projection, when the
    .dbf is missing or when pyshp cannot read it."""
    if parts.dbf is None:
        raise refuse(MapRefusal.SHAPEFILE_PART_MISSING, ".dbf")
    converted_from = crs_conversion(prj_crs(parts.prj))
    named = _encoding(parts)
    tried = [named] if named else ["utf-8", FALLBACK_ENCODING]
    for encoding in tried:
        try:
            return _features(parts, encoding), converted_from
        except LookupError:
            raise refuse(MapRefusal.NOT_A_SHAPEFILE,
                         f"the .cpg names an unknown encoding, {encoding}") from None
        except (shapefile.ShapefileException, UnicodeDecodeError, ValueError, EOFError, OSError,
                struct.error) as error:
            # pyshp says a text it cannot decode as it says a broken file: the next encoding
            # is tried, and the last one's failure is the refusal.
            if encoding != tried[-1]:
                continue
            said = " ".join((str(error) or type(error).__name__).split())
            raise refuse(MapRefusal.NOT_A_SHAPEFILE, said[:200]) from None
    raise AssertionError("unreachable: the last encoding returns or refuses")


def _features(parts: ShapefileParts, encoding: str) -> list[Any]:
    reader = shapefile.Reader(shp=io.BytesIO(parts.shp), dbf=io.BytesIO(parts.dbf or b""),
                              shx=io.BytesIO(parts.shx) if parts.shx is not None else None,
                              encoding=encoding)
    features: list[Any] = []
    with reader:
        for item in reader.iterShapeRecords():
            shape = item.shape
            geometry: Any = None
            if shape.shapeType in POLYGON_TYPES:
                geometry = shape.__geo_interface__
            elif shape.shapeType != shapefile.NULL:
                geometry = {"type": shape.shapeTypeName.title(), "coordinates": None}
            features.append({"type": "Feature", "properties": dict(item.record.as_dict()),
                             "geometry": geometry})
    return features
