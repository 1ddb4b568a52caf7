"""Logging, closing and finding incidents, called directly: what each refuses and what it
writes, inside the caller's transaction."""
from __future__ import annotations

from datetime import timedelta

import pytest

from models.db.database import Database
from models.errors import EditConflict
from models.transfers.incidents import IncidentRefused, close_incident, find_subject, incident_record, log_incident
from tests.support.factories import NOW, make_case, make_person, make_place, make_transfer


def test_an_incident_from_its_transfer_to_its_closing(database: Database) -> None:
    with database.sessions() as session:
        place = make_place(session)
        case = make_case(session, place, make_person(session, place))
        transfer = make_transfer(session, place, case)
        record = log_incident(session, "violence", NOW - timedelta(hours=2), " 推搡 ", now=NOW,
                              transfer_id=transfer.id, handled_by="周  警官")
        assert (record.case_id, record.station_id, record.description, record.handled_by) == \
            (case.id, place.station_id, "推搡", "周 警官")
        assert find_subject(session, "zy202002200001").transfer_id == transfer.id
        assert find_subject(session, f"#{case.id}").case_id == case.id
        with pytest.raises(IncidentRefused) as refused:
            find_subject(session, "ZY000")
        assert refused.value.code == "incident_unknown_transfer"
        with pytest.raises(IncidentRefused) as refused:
            close_incident(session, record.id, record.version, "已处置", now=NOW,
                           closed_at=NOW - timedelta(hours=3))
        assert refused.value.code == "incident_closed_before"
        with pytest.raises(EditConflict):
            close_incident(session, record.id, record.version + 1, "已处置", now=NOW)
        closed = close_incident(session, record.id, record.version, "已处置", now=NOW)
        assert closed.closed_at == NOW and incident_record(session, record.id) == closed
        with pytest.raises(IncidentRefused) as refused:
            close_incident(session, record.id, closed.version, "again", now=NOW)
        assert refused.value.code == "incident_already_closed"
        with pytest.raises(IncidentRefused) as refused:
            incident_record(session, 999_999)
        assert refused.value.code == "incident_not_found"
