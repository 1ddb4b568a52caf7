"""The small demo district on both backends: it builds, it is reproducible, it keeps every rule
the domain and the schema state, and it writes all or nothing."""
from __future__ import annotations

import hashlib
import re
import shutil
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection, Date, DateTime, func, insert, select, text

from models.cases.workflow import move_status
from models.db.bulk_load import foreign_keys_of, indexes_of
from models.db.database import Database
from models.demo import DemoCancelled, build_demo
from models.demo.plan import plan_for
from models.demo.stages import batches, make_world
from models.demo.writer import demo_tables
from models.enums import CaseStatus, ResponderRole, TeamKind
from models.errors import DatabaseNotEmpty
from models.opening import open_database
from models.register.resident_id import validate
from models.schema import (
    AuditEntry,
    Base,
    Case,
    CaseEvent,
    Community,
    ContactLink,
    District,
    Facility,
    Household,
    Person,
    PoliceStation,
    Responder,
    SupplyMovement,
    SupplyStock,
    Team,
    TeamMember,
    TransferOrder,
    Vehicle,
    Visit,
)

TODAY = date(2020, 2, 20)
END = datetime(2020, 2, 20, 18)
SEED = 11


def stream_digest(seed: int, end: datetime = END) -> str:
    digest = hashlib.sha256()
    for batch in batches(make_world(plan_for("small"), seed, end)):
        digest.update(repr(batch).encode())
    return digest.hexdigest()


def test_the_row_stream_depends_on_seed_and_end_only() -> None:
    first = stream_digest(SEED)
    assert stream_digest(SEED) == first
    assert stream_digest(SEED + 1) != first
    assert stream_digest(SEED, datetime(2020, 2, 21, 18)) != first
    assert stream_digest(SEED, datetime(2020, 2, 20, 9)) != first
    assert stream_digest(SEED, datetime(2020, 2, 20, 18, 0, 40)) == first   # to the minute


@pytest.fixture
def second_database(backend: str, request: pytest.FixtureRequest,
                    tmp_path: Path) -> Iterator[Database]:
    """Another fresh database on the same backend, to build the same demo twice."""
    if backend == "sqlite":
        path = tmp_path / "second.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        from tests.support.databases import fresh_postgres_url
        url = fresh_postgres_url(request.getfixturevalue("postgres_cluster"),
                                 request.getfixturevalue("postgres_template"))
    opened = open_database(url)
    yield opened
    opened.dispose()


def dump(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.engine.connect() as connection:
        return {table.name: [tuple(row) for row in connection.execute(
                    select(table).order_by(*table.primary_key.columns))]
                for table in Base.metadata.sorted_tables if table.name != "audit_entry"}


def test_same_seed_and_day_give_the_same_database(database: Database,
                                                   second_database: Database) -> None:
    build_demo(database, "small", SEED, END)
    build_demo(second_database, "small", SEED, END)
    first, second = dump(database), dump(second_database)
    assert first["person"] and first["case_event"]
    for table in first:
        assert first[table] == second[table], table


# A plan, not history: the shift under way at the build ends after it, as rostered; the sweep
# campaign under way has its deadline ahead.
PLANNED = frozenset({("duty_shift", "ends_at"), ("sweep_campaign", "deadline")})


def latest_moments(database: Database) -> dict[tuple[str, str], object]:
    """The latest value of every date and datetime column of every table."""
    found: dict[tuple[str, str], object] = {}
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, (DateTime, Date)):
                    found[table.name, column.name] = connection.execute(
                        select(func.max(column))).scalar()
    return found


@pytest.mark.parametrize("clock", [time(0, 30), time(9, 0), time(23, 59, 30)])
def test_a_demo_built_at_any_hour_has_nothing_after_that_moment(database: Database,
                                                                 clock: time) -> None:
    """The history ends when the demo is built: no visit, move, trip or check is later, so
    nothing on screen is after now and no duration comes out negative."""
    end = datetime.combine(TODAY, clock)
    build_demo(database, "small", SEED, end)
    latest = latest_moments(database)
    assert latest["visit", "visited_at"] is not None and latest["case_event", "at"] is not None
    for (table, column), value in latest.items():
        if value is None or (table, column) in PLANNED:
            continue
        limit = end if isinstance(value, datetime) else end.date()
        assert value <= limit, (table, column, value)
    with database.engine.connect() as c:   # and no step of a trip before the one it follows
        assert not c.execute(select(TransferOrder.id).where(
            TransferOrder.dispatched_at < TransferOrder.ordered_at)).first()
        assert not c.execute(select(Case.id).where(Case.status_since < Case.opened_at)).first()


