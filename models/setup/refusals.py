"""Why a district workbook was refused whole, before or while it was written: the codes
controllers/setup/problem_text.py words. (A problem of one cell or row is a SetupProblem,
models/setup/problems.py: a workbook has many of those at once.)"""
from __future__ import annotations

from models.errors import Refusal


class SetupRefusal(Refusal):
    NO_FILE = "setup_no_file"                            # what: the path
    NOT_A_WORKBOOK = "setup_not_xlsx"                    # what: the file's suffix
    LOOKS_LIKE_REGISTER = "setup_looks_like_register"    # what: the headers that gave it away
    LOOKS_LIKE_REPORT = "setup_looks_like_report"        # what: the sheet's name
    UNKNOWN_SHAPE = "setup_unknown_shape"                # what: the sheets it has
    UNREADABLE = "setup_unreadable"                      # what: why
    RACED = "setup_raced"                                # another workstation wrote meanwhile
