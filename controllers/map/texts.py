"""A boundary file's problems and refusals as sentences in the reader's language: the command
line prints them (and the map's screens would show the same). %1, %2: the values."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from controllers.setup.problem_text import fill
from models.errors import CanvassError
from models.map.boundaries import BoundaryCode, BoundaryProblem
from models.map.refusals import MapRefusal
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "BoundaryFile"
C = BoundaryCode

SENTENCES: dict[BoundaryCode, str] = {
    C.NOT_A_FEATURE: QT_TRANSLATE_NOOP("BoundaryFile", "not a GeoJSON Feature: every item of “features” must be one"),
    C.NOT_A_POLYGON: QT_TRANSLATE_NOOP("BoundaryFile", "its geometry is %1, not a Polygon or MultiPolygon: a community's outline is an area"),
    C.EMPTY: QT_TRANSLATE_NOOP("BoundaryFile", "the shape is empty: draw the community's outline or leave the feature out"),
    C.TOO_FEW_POINTS: QT_TRANSLATE_NOOP("BoundaryFile", "a ring has %1 distinct points and no area: an outline needs at least 3 points around an area"),
    C.SELF_INTERSECTING: QT_TRANSLATE_NOOP("BoundaryFile", "the outline crosses itself near %1, %2: correct it in the GIS program (e.g. “fix geometries”)"),
    C.OUTSIDE_CHINA: QT_TRANSLATE_NOOP("BoundaryFile", "the point %1, %2 is outside China: the file is in another projection or has longitude and latitude swapped"),
    C.UNKNOWN_COMMUNITY: QT_TRANSLATE_NOOP("BoundaryFile", "no community has the code or name “%1”: correct the feature's code or name"),
    C.NO_KEY: QT_TRANSLATE_NOOP("BoundaryFile", "the feature has no “code” or “name” property: Canvass cannot tell which community it is"),
    C.TWICE: QT_TRANSLATE_NOOP("BoundaryFile", "community “%1” already has its outline in feature %2: keep one of them"),
}

REFUSALS: dict[MapRefusal, str] = {
    MapRefusal.NO_FILE: QT_TRANSLATE_NOOP("BoundaryFile", "%1 does not exist or is not a file"),
    MapRefusal.UNREADABLE: QT_TRANSLATE_NOOP("BoundaryFile", "%1 cannot be read as GeoJSON: %2"),
    MapRefusal.NOT_GEOJSON: QT_TRANSLATE_NOOP("BoundaryFile", "%1 is not a GeoJSON FeatureCollection (it holds %2): export the boundaries as GeoJSON"),
    MapRefusal.SHAPEFILE: QT_TRANSLATE_NOOP("BoundaryFile", "%1 is part of a shapefile (.%2): name its .shp file, with the .dbf, .shx and .prj beside it (a .zip: unpack it first)"),
    MapRefusal.SHAPEFILE_PART_MISSING: QT_TRANSLATE_NOOP("BoundaryFile", "%1 has no %2 file beside it: the shapefile's attributes (each community's code or name) are in it; copy it next to the .shp"),
    MapRefusal.NOT_A_SHAPEFILE: QT_TRANSLATE_NOOP("BoundaryFile", "%1 cannot be read as a shapefile: %2"),
    MapRefusal.WRONG_CRS: QT_TRANSLATE_NOOP("BoundaryFile", "%1 is in the projection %2; Canvass reads WGS-84 (EPSG:4326) or Web Mercator (EPSG:3857): reproject it, e.g. ogr2ogr -t_srs EPSG:4326"),
    MapRefusal.SHAPES_REFUSED: QT_TRANSLATE_NOOP("BoundaryFile", "%1 was refused for %2 problems: nothing was written. Correct them and import it again."),
}

AT_FEATURE = QT_TRANSLATE_NOOP("BoundaryFile", "feature %1 (%2): %3")
AT_NAMELESS = QT_TRANSLATE_NOOP("BoundaryFile", "feature %1: %2")
COUNTS = QT_TRANSLATE_NOOP("BoundaryFile", "%1 features: %2 outlines to add, %3 to replace, %4 unchanged")
WROTE = QT_TRANSLATE_NOOP("BoundaryFile", "%1 features: %2 outlines added, %3 replaced, %4 unchanged")
CONVERTED = QT_TRANSLATE_NOOP("BoundaryFile", "converted from %1 to WGS-84")
DRY_RUN = QT_TRANSLATE_NOOP("BoundaryFile", "dry run: nothing was written")
WRITTEN = QT_TRANSLATE_NOOP("BoundaryFile", "the outlines were written")
NO_CHANGE = QT_TRANSLATE_NOOP("BoundaryFile", "no change: the database already holds these outlines")


def translated(source: str, *values: object) -> str:
    return fill(QCoreApplication.translate(CONTEXT, source), [str(v) for v in values])


def located(problem: BoundaryProblem) -> str:
    """One line: the feature's number and code or name, then what is wrong and what to do."""
    what = translated(SENTENCES[problem.code], *problem.values)
    if problem.label:
        return translated(AT_FEATURE, problem.number, problem.label, what)
    return translated(AT_NAMELESS, problem.number, what)


def refusal_sentence(error: CanvassError, file_name: str) -> str:
    """The one line refusing the whole file; another error keeps its English message."""
    if not isinstance(error.code, MapRefusal):
        return " ".join(str(error).split())
    return translated(REFUSALS[error.code], file_name, error.params.get("what", ""))
