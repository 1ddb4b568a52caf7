"""Authorization enforced by PostgreSQL (issue 20, item 1): on a cluster of its own with real
login roles and SCRAM (tests/support/login_cluster.py), deployed as README "Roles" says — the
owner role migrates and runs `canvass db roles install`, the first administrator is added with
the owner's address, then the administrator adds a viewer and a clerk through Canvass, signed in
with a workstation's address that names no user. Then psql with each person's credentials (here
psycopg, as psql would connect) can do what that person can do in Canvass and no more: a viewer
reads no full resident ID, creates no user or role, touches no audit entry; no Canvass role can
disable a trigger; a clerk's own UPDATE is audited under the clerk's login whatever the session
claims. Canvass signs in by connecting: a wrong password is the usual one sentence, a
deactivated account's role cannot log in, and `db upgrade` is the owner's alone."""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import select

from controllers.accounts.users import (
    change_own_password,
    list_users,
    set_user_active,
    set_user_role,
    sign_in,
)
from controllers.alerts.standing import standing_alerts
from controllers.board.rows import board_rows, board_shares
from controllers.browse import SortOrder
from controllers.cases.rows import case_rows
from controllers.cases.workflow import load_case
from controllers.communities.coverage import household_detail
from controllers.communities.rows import community_rows
from controllers.communities.visits import FoundPerson, MemberScreening, save_visit
from controllers.dashboard.panels import community_coverage, dashboard_figures
from controllers.register.person_file import load_person_file
from controllers.register.persons import load_person
from controllers.register.rows import person_rows
from controllers.register.search import find_persons
from controllers.runtime.actions import SignedInUser
from controllers.runtime.workstation import workstation_name
from controllers.teams.rows import team_roster_rows
from controllers.transfers.dispatch import (
    advance_transfer,
    dispatch,
    load_transfer,
    record_disinfection,
)
from controllers.transfers.rows import transfer_rows
from models.accounts.credentials import InvalidUserInput, SignInRefused
from models.accounts.refusals import AccountRefusal
from models.db.bulk_load import built_afterwards
from models.db.change_listener import PostgresListener
from models.db.database import Database, head_revision
from models.db.row_source import SqlRowSource
from models.enums import UserRole
from models.opening import open_database
from models.schema.cases import Case
from models.schema.register import Household, Person
from tests.support.factories import NOW, make_dispatch_scene
from tests.support.login_cluster import OWNER, LoginCluster
from tests.support.login_roles import (
    ADMIN,
    ADMIN_PASSWORD,
    CLERK,
    CLERK_PASSWORD,
    GROUPS,
    VIEWER,
    VIEWER_PASSWORD,
)
from tests.support.login_roles import first_person as _first_person
from tests.support.login_roles import last_sign_in_entry as _last_attempt
from tests.support.login_roles import opened_as as _opened_as
from tests.support.login_roles import psql as _psql
from tests.support.login_roles import run_signed_in as _run
from tests.support.login_roles import superuser as _owner


def test_the_groups_and_logins_exist(cluster: LoginCluster) -> None:
    with _owner(cluster) as connection:
        groups = {row[0] for row in connection.execute(
            "SELECT rolname FROM pg_roles WHERE NOT rolcanlogin AND rolname LIKE 'canvass\\_%'")}
        assert set(GROUPS) <= groups
        logins = dict(connection.execute(
            "SELECT r.rolname, g.rolname FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
            "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolcanlogin AND g.rolname LIKE 'canvass\\_%'"
        ).fetchall())
        assert {name: logins.get(name) for name in (ADMIN, VIEWER, CLERK)} \
            == {ADMIN: "canvass_admin", VIEWER: "canvass_viewer", CLERK: "canvass_clerk"}
        flags = connection.execute(
            "SELECT bool_or(rolsuper OR rolcreaterole OR rolbypassrls) FROM pg_roles "
            "WHERE rolname = ANY(%s)", ([*GROUPS, ADMIN, VIEWER, CLERK],)).fetchone()
        assert flags == (False,)      # no Canvass role may create roles or escape a policy
        verifier = connection.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (VIEWER,)).fetchone()
        assert verifier is not None and str(verifier[0]).startswith("SCRAM-SHA-256$")


