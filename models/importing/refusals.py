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
    NO_DATA_ROWS = "import_no_data_rows"    # row: the header row, with nothing under it
    NOT_TEXT = "import_not_text"            # a .csv holding bytes no text has
    MIXED_ENCODING = "import_mixed_encoding"  # row: the first not in the file's encoding
    FIELD_TOO_LARGE = "import_field_too_large"  # row, limit: a cell or line past any register's
    BAD_CSV = "import_bad_csv"              # row: what Python's csv module cannot split
    CANCELLED = "import_cancelled"          # the person's own choice: the wizard says nothing