def test_a_case_of_a_demo_built_now_can_be_moved_now(database: Database) -> None:
    """The reported symptom: a demo case refused a move as "earlier than its last change"."""
    built = datetime.now().replace(microsecond=0)
    build_demo(database, "small", SEED, built)
    with database.sessions() as session:
        case = session.scalars(select(Case).where(Case.status == CaseStatus.VERIFIED)
                               .order_by(Case.status_since.desc())).first()
        assert case is not None and case.status_since <= built
        move_status(session, case, CaseStatus.AWAITING_TRANSFER, datetime.now(), None, "核实后待转运")
        session.commit()


def test_a_history_ending_in_the_future_is_refused(database: Database) -> None:
    with pytest.raises(ValueError, match="future"):
        build_demo(database, "small", SEED, datetime.now() + timedelta(hours=2))
    assert _is_untouched(database)


def scalar(connection: Connection, sql: str) -> object:
    return connection.execute(text(sql)).scalar()


def test_small_demo_keeps_the_rules(database: Database) -> None:
    summary = build_demo(database, "small", SEED, END)
    assert summary.rows["police_station"] == 1 and summary.rows["community"] == 5
    assert summary.rows["person"] == 5_000 and summary.rows["household"] == 2_000
    assert summary.rows["person_case"] > 50 and summary.rows["transfer_order"] > 20
    with database.engine.connect() as c:
        counts = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in summary.rows}
        assert counts == summary.rows
        _register(c)
        _coverage(c)
        _cases(c)
        _transfers_and_beds(c)
        _teams_and_fleet(c)
        _supplies(c)
        assert c.execute(select(func.count()).select_from(AuditEntry)
                         .where(AuditEntry.action == "bulk_load")).scalar() == 1
    with database.sessions() as session:   # ids were explicit: new rows must not collide
        household = Household(community_id=1, building="1栋", unit="1单元", door="9999")
        session.add(household)
        session.commit()
        assert household.id == summary.rows["household"] + 1


def _register(c: Connection) -> None:
    wuhan_phone = re.compile(r"^1[3-9]\d{9}$")
    for resident_id, sex, birth, phone in c.execute(
            select(Person.resident_id, Person.sex, Person.birth_date, Person.phone)):
        if resident_id is not None:
            check = validate(resident_id, TODAY)
            assert check.ok, (resident_id, check.errors)
            assert check.sex == sex and check.birth_date == birth
        assert phone is None or wuhan_phone.match(phone)
    assert not c.execute(text("SELECT resident_id FROM person WHERE resident_id IS NOT NULL "
                              "GROUP BY resident_id HAVING count(*) > 1")).first()
    for cid, households, persons in c.execute(select(
            Community.id, Community.registered_households, Community.registered_persons)):
        assert households == c.execute(select(func.count()).select_from(Household)
                                       .where(Household.community_id == cid)).scalar()
        assert persons == c.execute(select(func.count()).select_from(Person)
                                    .where(Person.community_id == cid)).scalar()
    latitude, longitude = c.execute(select(func.avg(Community.latitude),
                                           func.avg(Community.longitude))).one()
    assert 30.3 < latitude < 30.9 and 114.0 < longitude < 114.7


def _coverage(c: Connection) -> None:
    done = c.execute(select(func.count(Visit.household_id.distinct()))
                     .where(Visit.outcome.in_(("screened", "moved_out")))).scalar()
    total = c.execute(select(func.count()).select_from(Household)).scalar()
    assert 0.80 <= done / total < 1.0
    revisited = scalar(c, "SELECT count(*) FROM (SELECT household_id FROM visit WHERE outcome = "
                          "'nobody_home' GROUP BY household_id) n JOIN visit v ON "
                          "v.household_id = n.household_id AND v.outcome = 'screened'")
    assert revisited and int(revisited) > 0     # nobody-home doors are knocked again
    low, high = c.execute(text("SELECT min(temperature_c), max(temperature_c) "
                               "FROM screening_result")).one()
    assert float(low) >= 36.0 and float(high) <= 39.5


