"""Close contacts: who was exposed to whom, followed both ways, and the chain from a case.

A chain is walked one generation per query (the ids of a generation go into one IN list), so a
confirmed case with hundreds of contacts costs a handful of indexed lookups, never a table scan.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.cases.refusals import CaseRefusal
from models.cases.workflow import CaseMoveRefused, clean_reason, open_case
from models.db.savepoints import savepoint
from models.enums import CaseCategory
from models.schema.cases import Case, ContactLink
from models.system_text import SystemText, encode

CHAIN_DEPTH = 4
CHAIN_LIMIT = 500


@dataclass(frozen=True)
class ChainLink:
    """One contact found on the chain: `depth` 1 = exposed to the root case itself."""
    source_case_id: int
    contact_case_id: int
    depth: int
    relation: str


def link_contact(session: Session, source_case_id: int, contact_case_id: int, relation: str,
                 last_exposure: date | None, note: str = "") -> ContactLink:
    """Record that the contact case was exposed to the source case; refuse self-links, loops
    back to an ancestor are allowed (people meet in both directions), duplicates are refused."""
    if source_case_id == contact_case_id:
        raise CaseMoveRefused("A case cannot be its own contact", CaseRefusal.CONTACT_SELF)
    for case_id in (source_case_id, contact_case_id):
        if session.get(Case, case_id) is None:
            raise CaseMoveRefused(f"No case {case_id}", CaseRefusal.NOT_FOUND)
    link = ContactLink(source_case_id=source_case_id, contact_case_id=contact_case_id,
                       relation=clean_reason(relation, False)[:32], last_exposure=last_exposure,
                       note=clean_reason(note, False)[:200])
    try:
        with savepoint(session):
            session.add(link)
            session.flush()
    except IntegrityError as exc:
        raise CaseMoveRefused("These two cases are already linked",
                              CaseRefusal.CONTACT_DUPLICATE) from exc
    return link


def check_last_exposure(last_exposure: date | None, today: date) -> None:
    """An exposure is a meeting that happened: a date after today is a typing slip."""
    if last_exposure is not None and last_exposure > today:
        raise CaseMoveRefused("The exposure date is in the future", CaseRefusal.FUTURE_TIME)


def link_contact_cases(session: Session, source_case_id: int, contact_case_id: int,
                       relation: str, last_exposure: date | None, today: date) -> ContactLink:
    """The contact case was exposed to the source case (both already open)."""
    check_last_exposure(last_exposure, today)
    return link_contact(session, source_case_id, contact_case_id, relation, last_exposure)


def add_contact_person(session: Session, source_case_id: int, person_id: int, relation: str,
                       last_exposure: date | None, at: datetime,
                       user_id: int | None) -> Case:
    """Open a close-contact case for a person from the register and link it to the source, in
    one step; CaseAlreadyOpen if they have one (link that case instead)."""
    check_last_exposure(last_exposure, at.date())
    case = open_case(session, person_id, CaseCategory.CLOSE_CONTACT, at, user_id,
                     encode(SystemText.CLOSE_CONTACT_OF, case=source_case_id))
    link_contact(session, source_case_id, case.id, relation, last_exposure)
    return case


def contact_links(session: Session, case_id: int) -> list[ContactLink]:
    """Links in both directions: whom this case exposed, and to whom it was exposed."""
    return list(session.scalars(select(ContactLink).where(or_(
        ContactLink.source_case_id == case_id, ContactLink.contact_case_id == case_id))
        .order_by(ContactLink.id).limit(CHAIN_LIMIT)))


def contact_chain(session: Session, root_case_id: int, depth: int = CHAIN_DEPTH,
                  limit: int = CHAIN_LIMIT) -> list[ChainLink]:
    """Contacts of the root case, their contacts, and so on, each case once, breadth first."""
    def generation(frontier: list[int]) -> Sequence[Sequence[Any]]:
        return session.execute(
            select(ContactLink.source_case_id, ContactLink.contact_case_id, ContactLink.relation)
            .where(ContactLink.source_case_id.in_(frontier))
            .order_by(ContactLink.source_case_id, ContactLink.contact_case_id)).all()
    return _breadth_first(root_case_id, generation, depth, limit)


def chain_of(root_case_id: int, links: Sequence[tuple[int, int, str]], depth: int = CHAIN_DEPTH,
             limit: int = CHAIN_LIMIT) -> list[ChainLink]:
    """`contact_chain` walked over links already read (source, contact, relation), such as
    every link within `depth` of the root: the same contacts, depths and order."""
    by_source: dict[int, list[tuple[int, int, str]]] = {}
    for link in sorted(links, key=lambda link: (link[0], link[1])):
        by_source.setdefault(link[0], []).append(link)
    return _breadth_first(root_case_id, lambda frontier: [
        link for source in sorted(frontier) for link in by_source.get(source, [])], depth, limit)


def _breadth_first(root_case_id: int,
                   generation: Callable[[list[int]], Sequence[Sequence[Any]]],
                   depth: int, limit: int) -> list[ChainLink]:
    """Each generation's links (ordered by source, then contact) from `generation(frontier)`:
    a contact not seen yet joins the chain at that depth, until `depth` or `limit`."""
    seen = {root_case_id}
    frontier = [root_case_id]
    found: list[ChainLink] = []
    for level in range(1, depth + 1):
        if not frontier or len(found) >= limit:
            break
        frontier = _walk(generation(frontier), level, seen, found, limit)
    return found


def _walk(rows: Iterable[Sequence[Any]], level: int, seen: set[int], found: list[ChainLink],
          limit: int) -> list[int]:
    """One generation: each contact not seen yet joins the chain; the next frontier."""
    frontier = []
    for source, contact, relation in rows:
        if contact in seen or len(found) >= limit:
            continue
        seen.add(contact)
        frontier.append(contact)
        found.append(ChainLink(source, contact, level, relation))
    return frontier
