"""Incidents: logged with the place found from the transfer or case, who handled it, closed with
the outcome, listed open-first; bad input refused with a reason and nothing written."""
from __future__ import annotations

from datetime import timedelta

import pytest

from controllers.transfers.incidents import close_incident, find_subject, load_incident, log_incident
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.db.row_source import SortOrder
from models.errors import CanvassError, EditConflict
from models.schema import Incident
from models.transfers.incident_rows import IncidentRows
from tests.support.factories import NOW, signed_in
from tests.support.transfers import add_transfer

DISPATCHER = signed_in("dispatcher")


def incidents(database: Database) -> int:
    with database.sessions() as session:
        return session.query(Incident).count()


def test_an_incident_on_a_transfer_finds_its_case_community_and_station(
        database: Database) -> None:
    ids = add_transfer(database)
    record = log_incident(database, DISPATCHER, "violence", NOW - timedelta(hours=1),
                          "  家属推搡民警  ", handled_by="周 警官", transfer_id=ids["transfer"],
                          now=NOW)
    assert (record.case_id, record.community_id, record.station_id) == (
        ids["case"], ids["community"], ids["station"])
    assert record.description == "家属推搡民警" and record.handled_by == "周 警官"
    assert record.closed_at is None
    subject = find_subject(database, DISPATCHER, "zy202002200001")
    assert (subject.transfer_id, subject.case_id, subject.person) == (ids["transfer"], ids["case"],
                                                                      "张伟")
    assert find_subject(database, DISPATCHER, f"#{ids['other_case']}").person == "王芳"


@pytest.mark.parametrize(("change", "code"), [
    ({"occurred_at": NOW + timedelta(hours=1)}, "incident_future_time"),
    ({"description": "   "}, "incident_description_empty"),
    ({"description": "x" * 2001}, "incident_text_too_long"),
    ({"kind": "riot"}, "incident_unknown_kind"),
    ({"case_id": 999_999, "transfer_id": None}, "incident_unknown_case"),
    ({"transfer_id": 999_999}, "incident_unknown_transfer"),
    ({"case_id": "other_case"}, "incident_transfer_other_case"),
    ({"transfer_id": None}, "incident_unknown_place"),
    ({"handled_by": "周" * 65}, "incident_handler_too_long"),
])
def test_bad_input_is_refused_and_nothing_written(database: Database, change: dict[str, object],
                                                  code: str) -> None:
    ids = add_transfer(database)
    fields: dict[str, object] = {"kind": "accident", "occurred_at": NOW - timedelta(hours=1),
                                 "description": "车辆剐蹭", "transfer_id": ids["transfer"]}
    fields.update({key: ids.get(value, value) if isinstance(value, str) and key.endswith("_id")
                   else value for key, value in change.items()})
    with pytest.raises(CanvassError) as refused:
        log_incident(database, DISPATCHER, fields.pop("kind"), fields.pop("occurred_at"),
                     fields.pop("description"), now=NOW, **fields)
    assert refused.value.code == code
    assert incidents(database) == 0


def test_closing_records_the_outcome_once(database: Database) -> None:
    ids = add_transfer(database)
    record = log_incident(database, DISPATCHER, "non_cooperation", NOW - timedelta(hours=3),
                          "拒绝开门", case_id=ids["case"], now=NOW)
    for outcome, closed_at, code in (("", None, "incident_outcome_empty"),
                                     ("已劝导", NOW - timedelta(hours=4), "incident_closed_before"),
                                     ("已劝导", NOW + timedelta(hours=4), "incident_future_time")):
        with pytest.raises(CanvassError) as refused:
            close_incident(database, DISPATCHER, record.id, record.version, outcome,
                           closed_at=closed_at, now=NOW)
        assert refused.value.code == code
    assert load_incident(database, DISPATCHER, record.id).closed_at is None
    closed = close_incident(database, DISPATCHER, record.id, record.version, "已劝导配合转运",
                            handled_by="社区干部李红", now=NOW)
    assert closed.closed_at == NOW.replace(microsecond=0) and closed.resolution == "已劝导配合转运"
    assert closed.handled_by == "社区干部李红"
    with pytest.raises(CanvassError) as again:
        close_incident(database, DISPATCHER, record.id, closed.version, "again", now=NOW)
    assert again.value.code == "incident_already_closed"


def test_a_stale_close_is_a_conflict(database: Database) -> None:
    ids = add_transfer(database)
    record = log_incident(database, DISPATCHER, "other", NOW - timedelta(hours=1), "私自外出",
                          station_id=ids["station"], now=NOW)
    with database.sessions.begin() as session:
        session.get(Incident, record.id).description = "私自外出，已找回"
    with pytest.raises(EditConflict):
        close_incident(database, DISPATCHER, record.id, record.version, "已处置", now=NOW)


def test_a_viewer_may_list_but_not_log(database: Database) -> None:
    ids = add_transfer(database)
    with pytest.raises(PermissionDenied):
        log_incident(database, signed_in("viewer"), "other", NOW, "x", station_id=ids["station"])
    assert incidents(database) == 0


def test_the_list_is_newest_first_and_filters_the_open_ones(database: Database) -> None:
    ids = add_transfer(database)
    first = log_incident(database, DISPATCHER, "accident", NOW - timedelta(days=2), "剐蹭",
                         transfer_id=ids["transfer"], now=NOW)
    log_incident(database, DISPATCHER, "violence", NOW - timedelta(days=1), "冲撞",
                 case_id=ids["other_case"], handled_by="周警官", now=NOW)
    close_incident(database, DISPATCHER, first.id, first.version, "无人受伤", now=NOW)
    rows = IncidentRows(database)
    assert rows.count({}) == 2 and rows.count({"open": True}) == 1
    page = rows.page({}, rows.default_order, 0, 10)
    assert [row[2] for row in page] == ["violence", "accident"]
    newest = dict(zip([c.key for c in rows.columns], page[0][1:]))
    assert newest["person"] == "王芳" and newest["handled_by"] == "周警官"
    assert newest["transfer"] == "" and newest["closed_at"] is None
    oldest = dict(zip([c.key for c in rows.columns], page[1][1:]))
    assert oldest["transfer"] == "ZY202002200001" and oldest["resolution"] == "无人受伤"
    assert rows.count({"station_id": ids["station"], "kind": "violence"}) == 1
    assert [r[2] for r in rows.page({}, SortOrder("kind"), 0, 10)] == ["accident", "violence"]


def test_the_handler_column_comes_and_goes_with_its_migration(database: Database) -> None:
    """Down one step (0007 off) and up again: the incidents already logged stay, their
    handler empty where the column was just added back."""
    from alembic import command

    from models.db.database import alembic_config
    ids = add_transfer(database)
    record = log_incident(database, DISPATCHER, "accident", NOW - timedelta(hours=1), "剐蹭",
                          handled_by="周警官", transfer_id=ids["transfer"], now=NOW)
    command.downgrade(alembic_config(database.engine), "0005")   # below 0007
    command.upgrade(alembic_config(database.engine), "head")
    again = load_incident(database, DISPATCHER, record.id)
    assert (again.description, again.transfer_id, again.handled_by) == ("剐蹭", ids["transfer"], "")