def _cases(c: Connection) -> None:
    assert not c.execute(text("SELECT person_id FROM person_case WHERE is_open = :t "
                              "GROUP BY person_id HAVING count(*) > 1"), {"t": True}).first()
    categories = {row[0] for row in c.execute(select(Case.category).distinct())}
    assert categories == {"close_contact", "fever", "suspected", "confirmed"}
    events: dict[int, list[tuple[object, ...]]] = defaultdict(list)
    for case_id, kind, old, new in c.execute(select(
            CaseEvent.case_id, CaseEvent.kind, CaseEvent.from_value, CaseEvent.to_value)
            .order_by(CaseEvent.case_id, CaseEvent.at, CaseEvent.id)):
        events[case_id].append((kind, old, new))
    for case_id, category, status, is_open, closed_at in c.execute(select(
            Case.id, Case.category, Case.status, Case.is_open, Case.closed_at)):
        history = events[case_id]
        assert history[0][0] == "opened"
        status_now, category_now = "identified", history[0][2]
        for kind, old, new in history[1:]:
            if kind == "status":
                assert old == status_now, (case_id, history)
                status_now = new
            elif kind == "category":
                assert old == category_now, (case_id, history)
                category_now = new
        assert (status_now, category_now) == (status, category), (case_id, history)
        closed = status in ("released", "cleared", "deceased")
        assert is_open == (not closed) and (closed_at is not None) == closed
    assert scalar(c, "SELECT count(*) FROM persuasion_visit") > 0
    assert not c.execute(select(ContactLink.id).join(Case, Case.id == ContactLink.source_case_id)
                         .where(Case.category != "confirmed")).first()


def _transfers_and_beds(c: Connection) -> None:
    for fid, total, taken in c.execute(select(Facility.id, Facility.beds_total,
                                              Facility.beds_taken)):
        admitted = c.execute(select(func.count()).select_from(Case).where(
            Case.facility_id == fid, Case.status == CaseStatus.ADMITTED, Case.is_open)).scalar()
        assert taken == admitted <= total
    assert scalar(c, "SELECT count(DISTINCT kind) FROM facility") == 4
    assert not c.execute(text("SELECT vehicle_id FROM transfer_order WHERE holds_vehicle = :t "
                              "GROUP BY vehicle_id HAVING count(*) > 1"), {"t": True}).first()
    minutes = []
    for row in c.execute(select(TransferOrder)):
        t = row._mapping
        steps = [t["ordered_at"], t["dispatched_at"], t["on_scene_at"], t["picked_up_at"],
                 t["delivered_at"], t["disinfected_at"]]
        present = [s for s in steps if s is not None]
        assert present == sorted(present), t["number"]
        assert t["holds_vehicle"] == (t["status"] in ("dispatched", "on_scene", "picked_up",
                                                      "delivered"))
        if t["on_scene_at"] is not None:
            minutes.append((t["on_scene_at"] - t["dispatched_at"]).total_seconds() / 60)
        if t["status"] == "disinfected":
            washes = f"SELECT count(*) FROM disinfection WHERE transfer_id = {t['id']}"
            assert scalar(c, washes) == 1
    quick = sum(1 for m in minutes if 5 <= m <= 30)
    assert minutes and quick / len(minutes) > 0.8
    assert scalar(c, "SELECT count(*) FROM transfer_order o LEFT JOIN transfer_crew r "
                     "ON r.transfer_id = o.id WHERE o.dispatched_at IS NOT NULL "
                     "AND r.transfer_id IS NULL") == 0


def _teams_and_fleet(c: Connection) -> None:
    roles: dict[int, list[str]] = defaultdict(list)
    leaders: dict[int, int] = defaultdict(int)
    members = (select(TeamMember.team_id, Responder.role, TeamMember.is_leader)
               .join(Responder, Responder.id == TeamMember.responder_id))
    for team_id, role, leader in c.execute(members):
        roles[team_id].append(role)
        leaders[team_id] += bool(leader)
    kinds = dict(c.execute(select(Team.id, Team.kind)).all())
    assert set(kinds.values()) == {k.value for k in TeamKind}
    vehicles = defaultdict(int)
    for team_id, plate in c.execute(select(Vehicle.team_id, Vehicle.plate)):
        vehicles[team_id] += 1
        assert re.fullmatch(r"鄂A·[0-9A-Z]{5}", plate)
    for team_id, kind in kinds.items():
        assert leaders[team_id] == 1
        if kind == TeamKind.QUICK_RESPONSE:
            assert roles[team_id].count(ResponderRole.POLICE) >= 2 and vehicles[team_id] >= 1
        elif kind == TeamKind.WORK_GROUP:
            assert {"police", "health_worker", "cadre"} <= set(roles[team_id])
    assert scalar(c, "SELECT count(*) FROM duty_shift WHERE stood_down_at IS NOT NULL") == \
        scalar(c, "SELECT count(*) FROM duty_shift WHERE stood_down_reason <> ''")