def test_a_viewer_in_psql_reads_no_full_identifier(cluster: LoginCluster) -> None:
    with _psql(cluster, VIEWER, VIEWER_PASSWORD) as connection:
        assert connection.execute("SELECT name FROM public.person").fetchall() == [("张伟",)]
        for column in ("resident_id", "resident_id_reversed", "phone", "birth_date"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(f"SELECT {column} FROM public.person")
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("SELECT * FROM public.person")
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("SELECT resident_id FROM public.responder")
        # Unqualified, the login's search_path finds the masked view Canvass reads through.
        assert connection.execute(
            "SELECT resident_id, resident_id_reversed, phone FROM person").fetchall() \
            == [("420102********1234", None, "138****0000")]
        with pytest.raises(errors.InsufficientPrivilege):       # the view is read-only
            connection.execute("UPDATE person SET name = 'x'")
    with _psql(cluster, CLERK, CLERK_PASSWORD) as connection:   # not masked for the clerk (yet)
        assert connection.execute("SELECT resident_id FROM person").fetchone() \
            == ("420102198001011234",)


def test_a_viewer_in_psql_creates_no_user(cluster: LoginCluster) -> None:
    with _psql(cluster, VIEWER, VIEWER_PASSWORD) as connection:
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("INSERT INTO app_user (username, display_name, role, password_hash,"
                               " active) VALUES ('mole', 'mole', 'commander', 'x', true)")
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("CREATE ROLE mole LOGIN PASSWORD 'mole-pass'")
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("SELECT canvass_login_set('mole', NULL, 'canvass_commander', true)")
        with pytest.raises(errors.InsufficientPrivilege):     # not even through row security
            connection.execute("UPDATE app_user SET role = 'commander' WHERE username = %s",
                               (VIEWER,))
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("GRANT canvass_commander TO watcher")
        assert connection.execute(
            "UPDATE app_user SET last_sign_in_at = now() WHERE username = %s", (ADMIN,)
        ).rowcount == 0       # another's row: the policy hides it from an UPDATE


def test_a_viewer_in_psql_touches_no_audit_entry(cluster: LoginCluster) -> None:
    with _psql(cluster, VIEWER, VIEWER_PASSWORD) as connection:
        for statement in ("SELECT * FROM audit_entry", "DELETE FROM audit_entry",
                          "UPDATE audit_entry SET username = 'x'", "TRUNCATE audit_entry"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(statement)
        for statement in ("ALTER TABLE audit_entry DISABLE TRIGGER USER",
                          "DROP TRIGGER audit_entry_seal ON audit_entry",
                          "DROP TABLE audit_entry"):
            with pytest.raises(errors.InsufficientPrivilege):   # must be owner
                connection.execute(statement)


@pytest.mark.parametrize(("user", "password"), [(VIEWER, VIEWER_PASSWORD),
                                                (CLERK, CLERK_PASSWORD),
                                                (ADMIN, ADMIN_PASSWORD)])
def test_no_canvass_role_disables_a_trigger(cluster: LoginCluster, user: str,
                                            password: str) -> None:
    with _psql(cluster, user, password) as connection:
        for statement in ("ALTER TABLE household DISABLE TRIGGER USER",
                          "ALTER TABLE household DISABLE TRIGGER household_audit_update",
                          "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
                          "SET session_replication_role = replica"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(statement)
        for group in GROUPS:     # a group's name gives nothing its member lacks
            connection.execute(f"SET ROLE {group}") if connection.execute(
                "SELECT pg_has_role(session_user, %s, 'MEMBER')", (group,)).fetchone() == (True,) \
                else None
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute("ALTER TABLE household DISABLE TRIGGER USER")
            connection.execute("RESET ROLE")


def test_a_change_made_in_psql_is_audited_under_the_login(cluster: LoginCluster) -> None:
    with _psql(cluster, CLERK, CLERK_PASSWORD) as connection:
        with connection.transaction():
            # A forged name: the setting Canvass uses on a shared role names nobody here.
            connection.execute("SELECT set_config('canvass.user', %s, true), "
                               "set_config('canvass.user_id', '1', true)", (ADMIN,))
            connection.execute("UPDATE household SET door = '302'")
        connection.execute("INSERT INTO audit_entry (at, user_id, username, db_role, action, "
                           "table_name, changes, chain_seq, hash) VALUES (now(), 1, %s, %s, "
                           "'forged', 'person', '{}', 999, 'x')", (ADMIN, ADMIN))
    with _owner(cluster) as connection:
        clerk_id = connection.execute("SELECT id FROM app_user WHERE username = %s",
                                      (CLERK,)).fetchone()
        update = connection.execute(
            "SELECT username, db_role, user_id, changes FROM audit_entry WHERE table_name = "
            "'household' AND action = 'update' ORDER BY id DESC LIMIT 1").fetchone()
        assert update is not None and update[:3] == (CLERK, CLERK, clerk_id[0] if clerk_id else 0)
        assert '"door": ["301", "302"]' in str(update[3])
        forged = connection.execute(
            "SELECT username, db_role, user_id, chain_seq IS NOT NULL, hash <> 'x' "
            "FROM audit_entry WHERE action = 'forged'").fetchone()
        assert forged == (CLERK, CLERK, clerk_id[0] if clerk_id else 0, True, True)
    # The forged entry was chained at commit like any other: the trail still holds.
    assert _run("--db", cluster.address(), "audit", "verify", user=ADMIN,
                password=ADMIN_PASSWORD) == 0


def test_signing_in_is_connecting(cluster: LoginCluster, capsys: pytest.CaptureFixture[str]
                                  ) -> None:
    workstation = cluster.address()
    assert _run("--db", workstation, "user", "list", user=ADMIN, password="wrong-password") == 1
    assert capsys.readouterr().err == "canvass: Wrong user name or password.\n"
    assert _run("--db", workstation, "user", "list", user="nobody", password="whatever") == 1
    assert capsys.readouterr().err == "canvass: Wrong user name or password.\n"
    assert _run("--db", workstation, "user", "list", user=ADMIN, password=ADMIN_PASSWORD) == 0
    assert f"{VIEWER}\t" in capsys.readouterr().out
    # The viewer's login finds the masked views first: the schema's revision is found all the same.
    assert _run("--db", workstation, "db", "status", user=VIEWER, password=VIEWER_PASSWORD) == 0
    assert f"schema {head_revision()}" in capsys.readouterr().out
    assert _run("--db", workstation, "export", "cases", "--out", "/dev/null", user=VIEWER,
                password=VIEWER_PASSWORD) == 1     # Canvass refuses a viewer's export
    assert capsys.readouterr().err == "canvass: Your role does not allow this.\n"
    # The viewer signs in; Canvass refuses what the role may not, before the database would.
    assert _run("--db", workstation, "user", "add", "mole", "--role", "commander",
                "--password", "mole-password", user=VIEWER, password=VIEWER_PASSWORD) == 1
    assert capsys.readouterr().err == "canvass: Your role does not allow this.\n"


def test_db_upgrade_is_the_owners_alone(cluster: LoginCluster,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("--db", cluster.address(), "db", "upgrade", user=ADMIN,
                password=ADMIN_PASSWORD) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("canvass: ") and "owner" in err
    assert _run("--db", cluster.owner_address(), "db", "upgrade") == 0
    assert _run("--db", cluster.owner_address(), "db", "roles", "install") == 0   # again
    assert "3 accounts have login roles; 3 may log in" in capsys.readouterr().out
    # The owner's connection is nobody's in Canvass: no account signs in over it.
    assert _run("--db", cluster.owner_address(), "user", "list", user=ADMIN,
                password=ADMIN_PASSWORD) == 1
    assert capsys.readouterr().err == (
        "canvass: On this database you sign in by connecting as yourself, and this connection "
        "is canvass_owner_role's: start Canvass with an address that names your own login.\n")


def test_an_administrator_changes_login_roles_through_canvass(
        cluster: LoginCluster, capsys: pytest.CaptureFixture[str]) -> None:
    database = _opened_as(cluster, ADMIN, ADMIN_PASSWORD)
    try:
        admin = sign_in(database, ADMIN, ADMIN_PASSWORD)
        rows = {row.username: row for row in list_users(database, admin)}
        set_user_role(database, admin, rows[CLERK].id, UserRole.DISPATCHER)
        with _owner(cluster) as connection:
            assert connection.execute(
                "SELECT pg_has_role(%s, 'canvass_dispatcher', 'MEMBER'), "
                "pg_has_role(%s, 'canvass_clerk', 'MEMBER')", (CLERK, CLERK)).fetchone() \
                == (True, False)
        set_user_active(database, admin, rows[CLERK].id, False)
        with pytest.raises(psycopg.OperationalError):     # NOLOGIN: the server says so
            _psql(cluster, CLERK, CLERK_PASSWORD)
        assert _run("--db", cluster.address(), "user", "list", user=CLERK,
                    password=CLERK_PASSWORD) == 1
        assert capsys.readouterr().err == ("canvass: This account is deactivated. Ask a "
                                           "commander to reactivate it.\n")
        refused = _last_attempt(cluster, CLERK)    # audited by the gate, not counted: no guess
        assert refused is not None and refused[0] == "sign_in_failed"
        assert json.loads(str(refused[4])) == {"workstation": workstation_name()}
        set_user_active(database, admin, rows[CLERK].id, True)
        set_user_role(database, admin, rows[CLERK].id, UserRole.CLERK)
    finally:
        database.dispose()
    with _psql(cluster, CLERK, CLERK_PASSWORD) as connection:
        assert connection.execute("SELECT current_user").fetchone() == (CLERK,)


def test_no_administrator_takes_over_a_role_that_is_not_a_canvass_login(
        cluster: LoginCluster, capsys: pytest.CaptureFixture[str]) -> None:
    """The superuser's and the owner's names are refused as account names, and nothing is
    written: the login function touches Canvass's own login roles only."""
    for name in (cluster.superuser, OWNER):
        assert _run("--db", cluster.address(), "user", "add", name, "--role", "commander",
                    "--password", "takeover-pass", user=ADMIN, password=ADMIN_PASSWORD) == 1
        assert capsys.readouterr().err.startswith("canvass: ")
    with _psql(cluster, ADMIN, ADMIN_PASSWORD) as connection:
        with pytest.raises(errors.DuplicateObject):       # not a Canvass login
            connection.execute("SELECT canvass_login_set(%s, 'SCRAM-SHA-256$x', NULL, true)",
                               (cluster.superuser,))
        with pytest.raises(errors.InsufficientPrivilege):  # nobody promotes themselves
            connection.execute("SELECT canvass_login_set(%s, NULL, 'canvass_commander', NULL)",
                               (ADMIN,))
        with pytest.raises(errors.InvalidName):           # canvass_…: the groups' prefix
            connection.execute("SELECT canvass_login_set(%s, 'SCRAM-SHA-256$x', NULL, true)",
                               (OWNER,))
        assert connection.execute("SELECT count(*) FROM app_user WHERE username IN (%s, %s)",
                                  (cluster.superuser, OWNER)).fetchone() == (0,)
    with _owner(cluster) as connection:
        assert connection.execute(
            "SELECT rolsuper, rolcanlogin FROM pg_roles WHERE rolname = %s", (OWNER,)
        ).fetchone() == (False, True)


def test_a_person_changes_their_own_login_password(cluster: LoginCluster) -> None:
    """Own password, through Canvass on the person's own connection: the login role's changes in
    the same transaction (the login function lets anybody change their own password, nothing
    else); the old password no longer connects."""
    database = _opened_as(cluster, CLERK, CLERK_PASSWORD)
    try:
        clerk = sign_in(database, CLERK, CLERK_PASSWORD)
        feed = PostgresListener(lambda: database.url)     # as the window's change feed has it
        feed.connect()
        change_own_password(database, clerk, CLERK_PASSWORD, "clerk-pass-2")
        # The window works on: a connection made after the change (the pool's next one, a
        # reconnection after an outage, the change feed's) logs in with the new password.
        database.engine.pool.dispose()
        assert load_person(database, clerk, _first_person(database)).values["name"] == "张伟"
        feed.connect()
        feed.close()
    finally:
        database.dispose()
    with pytest.raises(psycopg.OperationalError):
        _psql(cluster, CLERK, CLERK_PASSWORD)
    with _psql(cluster, CLERK, "clerk-pass-2") as connection:
        with pytest.raises(errors.InsufficientPrivilege):   # nothing but the own password
            connection.execute("SELECT canvass_login_set(%s, NULL, 'canvass_commander', NULL)",
                               (CLERK,))
    database = _opened_as(cluster, CLERK, "clerk-pass-2")
    try:
        clerk = sign_in(database, CLERK, "clerk-pass-2")
        change_own_password(database, clerk, "clerk-pass-2", CLERK_PASSWORD)
    finally:
        database.dispose()


def test_a_clerk_records_a_visit_on_the_clerks_connection(cluster: LoginCluster) -> None:
    """A door-to-door visit with a fever and a newcomer found, the clerk's busiest write: visits,
    screenings, a new person, the tallies the triggers count — each a table the clerk's group
    may write — audited under the clerk's login."""
    database = _opened_as(cluster, CLERK, CLERK_PASSWORD)
    try:
        clerk = sign_in(database, CLERK, CLERK_PASSWORD)
        with database.sessions() as session:
            household_id, person_id = session.execute(select(Person.household_id, Person.id)
                                                      ).one()
        recorded = save_visit(database, clerk, household_id, "screened", NOW,
                              now=NOW + timedelta(minutes=5),
                              screenings=[MemberScreening(person_id, "38.3")],
                              found=[FoundPerson("刘强", "36.5", sex="M", no_id_reason="证件在老家",
                                                 relation="租客")])
        # 张伟 has an open case already (the deployment's): the fever joins it.
        assert recorded.fever_person_ids == (person_id,) and len(recorded.found_person_ids) == 1
    finally:
        database.dispose()
    with _owner(cluster) as connection:
        names = connection.execute(
            "SELECT DISTINCT table_name, username FROM audit_entry WHERE action = 'insert' AND "
            "table_name IN ('visit', 'screening_result', 'person', 'person_case')").fetchall()
        assert {(CLERK, table) for table in ("person", "screening_result", "visit")} \
            <= {(name, table) for table, name in names}


def test_the_window_signs_in_only_the_connections_own_login(cluster: LoginCluster) -> None:
    """The sign-in dialog's controller on a workstation whose address names the clerk's login:
    the clerk signs in; the administrator's right password is refused in one sentence (nobody
    works as one person over another's connection); a wrong one as ever."""
    database = _opened_as(cluster, CLERK, CLERK_PASSWORD)
    try:
        assert sign_in(database, CLERK, CLERK_PASSWORD).username == CLERK
        with pytest.raises(InvalidUserInput) as other:
            sign_in(database, ADMIN, ADMIN_PASSWORD)
        assert other.value.code == AccountRefusal.OTHER_LOGIN
        assert other.value.params == {"login": CLERK}
        with pytest.raises(SignInRefused):
            sign_in(database, ADMIN, "wrong-password")
    finally:
        database.dispose()


def test_a_dispatcher_sends_and_closes_a_transfer_on_the_dispatchers_connection(
        cluster: LoginCluster) -> None:
    """A transfer from dispatch to the vehicle disinfected, the dispatcher's busiest writes: the
    order, its crew, the case and its events, the bed, the suits taken from the stock, the
    disinfection — each a table the dispatcher's group may write; the teams' roster is not one."""
    owner = open_database(cluster.owner_address())
    try:
        with owner.sessions() as session:
            s = make_dispatch_scene(session, suffix="d")
            session.commit()
    finally:
        owner.dispose()
    assert _run("--db", cluster.address(), "user", "add", "disp1", "--role", "dispatcher",
                "--password", "dispatch-pass-1", user=ADMIN, password=ADMIN_PASSWORD) == 0
    database = _opened_as(cluster, "disp1", "dispatch-pass-1")
    try:
        dispatcher = sign_in(database, "disp1", "dispatch-pass-1")
        order = dispatch(database, dispatcher, s.case_id, s.facility_id, s.team_id, s.vehicle_id,
                         at=NOW)
        for minutes, step in enumerate(("dispatched", "on_scene", "picked_up", "delivered"), 1):
            brief = load_transfer(database, dispatcher, order)
            advance_transfer(database, dispatcher, order, brief.version, step,
                             NOW + timedelta(minutes=minutes))
        record_disinfection(database, dispatcher, order, True, True, "王",
                            NOW + timedelta(minutes=30))
        assert load_transfer(database, dispatcher, order).status == "disinfected"
    finally:
        database.dispose()
    with _psql(cluster, "disp1", "dispatch-pass-1") as connection:
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("UPDATE responder SET name = 'x'")


def test_a_bulk_load_on_a_login_keeps_the_indexes(cluster: LoginCluster) -> None:
    """Only the owner may drop an index: a load on a person's login runs into the tables as they
    are instead of failing at the first DROP INDEX."""
    database = _opened_as(cluster, CLERK, CLERK_PASSWORD)
    try:
        with database.engine.begin() as connection:
            with built_afterwards(connection, ["visit", "screening_result"]):
                pass
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM pg_indexes WHERE tablename = 'visit'").scalar()
    finally:
        database.dispose()


def _screens(database: Database, user: SignedInUser) -> dict[str, Callable[[], object]]:
    """What the screens a viewer opens read, each as one call (a list: its count and first page
    in its default order)."""
    with database.sessions() as session:
        person_id = session.scalars(select(Person.id)).first() or 0
        household_id = session.scalars(select(Household.id)).first() or 0
        case_id = session.scalars(select(Case.id)).first() or 0

    def first_page(source: SqlRowSource) -> object:
        filters: dict[str, str] = {}
        source.count(filters)
        return source.page(filters, SortOrder(source.default_order.column, False), 0, 50)

    return {
        "dashboard": lambda: dashboard_figures(database, user),
        "coverage chart": lambda: community_coverage(database, user),
        "board shares": lambda: board_shares(database, user),
        "board": lambda: first_page(board_rows(database, user)),
        "register": lambda: first_page(person_rows(database, user)),
        "person search": lambda: find_persons(database, user, "张"),
        "person form": lambda: load_person(database, user, person_id),
        "person file": lambda: load_person_file(database, user, person_id),
        "cases": lambda: first_page(case_rows(database, user)),
        "case": lambda: load_case(database, user, case_id),
        "communities": lambda: first_page(community_rows(database, user)),
        "household": lambda: household_detail(database, user, household_id),
        "alerts": lambda: standing_alerts(database, user),
        "transfers": lambda: first_page(transfer_rows(database, user)),
        "teams": lambda: first_page(team_roster_rows(database, user)),
    }


def test_a_viewers_screens_read_on_the_viewers_connection(cluster: LoginCluster) -> None:
    """Canvass as the viewer, on the viewer's own connection: every screen of the list reads
    (whole person rows nowhere, identifiers masked in SQL), none needing a column it lacks."""
    database = _opened_as(cluster, VIEWER, VIEWER_PASSWORD)
    try:
        viewer = sign_in(database, VIEWER, VIEWER_PASSWORD)
        assert viewer.role == UserRole.VIEWER
        refused = {}
        for screen, read in _screens(database, viewer).items():
            try:
                read()
            except Exception as exc:  # noqa: BLE001 - the test names what each screen raised
                refused[screen] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:150]}"
        print(refused)
        assert refused == {}
    finally:
        database.dispose()


WHOLE_ID = "420102198001011234"     # 张伟's (tests/support/factories.py), the deployment's person
PHONE = "13800000000"
LOOKUP = "canvass_masked.canvass_person_ids_by_resident_id"
PHONE_LOOKUP = "canvass_masked.canvass_person_ids_by_phone"


def test_a_viewer_finds_a_person_by_the_whole_id_or_phone(cluster: LoginCluster) -> None:
    """The viewer's connection reads `person` through the masked view, whose masked ID no whole ID
    equals: the person search, the register's and the case board's search boxes find 张伟 by the
    whole ID through the owner's lookup function, shown masked as ever, and audited with the rows
    found; a whole phone likewise; a prefix, or all but the last digit, still finds nobody."""
    database = _opened_as(cluster, VIEWER, VIEWER_PASSWORD)
    try:
        viewer = sign_in(database, VIEWER, VIEWER_PASSWORD)
        found = find_persons(database, viewer, WHOLE_ID)
        assert [(hit.name, hit.resident_id) for hit in found] == [("张伟", "420102********1234")]
        for fragment in ("420102", WHOLE_ID[:17], "1234", PHONE[:10]):
            assert find_persons(database, viewer, fragment) == []
        by_phone = find_persons(database, viewer, PHONE)   # the scenes' persons share it
        assert ("张伟", "138****0000") in [(hit.name, hit.phone) for hit in by_phone]
        order = SortOrder("id", False)
        register = person_rows(database, viewer)
        assert register.count({"text": WHOLE_ID}) == 1
        assert [row[1] for row in register.page({"text": WHOLE_ID}, order, 0, 50)] == ["张伟"]
        assert register.count({"text": WHOLE_ID[:17]}) == 0
        assert case_rows(database, viewer).count({"text": WHOLE_ID}) == 1
    finally:
        database.dispose()
    with _psql(cluster, VIEWER, VIEWER_PASSWORD) as connection:
        assert len(connection.execute(f"SELECT {LOOKUP}(%s)", (WHOLE_ID,)).fetchall()) == 1
        for probe in ("4201021980%", WHOLE_ID[:17], "", WHOLE_ID + " ", WHOLE_ID[:16] + "%"):
            assert connection.execute(f"SELECT {LOOKUP}(%s)", (probe,)).fetchall() == []
        assert connection.execute(f"SELECT {PHONE_LOOKUP}(%s)", (PHONE,)).fetchall() != []
        for probe in (PHONE[:10], PHONE[:10] + "%", PHONE + "0"):
            assert connection.execute(f"SELECT {PHONE_LOOKUP}(%s)", (probe,)).fetchall() == []
    with _owner(cluster) as connection:
        definer = connection.execute(
            "SELECT prosecdef, pg_get_userbyid(proowner), proconfig FROM pg_proc "
            "WHERE proname = 'canvass_person_ids_by_resident_id'").fetchone()
        assert definer == (True, OWNER, ["search_path=pg_catalog, pg_temp"])
        assert connection.execute(
            "SELECT prosecdef, pg_get_userbyid(proowner), proconfig FROM pg_proc "
            "WHERE proname = 'canvass_person_ids_by_phone'").fetchone() == definer
        searches = connection.execute(
            "SELECT changes FROM audit_entry WHERE action = 'search' AND username = %s "
            "ORDER BY id", (VIEWER,)).fetchall()
        logged = [json.loads(str(row[0])) for row in searches]
        assert [entry for entry in logged if "resident_id" in entry] \
            == [{"resident_id": "420102********1234", "rows": 1}] * 3   # search, register, board
        assert [entry["phone"] for entry in logged if "phone" in entry] == ["138****0000"]
        # A database made role-enforced before the lookups: searched as before (nobody found, no
        # error) until `db upgrade` or `db roles install` puts them in.
        connection.execute(f"DROP FUNCTION {LOOKUP}(text)")
    database = _opened_as(cluster, VIEWER, VIEWER_PASSWORD)
    try:
        viewer = sign_in(database, VIEWER, VIEWER_PASSWORD)
        assert find_persons(database, viewer, WHOLE_ID) == []
        assert person_rows(database, viewer).count({"text": WHOLE_ID}) == 0
    finally:
        database.dispose()
    assert _run("--db", cluster.owner_address(), "db", "upgrade") == 0
    database = _opened_as(cluster, VIEWER, VIEWER_PASSWORD)
    try:
        viewer = sign_in(database, VIEWER, VIEWER_PASSWORD)
        assert len(find_persons(database, viewer, WHOLE_ID)) == 1
    finally:
        database.dispose()


def test_a_sqlite_file_has_no_login_roles(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    assert _run("--db", str(tmp_path / "c.sqlite3"), "db", "roles", "install") == 1
    assert capsys.readouterr().err == ("canvass: Login roles exist on a PostgreSQL server only: "
                                       "a SQLite file is guarded by its permissions and its "
                                       "key.\n")
    assert not (tmp_path / "c.sqlite3").exists()
