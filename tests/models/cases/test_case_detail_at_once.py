"""The case window's detail, asked in one round trip (models/cases/detail.py `case_detail_held`),
shows what the case's own reads show: the household, the duplicates, the links both ways and
the contact chain walked generation by generation (models/cases/contacts.py)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from models.cases.contacts import ChainLink, chain_of, contact_chain, contact_links, link_contact
from models.cases.detail import case_detail, case_detail_held
from models.cases.workflow import persons_sharing_resident_id
from models.db.database import Database
from models.demo import build_demo
from models.schema import Case, ContactLink

END = datetime(2020, 2, 20, 18)


def test_the_detail_at_once_matches_the_cases_own_reads(database: Database) -> None:
    build_demo(database, "small", 3, END)
    with database.sessions.begin() as session:
        # Three generations and a loop back to the root, beside the demo's traced contacts.
        root, *rest = session.scalars(select(Case.id).order_by(Case.id.desc()).limit(5))
        for source, contact in zip([root, *rest], [*rest, root]):
            link_contact(session, source, contact, "同事", None)
    with database.sessions() as session:
        # The cases with the deepest chains first: their contacts have contacts of their own.
        linked = list(session.scalars(
            select(ContactLink.source_case_id).group_by(ContactLink.source_case_id)
            .order_by(func.count().desc(), ContactLink.source_case_id).limit(15)))
        sources = set(session.scalars(select(ContactLink.source_case_id)))
        contacts_as_sources = [c for c in session.scalars(select(ContactLink.contact_case_id))
                               if c in sources]
        plain = list(session.scalars(select(Case.id).order_by(Case.id).limit(5)))
        chosen = sorted(set(linked + contacts_as_sources[:5] + plain + [root, *rest]))
        assert any(len(contact_chain(session, c)) > len(contact_links(session, c))
                   for c in chosen), "the demo has no chain deeper than one generation"
        for case_id in chosen:
            at_once = case_detail_held(database, case_id)
            assert at_once == case_detail(session, case_id)
            chain = contact_chain(session, case_id)
            assert [(d, s, ref.case_id) for d, s, ref in at_once.chain] == \
                [(link.depth, link.source_case_id, link.contact_case_id) for link in chain]
            links = contact_links(session, case_id)
            assert sorted(ref.case_id for ref, _relation in at_once.contacts) == \
                sorted(link.contact_case_id for link in links if link.source_case_id == case_id)
            assert sorted(ref.case_id for ref, _relation in at_once.exposed_to) == \
                sorted(link.source_case_id for link in links if link.contact_case_id == case_id)
            assert list(at_once.duplicates) == persons_sharing_resident_id(session,
                                                                           at_once.person_id)
            assert at_once.person_id in {member for member, _name, _id in at_once.members}


def test_the_chain_walks_each_case_once_nearest_first_through_a_loop() -> None:
    links = [(1, 2, "家人"), (2, 3, "同事"), (3, 1, "同事"), (2, 4, "邻居"), (4, 5, "家人"),
             (5, 6, "家人"), (6, 7, "家人"), (1, 4, "同乘")]
    assert chain_of(1, links) == [
        ChainLink(1, 2, 1, "家人"), ChainLink(1, 4, 1, "同乘"),
        ChainLink(2, 3, 2, "同事"), ChainLink(4, 5, 2, "家人"),
        ChainLink(5, 6, 3, "家人"), ChainLink(6, 7, 4, "家人")]
    assert chain_of(1, links, limit=3) == chain_of(1, links)[:3]
    assert chain_of(9, links) == []
