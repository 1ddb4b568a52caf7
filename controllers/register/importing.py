"""Importing a register file: the use case behind the import wizard and `canvass import`.

Runs on whatever thread calls it (the wizard calls it from a task-runner worker) and reports
only through `progress(share)` and `cancelled()`. The mapping the clerk confirmed is remembered
per header row in the data folder, so the same office's next file maps itself.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from controllers.register.import_problems import headings, problem_sentence, write_report
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import actor_of
from models.accounts.permissions import Permission
from models.db.database import Database
from models.importing.columns import Mapping, RememberedMappings, check_complete, mapping_for
from models.importing.errors import ImportCancelled, UnreadableFile
from models.importing.load import ImportOptions, ImportResult, OnExisting, import_register
from models.importing.readers import RegisterFile, open_register
from models.importing.validate import Problem

log = logging.getLogger("canvass.importing")
MAPPINGS_FILE = "import-mappings.json"

__all__ = ["ImportCancelled", "ImportOptions", "ImportResult", "OnExisting", "Problem",
           "RememberedMappings", "UnreadableFile", "headings", "import_file",
           "open_register_file", "problem_sentence", "remembered_mappings", "write_report"]


def remembered_mappings(folder: Path) -> RememberedMappings:
    return RememberedMappings(folder / MAPPINGS_FILE)


@action(Permission.IMPORT_REGISTER)
def open_register_file(database: Database, user: SignedInUser, path: Path | str,
                       memory: RememberedMappings | None = None,
                       header_row: int | None = None) -> tuple[RegisterFile, Mapping]:
    """Open the file (UnreadableFile with a reason) with its column names on `header_row`
    (None: found, under a title row if there is one), and propose a column mapping."""
    register = open_register(path, header_row=header_row)
    return register, mapping_for(register.headers, memory)


@action(Permission.IMPORT_REGISTER)
def import_file(database: Database, user: SignedInUser, register: RegisterFile, mapping: Mapping,
                options: ImportOptions, memory: RememberedMappings | None = None,
                progress: Callable[[float], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Check and load the register; nothing is written unless it may land whole (or the clerk
    chose to skip refused rows)."""
    check_complete(mapping)
    if memory is not None:
        memory.remember(register.headers, mapping)
    log.info("importing %s (dry run: %s, skip refused rows: %s)", register.path,
             options.dry_run, options.skip_invalid)
    result = import_register(database, register, mapping, options, actor_of(user), progress,
                             cancelled)
    log.info("import of %s: %s, committed: %s", register.path.name, result.summary(),
             result.committed)
    return result
