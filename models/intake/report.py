"""The intake's report: what became of each row of the contact-tracing list (opened, linked, to
find, held with its candidates, refused with why), then every case on the source cases' contact
chains. Saved as .xlsx beside the list, for the contact-tracing group and for the person who
decides the held rows; the words come in already translated (the controller's)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models.importing.xlsx import XlsxWriter
from models.intake.problems import IntakeProblem
from models.intake.results import ChainEntry, IntakeResult, RowResult

HEADERS = ["行 Row", "姓名 Name", "结果 Outcome", "匹配 Match", "可信度 Confidence",
           "源病例 Source case", "病例 Case", "人员 Person", "说明 Detail"]
CHAIN_HEADERS = ["传播链 Contact chain", "代 Depth", "病例 Case", "姓名 Name", "类别 Category",
                 "状态 Status", "关系 Relation", "接触自 Exposed to"]


@dataclass(frozen=True)
class ReportWords:
    """How the report words what it lists, in the reader's language."""
    row: Callable[[RowResult], tuple[str, str, str]]      # outcome, match, confidence
    problem: Callable[[IntakeProblem], str]
    candidate: Callable[[RowResult], list[str]]          # one line per candidate
    chain: Callable[[ChainEntry], tuple[str, str]]        # category, status


def write_intake_report(path: Path | str, result: IntakeResult, words: ReportWords) -> Path:
    path = Path(path)
    problems: dict[int, list[str]] = {}
    for problem in result.problems:
        problems.setdefault(problem.row, []).append(words.problem(problem))
    with XlsxWriter(path, "流调名单 Intake", HEADERS) as sheet:
        for row in result.rows:
            outcome, matched, confidence = words.row(row)
            sheet.row([row.row, row.name, outcome, matched, confidence,
                       row.source_case_id or "", row.case_id or "", row.person_id or "",
                       "；".join(problems.get(row.row, []))])
            for line in words.candidate(row):
                sheet.row(["", "", "", "", "", "", "", "", line])
        if result.chain:
            sheet.row([])
            sheet.row(CHAIN_HEADERS)
            for link in result.chain:
                category, status = words.chain(link)
                sheet.row(["", link.depth, link.case_id, link.name, category, status,
                           link.relation, link.source_case_id or ""])
    return path