def _supplies(c: Connection) -> None:
    balance: dict[int, int] = defaultdict(int)
    for stock_id, delta in c.execute(select(SupplyMovement.stock_id, SupplyMovement.delta)
                                     .order_by(SupplyMovement.at, SupplyMovement.id)):
        balance[stock_id] += delta
        assert balance[stock_id] >= 0
    for stock_id, quantity in c.execute(select(SupplyStock.id, SupplyStock.quantity)):
        assert quantity == balance[stock_id] >= 0
    suits = scalar(c, "SELECT -sum(m.delta) FROM supply_movement m JOIN supply_stock s "
                      "ON s.id = m.stock_id WHERE s.item = 'protective_suit' AND m.delta < 0")
    assert suits == scalar(c, "SELECT count(*) FROM transfer_crew")


def _is_untouched(database: Database) -> bool:
    with database.engine.connect() as c:
        return all(c.execute(text(f"SELECT count(*) FROM {t}")).scalar() == 0
                   for t in [*demo_tables(), "audit_entry"])


def test_a_database_with_data_is_refused_before_anything_is_written(database: Database) -> None:
    with database.engine.begin() as c:
        c.execute(insert(District), [{"id": 1, "code": "420102", "name": "江岸区"}])
        c.execute(insert(PoliceStation), [{"id": 1, "district_id": 1, "code": "x",
                                           "name": "二七派出所", "area_kind": "urban",
                                           "latitude": 30.6, "longitude": 114.3}])
    with database.engine.connect() as c:    # those two rows are audited, by the database
        audited = c.execute(select(func.count()).select_from(AuditEntry)).scalar()
    calls: list[tuple[int, int]] = []
    with pytest.raises(DatabaseNotEmpty):
        build_demo(database, "small", SEED, END, progress=lambda d, t: calls.append((d, t)))
    assert calls == []
    with database.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(PoliceStation)).scalar() == 1
        assert c.execute(select(func.count()).select_from(Person)).scalar() == 0
        assert c.execute(select(func.count()).select_from(AuditEntry)).scalar() == audited


def _index_names(database: Database) -> set[str]:
    """The indexes and foreign keys the database has now."""
    from sqlalchemy import inspect
    inspector = inspect(database.engine)
    return {str(found["name"]) for table in demo_tables()
            for found in inspector.get_indexes(table) + inspector.get_foreign_keys(table)}


def test_cancelling_midway_leaves_the_database_empty(database: Database) -> None:
    """The load drops the indexes (and PostgreSQL's foreign keys) and builds them at the end
    (models/db/bulk_load.py): a cancel rolls back to every one as it was, and a finished build has
    every one again."""
    declared = {str(index.name) for index in indexes_of(demo_tables())}
    if database.kind == "postgresql":   # SQLite's foreign keys have no name to check
        declared |= {str(key.name) for key in foreign_keys_of(demo_tables())}
        assert "fk_person_household_id_household" in declared
    assert {"ix_person_name", "ix_person_case_since"} <= declared <= _index_names(database)
    progress: list[int] = []
    with pytest.raises(DemoCancelled):
        build_demo(database, "small", SEED, END, progress=lambda d, t: progress.append(d),
                   cancelled=lambda: len(progress) > 8)
    assert progress[-1] > 0                  # rows had been inserted before the cancel
    assert _is_untouched(database)
    assert database.is_empty()
    assert declared <= _index_names(database)
    build_demo(database, "small", SEED, END)   # and the database is still usable
    assert not database.is_empty()
    assert declared <= _index_names(database)


def test_unknown_size_is_refused(database: Database) -> None:
    with pytest.raises(ValueError, match="small or district"):
        build_demo(database, "huge", SEED, END)
    assert _is_untouched(database)
