"""A contact-tracing list into the case board and the door-to-door lists, in one transaction.

Each row names a close contact of a source case. A person the register has gets a close-contact
case linked to the source (their open case, when they have one, is linked instead: never a
second case); a person it does not have is added as a person to find, at the door the list gives
(a new household when the register has no such door), so that the gap list and the knock list
send a team, and gets the same linked case; a row naming several persons is held for a person to
decide. The case rules are the case board's own (models/cases/contacts.py), so a list is
checked exactly as a clerk's entry is.

Everything runs in the caller's session: the controller commits it only when the result says
`written`: not a dry run, and no row refused unless the person chose to skip refused rows. A list
taken twice changes nothing the second time (the same persons are found, their links exist).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models.accounts.audit import Actor, entry
from models.cases.contacts import add_contact_person, link_contact_cases
from models.cases.exposure import trace_window
from models.cases.refusals import CaseRefusal
from models.cases.workflow import CaseMoveRefused, open_case_of
from models.communities.door_findings import count_register
from models.db.savepoints import begin_outer, savepoint
from models.enums import CaseCategory, PersonOrigin
from models.importing.readers import RegisterFile
from models.intake.columns import Mapping as Columns
from models.intake.matching import (
    Known,
    Match,
    MatchBy,
    Register,
    already_linked,
    candidates,
    match,
)
from models.intake.places import Located, NotLocated, Places
from models.intake.problems import IntakeCode, IntakeProblem, IntakeRefused
from models.intake.refusals import IntakeRefusal
from models.intake.results import (
    NEW_PERSON,
    IntakeOptions,
    IntakeResult,
    Outcome,
    RowResult,
    chain_of,
)
from models.intake.rows import ContactRow, RowChecker
from models.schema.accounts import AuditEntry
from models.schema.cases import Case
from models.schema.register import Household, Person

INFECTIOUS = frozenset({CaseCategory.CONFIRMED.value, CaseCategory.SUSPECTED.value})


def check_source_case(session: Session, case_id: int) -> tuple[IntakeCode, tuple[str, ...]] | None:
    """Why `case_id` cannot be a source case (none, or not confirmed or suspected), or None."""
    category = session.scalar(select(Case.category).where(Case.id == case_id))
    if category is None:
        return IntakeCode.SOURCE_CASE_UNKNOWN, (str(case_id),)
    value = getattr(category, "value", str(category))
    if value not in INFECTIOUS:
        return IntakeCode.SOURCE_CASE_NOT_INFECTIOUS, (str(case_id), value)
    return None


@dataclass
class _Intake:
    """The state of one list inside its transaction."""
    session: Session
    options: IntakeOptions
    user_id: int | None
    result: IntakeResult
    places: Places
    register: Register = field(default_factory=Register)
    windows: dict[int, tuple[IntakeCode, tuple[str, ...]] | date] = field(default_factory=dict)

    def note(self, row: int, column: str, code: IntakeCode, *values: object) -> None:
        self.result.problems.append(IntakeProblem(row, column, code,
                                                  tuple(str(v) for v in values)))

    def source(self, case_id: int) -> tuple[IntakeCode, tuple[str, ...]] | date:
        """The source case's refusal, or the first day of its exposure window."""
        if case_id not in self.windows:
            refused = check_source_case(self.session, case_id)
            window = trace_window(self.session, case_id, self.options.now)
            self.windows[case_id] = refused or (window.since.date() if window else date.min)
        return self.windows[case_id]

    def take(self, row: ContactRow, columns: RowChecker) -> RowResult:
        assert row.source_case is not None   # the checker refuses a row without one
        source = row.source_case
        known = self.source(source)
        if not isinstance(known, date):
            self.note(row.row, columns.column("source_case"), known[0], *known[1])
            return RowResult(row.row, row.name, Outcome.REFUSED, source)
        if row.last_contact is not None and row.last_contact < known:
            self.note(row.row, columns.column("last_contact"), IntakeCode.CONTACT_BEFORE_WINDOW,
                      row.last_contact.isoformat(), known.isoformat(), source)
            return RowResult(row.row, row.name, Outcome.REFUSED, source)
        located = self.places.locate(row.address, row.community) if row.address else None
        households = located.households if isinstance(located, Located) else ()
        found = match(self.session, self.register, row, households)
        decided = self.options.decisions.get(row.row)
        if decided is not None and ((decided == NEW_PERSON and not found.conflict)
                                    or self.session.get(Person, decided) is not None):
            if decided == NEW_PERSON:
                return self.to_find(row, source, located, columns)
            return self.contact(row, source, MatchBy.CHOSEN, decided)
        person = found.person
        if found.held:
            person = already_linked(self.session, source, found.persons)
            if person is None:
                return self.hold(row, source, found)
        if person is not None:
            assert found.by is not None
            return self.contact(row, source, found.by, person.id)
        return self.to_find(row, source, located, columns)

    def hold(self, row: ContactRow, source: int, found: Match) -> RowResult:
        if found.conflict:
            self.note(row.row, "", IntakeCode.HELD_ID_CONFLICT, found.conflict)
        else:
            self.note(row.row, "", IntakeCode.HELD_SEVERAL, len(found.persons))
        return RowResult(row.row, row.name, Outcome.HELD, source, found.by,
                         candidates=candidates(self.session, found.persons,
                                               self.options.sees_full))

    def contact(self, row: ContactRow, source: int, by: MatchBy, person_id: int) -> RowResult:
        """Open the person's close-contact case, or link their open one."""
        existing = open_case_of(self.session, person_id)
        if existing is not None and existing.id == source:
            self.note(row.row, "", IntakeCode.CONTACT_IS_SOURCE, source)
            return RowResult(row.row, row.name, Outcome.REFUSED, source, by, person_id)
        if existing is None:
            case = add_contact_person(self.session, source, person_id, row.relation,
                                      row.last_contact, self.options.now, self.user_id)
            return RowResult(row.row, row.name, Outcome.OPENED, source, by, person_id, case.id)
        try:
            link_contact_cases(self.session, source, existing.id, row.relation,
                               row.last_contact, self.options.now.date())
        except CaseMoveRefused as refused:
            if refused.code is not CaseRefusal.CONTACT_DUPLICATE:
                raise
            return RowResult(row.row, row.name, Outcome.ALREADY, source, by, person_id,
                             existing.id)
        return RowResult(row.row, row.name, Outcome.LINKED, source, by, person_id, existing.id)

    def to_find(self, row: ContactRow, source: int, located: Located | NotLocated | None,
                columns: RowChecker) -> RowResult:
        """A person the register does not have: added at their door, to be found."""
        if not row.name:
            self.note(row.row, columns.column("name"), IntakeCode.NO_IDENTITY)
            return RowResult(row.row, row.name, Outcome.REFUSED, source)
        if not isinstance(located, Located):
            column = columns.column("address")
            if located is None:
                self.note(row.row, column, IntakeCode.NO_ADDRESS)
            elif located.ambiguous:
                self.note(row.row, column, IntakeCode.ADDRESS_AMBIGUOUS, row.address,
                          "、".join(located.ambiguous))
            else:
                self.note(row.row, column, IntakeCode.ADDRESS_OUTSIDE, row.address)
            return RowResult(row.row, row.name, Outcome.REFUSED, source)
        household_id = located.households[0] if located.households else None
        if household_id is None:
            place = located.place
            household = Household(community_id=located.community_id, building=place.building,
                                  unit=place.unit, door=place.door, address=place.address)
            self.session.add(household)
            self.session.flush()
            household_id = household.id
            self.places.remember(located.community_id, place, household_id)
            self.note(row.row, columns.column("address"), IntakeCode.ADDRESS_NOT_LISTED,
                      row.address)
        person = Person(household_id=household_id, community_id=located.community_id,
                        name=row.name, resident_id=row.resident_id,
                        resident_id_reversed=row.resident_id[::-1] if row.resident_id else None,
                        sex=row.sex, birth_date=row.birth_date, phone=row.phone,
                        origin=PersonOrigin.INTAKE, to_find=True)
        self.session.add(person)
        self.session.flush()
        count_register(self.session, located.community_id, int(not located.households), 1)
        self.register.add(Known(person.id, person.name, person.resident_id, person.phone))
        case = add_contact_person(self.session, source, person.id, row.relation,
                                  row.last_contact, self.options.now, self.user_id)
        return RowResult(row.row, row.name, Outcome.TO_FIND, source, None, person.id, case.id)


