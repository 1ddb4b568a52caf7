"""The validation report: one line per problem (row, column, problem, value), saved as .xlsx
so the clerk can open it beside the register, fix the rows in Excel and import again.

The words are the caller's (controllers/register/import_problems.py words them in the reader's
language); the rows, columns and values are the file's own, so each line points at a cell."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from models.importing.validate import Problem
from models.importing.xlsx import XlsxWriter


def write_report(path: Path | str, problems: Iterable[Problem], headings: Sequence[str],
                 sentence: Callable[[Problem], str], blocks: Callable[[bool], str],
                 not_listed: str = "") -> Path:
    """Write the report: `headings` for row, column, problem, value, blocks the import, code;
    `sentence(problem)` its words, `blocks(blocking)` yes or no; `not_listed`, when given, a
    last line saying how many problems were left out. Values (IDs included) are text cells so
    Excel shows them as read."""
    path = Path(path)
    with XlsxWriter(path, "Validation", list(headings)) as sheet:
        for problem in sorted(problems, key=lambda p: p.row):
            sheet.row([problem.row, problem.column, sentence(problem), problem.value,
                       blocks(problem.blocking), problem.code])
        if not_listed:
            sheet.row(["", "", not_listed, "", "", "truncated"])
    return path
