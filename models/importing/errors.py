"""Why a file was refused before any row was looked at."""
from __future__ import annotations

from models.errors import CanvassError


class UnreadableFile(CanvassError):
    """The file cannot be read as a register: wrong format, damaged, absurdly large, too slow.

    Nothing was written; the message says what to do."""


class ImportCancelled(CanvassError):
    """The person cancelled: the transaction was rolled back, nothing was written."""
