"""Why a boundary file was refused whole: the codes controllers/map/texts.py words (`what`: the
file's name, the projection it names, or why it cannot be read). A problem of one shape is a
BoundaryProblem (models/map/boundaries.py): a file has many of those at once."""
from __future__ import annotations

from models.errors import Refusal


class MapRefusal(Refusal):
    NO_FILE = "map_no_file"                    # what: the path
    UNREADABLE = "map_unreadable"              # what: why (not UTF-8, not JSON)
    NOT_GEOJSON = "map_not_geojson"            # what: what the file holds instead
    SHAPEFILE = "map_shapefile"                # what: the suffix of a shapefile's other part
    SHAPEFILE_PART_MISSING = "map_shapefile_part"  # what: the missing part's suffix (.dbf)
    NOT_A_SHAPEFILE = "map_not_shapefile"      # what: why pyshp cannot read it
    WRONG_CRS = "map_wrong_crs"                # what: the projection the file names
    SHAPES_REFUSED = "map_shapes_refused"      # what: how many problems
