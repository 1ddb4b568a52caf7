"""Sign-in attempts on a role-enforced PostgreSQL database: audited and delayed although the
person refused never gets a connection (issue 20, items 3 and 6).

Where each Canvass user is a login role (models/accounts/login_roles.py), signing in is
connecting, and a wrong password is refused by the server before anybody could write a row: the
refused person has no connection to count a failure or write an audit entry on. So a workstation
signs in through a gate:

1. it connects as `canvass_signin`, a login role that may do nothing but EXECUTE two functions
   (no table, no sequence, no group; its password is not a secret, SIGN_IN_PASSWORD, since it
   opens nothing), and asks `canvass_sign_in_wait(name, workstation)`: the seconds a delay
   still holds for that name or that workstation (models/accounts/sign_in_delays.py's rule,
   on the server's clock); while one holds, the attempt is refused without its password being
   sent, and the function has written its `sign_in_delayed` entry;
2. it connects as the person; the server checks the password (SCRAM);
3. refused, it tells the gate `canvass_sign_in_failed(name, workstation)`, which counts the
   failure towards both delays exactly as a failure is counted on a shared role, and writes the
   `sign_in_failed` entry (named by the account tried, its workstation and its failures, and
   `db_role` canvass_signin) — a deactivated account's NOLOGIN refusal is written without being
   counted, as elsewhere, and only if that role really is NOLOGIN;
4. let in, the person's own connection records the `sign_in` and forgets the account's failures
   at that workstation, as everywhere (models/accounts/users.py).

Each call is its own transaction, committed whatever the person does next. The functions are
SECURITY DEFINER, owned by the owner (search_path pinned), installed and brought up to date with
the login roles (`db roles install`, `db upgrade`); they only add failures and entries, never
clear one: clearing is an administrator's (the delays list, `canvass user clear-delay`), on
their own connection, audited. The counters are the ones every other sign-in uses, so the users
list and the delays list show them as they are.

What this cannot do: psql, or any client that is not Canvass, connects without the gate, so its
guesses are neither counted nor in the audit trail — the server's own log has them
(`log_connections`), and each SCRAM guess costs a round trip; `auth_delay` (a contrib module,
`shared_preload_libraries`) makes the server itself wait after every failed authentication.
"""
from __future__ import annotations

import logging
import math
import os

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from models.accounts.credentials import SignInRefused
from models.accounts.sign_in_delays import (
    ACCOUNT_FREE,
    EVERY_NAME,
    FORGET_AFTER,
    MAX_DELAY_SECONDS,
    NAME_LIMIT,
    WORKSTATION_FREE,
    WORKSTATION_LIMIT,
)

log = logging.getLogger(__name__)

SIGN_IN_ROLE = "canvass_signin"
# Not a secret: the role connects to nothing but the two functions below. A deployment may still
# change it (ALTER ROLE … PASSWORD) and give workstations CANVASS_SIGNIN_PASSWORD.
SIGN_IN_PASSWORD = "canvass-sign-in"
PASSWORD_ENV = "CANVASS_SIGNIN_PASSWORD"
WAIT = "canvass_sign_in_wait(text, text)"
FAILED = "canvass_sign_in_failed(text, text, boolean)"
_COUNTER = "canvass_sign_in_counter(text, text)"

_TYPED = f"COALESCE(NULLIF(left(btrim(name), {NAME_LIMIT}), ''), '?')"
_PLACE = f"COALESCE(NULLIF(left(btrim(workstation), {WORKSTATION_LIMIT}), ''), '?')"
_DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp"
# What both functions know of an attempt: the name and workstation as counted, the moment, the
# two counters and the account's id.
_DECLARE = f"""DECLARE
    who text := {_TYPED};
    place text := {_PLACE};
    moment timestamp := clock_timestamp()::timestamp;
    account public.sign_in_delay;
    station public.sign_in_delay;
    account_id integer;"""


def _delay(failures: str, free: int) -> str:
    """sign_in_delays.delay_seconds in SQL."""
    return (f"CASE WHEN {failures} < {free} THEN 0 ELSE "
            f"least(2 ^ least({failures} - {free}, 16), {MAX_DELAY_SECONDS}) END")


def _entry(action: str, changes: str) -> str:
    return ("INSERT INTO public.audit_entry (at, user_id, username, db_role, action, table_name, "
            f"row_id, changes) VALUES (moment, account_id, who, session_user, '{action}', "
            f"'app_user', account_id, ({changes})::text);")


def _count(row: str, key: str, free: int) -> str:
    """One counter's failure counted (Counters.count_failure in PL/pgSQL)."""
    forget = int(FORGET_AFTER.total_seconds())
    delay = _delay(f"{row}.failures", free)
    return f"""    SELECT * INTO {row} FROM public.canvass_sign_in_counter({key}, place);
    IF {row}.last_failed_at IS NULL OR moment - {row}.last_failed_at > interval '{forget} seconds'
    THEN {row}.failures := 1; ELSE {row}.failures := {row}.failures + 1; END IF;
    UPDATE public.sign_in_delay SET failures = {row}.failures, last_failed_at = moment,
        delayed_until = CASE WHEN {delay} > 0 THEN moment + ({delay}) * interval '1 second' END
        WHERE id = {row}.id
        RETURNING * INTO {row};"""


