"""A district workbook into the database: read, check everything, then write all or nothing.

Runs in the caller's session (one per user action, audited under the person who imports):
the stored master data is read, the workbook checked against it, the changes planned, and only
when no problem blocks and it is not a dry run are they written. A refused or dry-run import
writes nothing at all; the result says per sheet what was (or would be) added, updated and
left as it was.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from models.accounts.audit import Actor
from models.setup.checks import check_workbook
from models.setup.existing import read_existing
from models.setup.loading import load_plan
from models.setup.parsing import parse_workbook
from models.setup.planning import plan_changes
from models.setup.problems import SetupProblem
from models.setup.reading import WorkbookFile
from models.setup.sheets import SHEETS


@dataclass(frozen=True)
class SetupOptions:
    today: date
    now: datetime
    dry_run: bool = False


@dataclass
class SetupResult:
    counts: dict[str, tuple[int, int, int]]             # sheet key → added, updated, unchanged
    sheet_names: dict[str, str]                         # sheet key → its name in the workbook
    problems: list[SetupProblem] = field(default_factory=list)
    district_changed: bool = False
    dry_run: bool = False
    written: bool = False

    @property
    def refused(self) -> bool:
        return any(problem.blocking for problem in self.problems)

    @property
    def changes(self) -> bool:
        return self.district_changed or any(a or u for a, u, _ in self.counts.values())

    def ordered_problems(self) -> list[SetupProblem]:
        """Blocking problems first, then by sheet (in the workbook's order) and row."""
        order = {spec.key: n for n, spec in enumerate(SHEETS)}
        by_name = {name: order.get(key, -1) for key, name in self.sheet_names.items()}
        return sorted(self.problems, key=lambda p: (not p.blocking, by_name.get(p.sheet, -1),
                                                    p.row))


def import_district(session: Session, book: WorkbookFile, options: SetupOptions, actor: Actor,
                    progress: Callable[[float], None] | None = None) -> SetupResult:
    """Check `book` against the database in `session` and, unless refused or a dry run, write
    it there (the caller commits the session)."""
    def step(share: float) -> None:
        if progress is not None:
            progress(share)

    existing = read_existing(session)
    step(0.2)
    parsed = parse_workbook(book, options.today)
    step(0.4)
    checked = check_workbook(parsed, existing, book.district_name, book.district_code,
                             book.instructions)
    plan = plan_changes(checked, existing, set(book.sheets))
    step(0.5)
    result = SetupResult(plan.counts(), {key: sheet.name for key, sheet in book.sheets.items()},
                         checked.problems, plan.district is not None, options.dry_run)
    if result.refused or options.dry_run or not plan.changes:
        step(1.0)
        return result
    load_plan(session, plan, existing, actor, options.today, options.now, book.path.name)
    result.written = True
    step(1.0)
    return result
