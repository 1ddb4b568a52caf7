"""The validation report: one line per problem (row, column, problem, value), saved as .xlsx
so the clerk can open it beside the register, fix the rows in Excel and import again."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from models.importing.validate import Problem
from models.importing.xlsx import XlsxWriter

HEADERS = ["行 Row", "列 Column", "问题 Problem", "值 Value", "阻止导入 Blocks import", "代码 Code"]


def write_report(path: Path | str, problems: Iterable[Problem], dropped: int = 0) -> Path:
    """Write the report; values (IDs included) are text cells so Excel shows them as read."""
    path = Path(path)
    with XlsxWriter(path, "Validation", HEADERS) as sheet:
        for problem in sorted(problems, key=lambda p: p.row):
            sheet.row([problem.row, problem.column, problem.message, problem.value,
                       "是 yes" if problem.blocking else "否 no", problem.code])
        if dropped:
            sheet.row(["", "", f"{dropped:,} more problems were not listed; fix these and "
                               "import again to see them.", "", "", "truncated"])
    return path