def gate_statements() -> list[str]:
    """The gate's functions and login role, as the owner installs them (the role's password is
    set where it is created: models/accounts/login_roles.py)."""
    counting = "\n".join((_count("account", "who", ACCOUNT_FREE),
                          _count("station", f"'{EVERY_NAME}'", WORKSTATION_FREE)))
    return [
        f"""CREATE OR REPLACE FUNCTION public.canvass_sign_in_counter(who text, place text)
        RETURNS public.sign_in_delay {_DEFINER} AS $$
DECLARE
    found public.sign_in_delay;
BEGIN
    INSERT INTO public.sign_in_delay (username, workstation, failures) VALUES (who, place, 0)
        ON CONFLICT (username, workstation) DO NOTHING;
    SELECT * INTO found FROM public.sign_in_delay
        WHERE username = who AND workstation = place FOR UPDATE;
    RETURN found;
END $$""",
        f"REVOKE ALL ON FUNCTION public.{_COUNTER} FROM PUBLIC",
        f"""CREATE OR REPLACE FUNCTION public.canvass_sign_in_wait(name text, workstation text)
        RETURNS double precision {_DEFINER} AS $$
{_DECLARE}
    wait double precision;
BEGIN
    -- Read, not made: only a failure makes a counter.
    SELECT * INTO account FROM public.sign_in_delay d
        WHERE d.username = who AND d.workstation = place;
    SELECT * INTO station FROM public.sign_in_delay d
        WHERE d.username = '{EVERY_NAME}' AND d.workstation = place;
    wait := greatest(0,
        extract(epoch FROM COALESCE(account.delayed_until, moment) - moment),
        extract(epoch FROM COALESCE(station.delayed_until, moment) - moment));
    IF wait > 0 THEN
        SELECT id INTO account_id FROM public.app_user WHERE username = who;
        {_entry("sign_in_delayed",
                "jsonb_build_object('workstation', place, 'seconds', ceil(wait)::integer)")}
    END IF;
    RETURN wait;
END $$""",
        f"REVOKE ALL ON FUNCTION public.{WAIT} FROM PUBLIC",
        f"""CREATE OR REPLACE FUNCTION public.canvass_sign_in_failed(name text, workstation text,
                                                          deactivated boolean)
        RETURNS integer {_DEFINER} AS $$
{_DECLARE}
BEGIN
    SELECT id INTO account_id FROM public.app_user WHERE username = who;
    IF deactivated AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND NOT rolcanlogin)
    THEN
        -- The right password of a deactivated account: not a guess, no step towards a delay.
        {_entry("sign_in_failed", "jsonb_build_object('workstation', place)")}
        RETURN 0;
    END IF;
{counting}
    {_entry("sign_in_failed",
            "jsonb_build_object('workstation', place, 'failures', account.failures)")}
    RETURN account.failures;
END $$""",
        f"REVOKE ALL ON FUNCTION public.{FAILED} FROM PUBLIC",
        f"""DO $$ BEGIN IF to_regrole('{SIGN_IN_ROLE}') IS NULL THEN
    CREATE ROLE {SIGN_IN_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
END IF; END $$""",
        f"GRANT EXECUTE ON FUNCTION public.{WAIT}, public.{FAILED} TO {SIGN_IN_ROLE}",
    ]


def gate_grants(database: str) -> list[str]:
    """What the gate's login may reach besides the functions: the database, the schema (to find
    them). Nothing of any table: the functions read and write as the owner."""
    return [f'GRANT CONNECT ON DATABASE "{database}" TO {SIGN_IN_ROLE}',
            f"GRANT USAGE ON SCHEMA public TO {SIGN_IN_ROLE}"]


def _password() -> str:
    return os.environ.get(PASSWORD_ENV) or SIGN_IN_PASSWORD


class SignInGate:
    """The gate's connection for one attempt (a context manager). Opened on a database without a
    gate (made role-enforced by a Canvass before it, until its next `db upgrade`) or a server
    that does not answer, it does nothing: the attempt then goes on as before, unaudited."""

    def __init__(self, url: URL) -> None:
        self.url = url.set(username=SIGN_IN_ROLE, password=_password())
        self.engine: Engine | None = None

    def __enter__(self) -> SignInGate:
        from models.db.database import make_engine
        engine = make_engine(self.url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(f"SELECT to_regprocedure('public.{WAIT}')")).one()
        except DBAPIError as exc:
            log.warning("no sign-in gate on %s (%s): attempts there are not audited until the "
                        "owner runs `db upgrade`", self.url.host, str(exc.orig).strip()[:200])
            engine.dispose()
            return self
        self.engine = engine
        return self

    def __exit__(self, *exc: object) -> None:
        if self.engine is not None:
            self.engine.dispose()

    def check_wait(self, name: str, workstation: str) -> None:
        """Refuse (SignInRefused with the seconds left) while a delay holds for `name` or for
        `workstation`; the refusal is already in the audit trail."""
        if self.engine is None:
            return
        with self.engine.connect() as connection:
            wait = float(connection.execute(
                text("SELECT public.canvass_sign_in_wait(:n, :w)"),
                {"n": name, "w": workstation}).scalar_one())
        if wait > 0:
            raise SignInRefused(f"Too many failed attempts: try again in {wait:.0f} s", wait,
                                seconds=math.ceil(wait))

    def refused(self, name: str, workstation: str, deactivated: bool = False) -> None:
        """The server refused `name`'s login: counted (unless deactivated) and audited."""
        if self.engine is None:
            return
        with self.engine.connect() as connection:
            connection.execute(text("SELECT public.canvass_sign_in_failed(:n, :w, :d)"),
                               {"n": name, "w": workstation, "d": deactivated})


