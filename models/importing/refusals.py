"""Why a register file was refused before any row was looked at, or that the person stopped the
import: the codes the import wizard translates (ui/register/import_texts.py)."""
from __future__ import annotations

from models.errors import Refusal


class ImportRefusal(Refusal):
    NO_FILE = "import_no_file"
    UNKNOWN_FORMAT = "import_unknown_format"
    EMPTY_FILE = "import_empty_file"
    BAD_SPREADSHEET = "import_bad_spreadsheet"
    ZIP_BOMB = "import_zip_bomb"
    TOO_MANY_ROWS = "import_too_many_rows"
    TOO_SLOW = "import_too_slow"
    FILE_TOO_LARGE = "import_file_too_large"
    MISSING_COLUMNS = "import_missing_columns"
    NO_HEADER_ROW = "import_no_header_row"  # row: the header row asked for, past the file's end
    CANCELLED = "import_cancelled"          # the person's own choice: the wizard says nothing
