"""`canvass setup boundaries FILE.geojson|FILE.shp [--dry-run]`: the communities' outlines for
the map, from GeoJSON or a shapefile (its .dbf, .shx, .prj beside it).

One line per problem on stdout (the feature's number and code or name, what is wrong, what to
do), then the counts; a refusal is one line on stderr. Exit codes: 0 written (or a clean dry
run), 1 refused for its shapes (nothing written), 2 a file that cannot be read as GeoJSON or a
shapefile (or a shapefile without its .dbf), or is in a projection Canvass does not convert (the line names it), 3 the database cannot be used.
Run as the signed-in user: a role that may set up the district, named in the audit log.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from controllers.commands.output import EXIT_OK, EXIT_REFUSED, existing_database, fail, fail_with
from controllers.commands.signing_in import command_user
from controllers.map.boundaries import import_boundaries, read_boundary_file
from controllers.map.texts import (
    CONVERTED,
    COUNTS,
    DRY_RUN,
    NO_CHANGE,
    REFUSALS,
    WRITTEN,
    WROTE,
    located,
    refusal_sentence,
    translated,
)
from models.errors import CanvassError
from models.map.refusals import MapRefusal


def import_boundary_file(args: argparse.Namespace) -> int:
    """The file is read before the database is opened: no database is started for a typo."""
    path: Path = args.file.expanduser()
    try:
        raw = read_boundary_file(path)
    except CanvassError as error:
        return fail_with(refusal_sentence(error, path.name), error)
    # Outlines are drawn around communities that exist: a mistyped location is said, never
    # made into a new empty database.
    database = existing_database(args.db)
    if isinstance(database, str):
        return fail(database)
    try:
        user = command_user(database, args)
        outcome = import_boundaries(database, user, raw, path.name, dry_run=args.dry_run)
    except CanvassError as error:
        return fail_with(refusal_sentence(error, path.name), error)
    finally:
        database.dispose()
    plan, result = outcome.plan, outcome.result
    for problem in plan.problems:
        print(located(problem))
    if plan.converted_from:
        print(translated(CONVERTED, plan.converted_from))
    print(translated(WROTE if result.written else COUNTS, result.features, result.added, result.updated, result.unchanged))
    if outcome.refused:
        print("canvass: " + translated(REFUSALS[MapRefusal.SHAPES_REFUSED], path.name,
                                       len(plan.problems)), file=sys.stderr)
        return EXIT_REFUSED
    if args.dry_run:
        print(translated(DRY_RUN))
    else:
        print(translated(WRITTEN if result.written else NO_CHANGE))
    return EXIT_OK