def take_contact_list(session: Session, contacts: RegisterFile, columns: Columns,
                      options: IntakeOptions, actor: Actor,
                      progress: Callable[[float], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> IntakeResult:
    """Check every row, then take each in turn (a savepoint per row: a row refused halfway
    leaves nothing behind); the result says what happened to each and what the caller may
    commit."""
    if options.source_case is not None:
        refused = check_source_case(session, options.source_case)
        if refused is not None and refused[0] is IntakeCode.SOURCE_CASE_UNKNOWN:
            raise IntakeRefused(f"there is no case {options.source_case}",
                                IntakeRefusal.SOURCE_CASE_UNKNOWN, case=options.source_case)
        if refused is not None:
            raise IntakeRefused(f"case {options.source_case} is {refused[1][1]}",
                                IntakeRefusal.SOURCE_CASE_NOT_INFECTIOUS,
                                case=options.source_case, category=refused[1][1])
    begin_outer(session)
    result = IntakeResult(contacts.path.name, dry_run=options.dry_run, skip_bad=options.skip_bad)
    checker = RowChecker(contacts.headers, columns, options.now.date(), options.source_case)
    rows: list[ContactRow] = []
    for number, cells in contacts.rows:
        row, problems = checker.check(number, cells)
        result.problems.extend(problems)
        if row is not None:
            rows.append(row)
        elif problems:
            result.rows.append(RowResult(number, checker.name_of(cells), Outcome.REFUSED,
                                         options.source_case))
        else:
            result.empty_rows += 1
    intake = _Intake(session, options, actor.user_id, result, Places(session),
                     Register.read(session, rows))
    for done, row in enumerate(rows, 1):
        with savepoint(session):
            result.rows.append(intake.take(row, checker))
        if progress is not None and done % 25 == 0:
            progress(done / max(len(rows), 1))
        if cancelled is not None and cancelled():
            raise IntakeRefused("the intake was cancelled; nothing was written",
                                IntakeRefusal.CANCELLED)
    result.rows.sort(key=lambda r: r.row)
    result.written = not options.dry_run and not result.refused
    if result.written:   # a dry run's cases are rolled back: their numbers would mislead
        result.chain = chain_of(session, sorted({r.source_case_id for r in result.rows
                                                 if r.source_case_id is not None
                                                 and r.outcome is not Outcome.REFUSED}))
    if result.written:
        session.execute(insert(AuditEntry), [entry(actor, "intake", "contact_link", None, {
            "file": result.file, **result.counts()})])
    if progress is not None:
        progress(1.0)
    return result
