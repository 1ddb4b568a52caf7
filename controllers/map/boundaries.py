"""`canvass setup boundaries FILE`: community outlines from a GeoJSON file or a shapefile (the
.shp named, its .dbf, .shx, .prj and .cpg found beside it), all or nothing.

Run by a role that may set up the district (master data), in one transaction audited under the
user: every outline added or replaced, or — one problem in the file — none (models/map/boundaries.py
checks them all first and lists every problem).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session, user_session
from models.accounts.permissions import Permission
from models.db.database import Database
from models.map.boundaries import (
    BoundaryPlan,
    BoundaryResult,
    plan_boundaries,
    read_geojson,
    refuse,
    write_boundaries,
)
from models.map.refusals import MapRefusal
from models.map.shapefile import ShapefileParts, read_shapefile


@dataclass(frozen=True)
class BoundaryImport:
    plan: BoundaryPlan
    result: BoundaryResult

    @property
    def refused(self) -> bool:
        return bool(self.plan.problems)


def read_boundary_file(path: Path) -> bytes | ShapefileParts:
    """The file's bytes (a shapefile's: its parts'), or the one refusal that says why not."""
    if not path.is_file():
        raise refuse(MapRefusal.NO_FILE, str(path))
    if path.suffix.lower() != ".shp":
        return _read(path)
    dbf = _beside(path, ".dbf")
    if dbf is None:
        raise refuse(MapRefusal.SHAPEFILE_PART_MISSING, ".dbf")
    shx, prj, cpg = (_beside(path, suffix) for suffix in (".shx", ".prj", ".cpg"))
    return ShapefileParts(_read(path), _read(dbf), *(None if part is None else _read(part)
                                                     for part in (shx, prj, cpg)))


def _beside(path: Path, suffix: str) -> Path | None:
    """The shapefile's part of that suffix, spelt in lower or upper case."""
    for spelt in (suffix, suffix.upper()):
        candidate = path.with_suffix(spelt)
        if candidate.is_file():
            return candidate
    return None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise refuse(MapRefusal.UNREADABLE, error.strerror or str(error)) from None


@action(Permission.SET_UP_DISTRICT)
def import_boundaries(database: Database, user: SignedInUser, raw: bytes | ShapefileParts,
                      name: str, dry_run: bool = False) -> BoundaryImport:
    """Check the file; write it unless a problem refuses it or this is a dry run."""
    features, converted_from = read_shapefile(raw) if isinstance(raw, ShapefileParts) \
        else read_geojson(raw, name)
    if dry_run:
        with read_session(database) as session:
            plan = plan_boundaries(session, features, converted_from)
            return BoundaryImport(plan, write_boundaries(session, plan, dry_run=True))
    with user_session(database, user) as session:
        plan = plan_boundaries(session, features, converted_from)
        result = write_boundaries(session, plan, dry_run=False)
    return BoundaryImport(plan, result)
