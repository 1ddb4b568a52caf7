"""One facility as the map's click shows it: its kind, the categories it takes, its beds, the
transfers heading to it (ordered and not yet delivered) and the persons admitted there.

Both lists are read through their foreign-key index and capped (`LIST_LIMIT`), with their full
counts beside them: a field hospital of a thousand beds never loads its whole ward.
"""
from __future__ import annotations

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from models.db.row_source import plain
from models.enums import CaseStatus, TransferStatus
from models.errors import RecordGone
from models.map.spots import AdmittedPerson, FacilityCard, IncomingTransfer
from models.schema.cases import Case
from models.schema.facilities import Facility, facility_accepts
from models.schema.geography import Community
from models.schema.register import Person
from models.schema.transfers import TransferOrder

LIST_LIMIT = 200
HEADING_THERE = (TransferStatus.ORDERED, TransferStatus.DISPATCHED, TransferStatus.ON_SCENE,
                 TransferStatus.PICKED_UP)


def facility_card(session: Session, facility_id: int, limit: int = LIST_LIMIT) -> FacilityCard:
    row = session.execute(select(Facility.name, Facility.kind, Facility.beds_total,
                                 Facility.beds_taken, Facility.active)
                          .where(Facility.id == facility_id)).one_or_none()
    if row is None:
        raise RecordGone(f"facility {facility_id} no longer exists")
    name, kind, total, taken, active = row
    accepts = tuple(sorted(str(plain(c)) for c in session.scalars(
        select(facility_accepts.c.category).where(facility_accepts.c.facility_id == facility_id))))
    heading = (TransferOrder.facility_id == facility_id) & TransferOrder.status.in_(HEADING_THERE)
    incoming_count = int(session.scalar(select(func.count()).select_from(TransferOrder)
                                        .where(heading)) or 0)
    incoming = tuple(
        IncomingTransfer(int(i), str(number), str(plain(status)), str(person),
                         str(plain(category)), str(community), ordered_at)
        for i, number, status, person, category, community, ordered_at in session.execute(
            select(TransferOrder.id, TransferOrder.number, TransferOrder.status, Person.name,
                   Case.category, Community.name, TransferOrder.ordered_at)
            .join(Case, Case.id == TransferOrder.case_id)
            .join(Person, Person.id == Case.person_id)
            .join(Community, Community.id == Case.community_id)
            .where(heading).order_by(TransferOrder.ordered_at, TransferOrder.id).limit(limit)))
    there = (Case.facility_id == facility_id) & (Case.status == CaseStatus.ADMITTED) \
        & (Case.is_open == true())
    admitted_count = int(session.scalar(select(func.count()).select_from(Case).where(there)) or 0)
    admitted = tuple(
        AdmittedPerson(int(i), str(person), str(plain(category)), str(community), since)
        for i, person, category, community, since in session.execute(
            select(Case.id, Person.name, Case.category, Community.name, Case.status_since)
            .join(Person, Person.id == Case.person_id)
            .join(Community, Community.id == Case.community_id)
            .where(there).order_by(Case.status_since.desc(), Case.id.desc()).limit(limit)))
    return FacilityCard(facility_id, str(name), str(plain(kind)), accepts, int(total),
                        int(taken), bool(active), incoming, incoming_count, admitted,
                        admitted_count)
