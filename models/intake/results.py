"""What became of a contact-tracing list: each row's outcome with how its person was matched,
the options it was taken with, and the source cases' contact chains."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.cases.contacts import contact_chain
from models.intake.matching import CONFIDENCE, Candidate, Confidence, MatchBy
from models.intake.problems import IntakeProblem
from models.schema.cases import Case
from models.schema.register import Person

NEW_PERSON = 0          # a decision for a held row: none of them, a new person to find


class Outcome(StrEnum):
    OPENED = "opened"        # a close-contact case opened for a registered person
    LINKED = "linked"        # the person's open case linked to the source
    ALREADY = "already"      # linked to this source before: the list was seen already
    TO_FIND = "to_find"      # not in the register: added as a person to find, case opened
    HELD = "held"            # several persons, or a contradiction: a person decides
    REFUSED = "refused"      # a problem in the row


@dataclass(frozen=True)
class RowResult:
    row: int
    name: str
    outcome: Outcome
    source_case_id: int | None = None
    match_by: MatchBy | None = None
    person_id: int | None = None
    case_id: int | None = None
    candidates: tuple[Candidate, ...] = ()

    @property
    def confidence(self) -> Confidence | None:
        return CONFIDENCE[self.match_by] if self.match_by is not None else None


@dataclass(frozen=True)
class ChainEntry:
    """A case on a source case's contact chain; depth 0 is the source itself."""
    depth: int
    source_case_id: int | None
    case_id: int
    name: str
    category: str
    status: str
    relation: str


@dataclass(frozen=True)
class IntakeOptions:
    now: datetime
    source_case: int | None = None          # every row's source case, unless the list names one
    dry_run: bool = False
    skip_bad: bool = False
    decisions: Mapping[int, int] = field(default_factory=dict)   # row → person id, NEW_PERSON
    sees_full: bool = False                 # candidates' identifiers unmasked


@dataclass
class IntakeResult:
    file: str = ""
    rows: list[RowResult] = field(default_factory=list)
    problems: list[IntakeProblem] = field(default_factory=list)
    chain: list[ChainEntry] = field(default_factory=list)
    empty_rows: int = 0
    dry_run: bool = False
    skip_bad: bool = False
    written: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)

    def counts(self) -> dict[str, int]:
        return {outcome.value: self.count(outcome) for outcome in Outcome}

    @property
    def refused(self) -> bool:
        """Rows were refused and the person did not choose to skip them: nothing is written."""
        return self.count(Outcome.REFUSED) > 0 and not self.skip_bad

    def held(self) -> list[RowResult]:
        return [row for row in self.rows if row.outcome is Outcome.HELD]


def chain_of(session: Session, sources: list[int]) -> list[ChainEntry]:
    """Every case on the sources' contact chains, each source first."""
    entries: list[ChainEntry] = []
    for source in sources:
        links = contact_chain(session, source)
        ids = [source, *(link.contact_case_id for link in links)]
        shown = {int(i): (str(n), getattr(c, "value", str(c)), getattr(s, "value", str(s)))
                 for i, n, c, s in session.execute(
                     select(Case.id, Person.name, Case.category, Case.status)
                     .join(Person, Person.id == Case.person_id).where(Case.id.in_(ids)))}
        if source in shown:
            entries.append(ChainEntry(0, None, source, *shown[source], ""))
        entries.extend(ChainEntry(link.depth, link.source_case_id, link.contact_case_id,
                                  *shown.get(link.contact_case_id, ("", "", "")), link.relation)
                       for link in links)
    return entries
