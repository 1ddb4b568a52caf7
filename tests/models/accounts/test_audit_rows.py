"""The audit log's rows: each entry's record named (a case by its person, a transfer by its sheet
number, a team, household, vehicle, facility, user by their own names), in one statement per
table for a whole page, the values typed and masked, a deleted record still placed."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from bench.raw import waits
from models.accounts.audit import Actor, entry
from models.accounts.audit_names import NAMERS, RecordName, record_names
from models.accounts.audit_rows import AuditRows, FieldChange
from models.db.database import Database
from models.schema import AuditEntry
from tests.support.audit_log import NEW_PHONE, NUMBER, statements_by_table, write_audit_scene
from tests.support.factories import NOW, PERSON_ID, make_dispatch_scene


def page(database: Database, full: bool = False, **filters: Any) -> list[tuple[Any, ...]]:
    rows = AuditRows(database, sees_full=full)
    return rows.page(filters, rows.default_order, 0, 100)


def named(rows: list[tuple[Any, ...]]) -> dict[tuple[str, int | None], RecordName]:
    return {(row[4].table, row[4].row_id): row[4] for row in rows}


def change(row: tuple[Any, ...], field: str) -> FieldChange:
    (found,) = [c for c in row[5] if c.field == field]
    return found


def test_each_record_is_named_in_the_domains_words(database: Database) -> None:
    scene = write_audit_scene(database)
    names = named(page(database))
    assert names["person", scene.person_id].parts == ("张三",)
    assert names["person_case", scene.case_id].parts == ("张三",)
    assert names["transfer_order", scene.transfer_id].parts == (NUMBER,)
    assert names["team", scene.team_id].parts == ("快反一队",)
    assert names["household", scene.household_id].parts == ("永清社区 1 2 301",)
    assert names["vehicle", scene.vehicle_id].parts == ("鄂A·12345",)
    assert names["facility", scene.facility_id].parts[0].startswith("金银潭医院")
    assert names["app_user", scene.user_id].parts == ("wangfang",)
    assert not any(name.gone for key, name in names.items() if key[0] != "person"
                   or key[1] != scene.gone_person_id)


def test_a_deleted_record_keeps_its_table_and_id(database: Database) -> None:
    scene = write_audit_scene(database)
    rows = page(database)
    gone = named(rows)["person", scene.gone_person_id]
    assert gone.gone and gone.parts == ()
    deleted = [row for row in rows if row[3] == "delete"]
    assert [row[4].row_id for row in deleted] == [scene.gone_person_id]
    assert change(deleted[0], "name").old == "李四" and change(deleted[0], "name").new is None


def test_a_page_costs_one_statement_per_table(database: Database) -> None:
    write_audit_scene(database)
    rows = AuditRows(database, sees_full=False)
    rows.count({})
    with statements_by_table(database) as counted:
        found = rows.page({}, rows.default_order, 0, 100)
    assert len(found) > 15
    assert counted.pop("audit_entry") == 1          # the page's entries around their ids
    assert waits(database, lambda: rows.page({}, rows.default_order, 0, 100)) == 2
    tables = {row[4].table for row in found}
    assert {"person", "person_case", "transfer_order", "team", "household", "vehicle",
            "facility", "app_user"} <= tables <= set(counted)
    assert set(counted.values()) == {1}, counted


def test_foreign_keys_come_with_the_records_they_name(database: Database) -> None:
    scene = write_audit_scene(database)
    rows = page(database, table="transfer_order")
    created = next(row for row in rows if row[3] == "insert")
    vehicle = change(created, "vehicle_id")
    assert vehicle.refers_to == "vehicle" and vehicle.names[scene.vehicle_id].parts == ("鄂A·12345",)
    assert change(created, "case_id").names[scene.case_id].parts == ("张三",)
    assert change(created, "team_id").names[scene.team_id].parts == ("快反一队",)
    assert not change(created, "status").is_change and change(created, "status").new == "ordered"
    assert "id" not in {c.field for c in created[5]}


def test_values_come_typed(database: Database) -> None:
    write_audit_scene(database)
    moved = next(row for row in page(database, table="transfer_order") if row[3] == "update")
    dispatched = change(moved, "dispatched_at")
    assert dispatched.is_change and dispatched.old is None
    assert isinstance(dispatched.new, datetime) and dispatched.new.minute == 32
    assert change(moved, "holds_vehicle").new is True
    status = next(row for row in page(database, table="person_case") if row[3] == "update")
    assert (change(status, "status").old, change(status, "status").new) == ("identified",
                                                                             "verified")
    assert isinstance(status[1], datetime)


def test_identifiers_stay_masked_unless_the_reader_may_see_them(database: Database) -> None:
    scene = write_audit_scene(database)

    def person_rows(full: bool) -> list[tuple[Any, ...]]:
        return [row for row in page(database, full, table="person")
                if row[4].row_id == scene.person_id]
    updated, created = person_rows(False)
    assert (change(updated, "phone").old, change(updated, "phone").new) == ("138****0000",
                                                                            "139****5678")
    assert change(created, "resident_id").new == "420102********1234"
    assert PERSON_ID not in repr(person_rows(False)) and NEW_PHONE not in repr(person_rows(False))
    updated, created = person_rows(True)
    assert change(updated, "phone").new == NEW_PHONE
    assert change(created, "resident_id").new == PERSON_ID


def test_entries_about_no_one_record_and_unknown_tables(database: Database) -> None:
    with database.sessions() as session:
        actor = Actor(None, "wang")
        session.execute(AuditEntry.__table__.insert(), [
            entry(actor, "export", "cases", None, {"file": "cases.xlsx", "rows": 3}, NOW),
            entry(actor, "update", "some_new_table", 4, {"x": [1, 2]}, NOW)])
        session.commit()
    rows = page(database)
    assert {(row[4].table, row[4].row_id, row[4].parts, row[4].gone) for row in rows} == {
        ("cases", None, (), False), ("some_new_table", 4, (), False)}
    export = next(row for row in rows if row[3] == "export")
    assert [(c.field, c.new, c.is_change) for c in export[5]] == [
        ("file", "cases.xlsx", False), ("rows", 3, False)]


def test_search_and_kind_filters(database: Database) -> None:
    write_audit_scene(database)
    rows = AuditRows(database, sees_full=False)
    assert rows.count({"text": "快反一队"}) == 1
    assert rows.count({"table": "person_case"}) == 2
    assert rows.count({"text": "%_\x00"}) == 0
    newest = rows.page({}, rows.default_order, 0, 3)
    rest = rows.page({}, rows.default_order, 3, 100, after=newest[-1])
    ids = [row[0] for row in newest + rest]
    assert ids == sorted(ids, reverse=True) and len(ids) == rows.count({})


def test_every_kind_of_record_can_be_named(database: Database) -> None:
    """Each table's naming statement runs on this database; on an empty one, every record is
    gone, and a table Canvass cannot name is not asked."""
    with database.sessions() as session:
        wanted = [(table, 1) for table in NAMERS] + [("no_such_table", 1)]
        names = record_names(session, wanted)
    assert {key for key, name in names.items() if name.gone} == {(t, 1) for t in NAMERS}
    assert ("no_such_table", 1) not in names


def test_a_crew_and_its_supplies_are_named_by_who_and_where(database: Database) -> None:
    with database.sessions() as session:
        session.info["actor"] = Actor(None, "dispatcher1")
        scene = make_dispatch_scene(session, crew=1)
        session.commit()
    names = named(page(database))
    team = names["team", scene.team_id].parts[0]
    (member,) = [n for (table, _), n in names.items() if table == "team_member"]
    (shift,) = [n for (table, _), n in names.items() if table == "duty_shift"]
    assert member.parts == shift.parts == ("队员10", team)
    assert names["supply_stock", scene.stock_id].parts == ("大智派出所", "protective_suit")
    assert names["responder", scene.crew[0]].parts == ("队员10",)
