"""The setup import's validation report: one line per problem, saved as .xlsx beside the
workbook, so the person can fix the rows in Excel with the list open beside them. The
sentences come in already worded (the controller words them in the reader's language)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from models.importing.xlsx import XlsxWriter
from models.setup.problems import SetupProblem

HEADERS = ["工作表 Sheet", "行 Row", "列 Column", "问题 Problem", "值 Value", "阻止导入 Blocks import",
           "代码 Code"]


def write_setup_report(path: Path | str, problems: Iterable[SetupProblem],
                       sentence: Callable[[SetupProblem], str]) -> Path:
    """Write every problem (the blocking ones first, as given); values are text cells."""
    path = Path(path)
    with XlsxWriter(path, "核验报告", HEADERS) as sheet:
        for problem in problems:
            sheet.row([problem.sheet, problem.row or "", problem.column, sentence(problem),
                       problem.value, "是 yes" if problem.blocking else "否 no", problem.code.value])
    return path
