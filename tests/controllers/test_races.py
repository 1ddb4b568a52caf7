"""Two workstations doing the same thing to the same record at the same moment, hundreds of times
at random, on both databases: the loser gets the conflict or the refusal the screen words, never
a raw StaleDataError, IntegrityError or "database is locked", and what is stored is what one
workstation after the other would have left (one order per case, one visit per door and time,
every failed sign-in counted).

How the races are run: tests/support/races.py. CI runs `CANVASS_RACES` (200) races per action
and database; the README gives the figure of a local run of 1,000.
"""
from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from controllers.accounts.users import sign_in
from controllers.cases.workflow import add_case_note, bulk_change_status, change_category, change_status
from controllers.communities.visits import MemberScreening, save_visit
from controllers.transfers.dispatch import dispatch
from models.accounts.credentials import SignInRefused
from models.cases.workflow import CaseMoveRefused
from models.communities.visits import InvalidVisit
from models.db.database import Database
from models.errors import EditConflict
from models.schema import AuditEntry, Case, CaseEvent, SupplyStock, TransferOrder, Visit
from models.transfers.workflow import TransferRefused
from tests.support.factories import NOW, signed_in
from tests.support.race_scenes import (
    PASSWORD,
    DoubleDispatch,
    Family,
    accounts,
    cases_to_move,
    dispatch_scenes,
    failed_count,
    families,
)
from tests.support.races import RACES, Outcome, Racer, describe, race_seed, two_workstations

pytestmark = pytest.mark.slow
Call = Callable[[], object]
NAMES = ("first", "second")


def judged(database: Database, name: str, setup: Callable[[Database, int], list[object]],
           one_race: Callable[[random.Random, Database, Database, object, Racer], list[str]]
           ) -> None:
    """Run RACES races of one action; fail with the tally of outcomes and the first problems."""
    seed = race_seed()
    rng = random.Random(seed)
    subjects = setup(database, RACES)
    problems: list[str] = []
    failed = 0
    with two_workstations(database) as (one, two), Racer(rng) as racer:
        for subject in subjects:
            found = one_race(rng, one, two, subject, racer)
            failed += bool(found)
            problems.extend(found)
    assert not problems, (f"{name} on {database.kind}, seed {seed}: {failed} of {RACES} races "
                          "went wrong, e.g.\n" + "\n".join(problems[:12]))


def kinds(outcomes: tuple[Outcome[object], ...], allowed: tuple[type[BaseException], ...]
          ) -> list[str]:
    return [describe(o) for o in outcomes if o.error is not None
            and not isinstance(o.error, allowed)]


# -- a case moved from two case boards ------------------------------------------------------

def _case_move(rng: random.Random, database: Database, who: str, case_id: int) -> Call:
    user = signed_in("dispatcher", who)
    kind = rng.choice(("status", "status", "category", "bulk", "note"))
    if kind == "status":
        to = rng.choice(("verified", "awaiting_transfer", "home_observation", "refused"))
        return lambda: change_status(database, user, case_id, 1, to, "复核")
    if kind == "category":
        to = rng.choice(("suspected", "confirmed"))
        return lambda: change_category(database, user, case_id, 1, to, "核酸阳性")
    if kind == "bulk":
        to = rng.choice(("verified", "refused"))
        return lambda: bulk_change_status(database, user, [case_id], to, "批量")
    return lambda: add_case_note(database, user, case_id, "电话随访")


def _case_race(rng: random.Random, one: Database, two: Database, case_id: object,
               racer: Racer) -> list[str]:
    assert isinstance(case_id, int)
    outcomes = racer.race(_case_move(rng, one, "first", case_id),
                          _case_move(rng, two, "second", case_id))
    problems = kinds(outcomes, (EditConflict, CaseMoveRefused))
    with one.sessions() as session:
        events = session.scalar(select(func.count()).select_from(CaseEvent)
                                .where(CaseEvent.case_id == case_id))
        audited = set(session.scalars(select(AuditEntry.username).where(
            AuditEntry.table_name == Case.__tablename__, AuditEntry.row_id == case_id)))
    winners = {name for name, o in zip(NAMES, outcomes, strict=True) if o.won}
    if not winners:
        problems.append("nobody won")
    if events != len(winners) or audited & (set(NAMES) - winners):
        problems.append(f"case {case_id}: {events} events, audited {audited}, won {winners}")
    return problems


def test_two_workstations_move_the_same_case(database: Database) -> None:
    judged(database, "case move", cases_to_move, _case_race)  # type: ignore[arg-type]


# -- one case dispatched twice ----------------------------------------------------------------

def _dispatch_race(rng: random.Random, one: Database, two: Database, subject: object,
                   racer: Racer) -> list[str]:
    assert isinstance(subject, DoubleDispatch)
    scene = subject.scene

    def send(database: Database, who: str) -> Call:
        vehicle = rng.choice((scene.vehicle_id, subject.spare_vehicle_id))
        version = rng.choice((subject.case_version, None))
        return lambda: dispatch(database, signed_in("dispatcher", who), scene.case_id,
                                scene.facility_id, scene.team_id, vehicle, "同时调度",
                                at=NOW, expected_version=version)

    outcomes = racer.race(send(one, "first"), send(two, "second"))
    problems = kinds(outcomes, (EditConflict, TransferRefused))
    with one.sessions() as session:
        orders = session.scalar(select(func.count()).select_from(TransferOrder)
                                .where(TransferOrder.case_id == scene.case_id))
        suits = session.scalar(select(SupplyStock.quantity)
                               .where(SupplyStock.id == scene.stock_id))
    if sum(o.won for o in outcomes) != 1 or orders != 1 or suits != 20 - len(scene.crew):
        problems.append(f"case {scene.case_id}: {[describe(o) for o in outcomes]}, "
                        f"{orders} orders, {suits} suits left")
    return problems


def test_two_dispatchers_send_the_same_case(database: Database) -> None:
    judged(database, "double dispatch", dispatch_scenes, _dispatch_race)  # type: ignore[arg-type]


# -- the same visit saved from two workstations -----------------------------------------------

def _visit_race(rng: random.Random, one: Database, two: Database, subject: object,
                racer: Racer) -> list[str]:
    assert isinstance(subject, Family)
    father, mother = subject.members
    hot = rng.random() < 0.3
    at = NOW + timedelta(seconds=rng.randrange(3600))
    same_key = rng.random() < 0.5          # a retry of one save, or two clerks typing one call
    keys = (uuid.uuid4(),) * 2 if same_key else (uuid.uuid4(), uuid.uuid4())

    def save(database: Database, key: uuid.UUID) -> Call:
        return lambda: save_visit(
            database, signed_in("clerk", f"clerk-{key.hex[:6]}"), subject.household_id,
            "screened", at, None, "", [MemberScreening(father, "38.4" if hot else "36.6"),
                                       MemberScreening(mother, "36.5")],
            now=datetime.now(), key=key)

    outcomes = racer.race(save(one, keys[0]), save(two, keys[1]))
    problems = kinds(outcomes, (InvalidVisit,))
    problems += [describe(o) for o in outcomes if isinstance(o.error, InvalidVisit)
                 and (same_key or o.error.code != "visit_duplicate")]
    with one.sessions() as session:
        visits = session.scalar(select(func.count()).select_from(Visit)
                                .where(Visit.household_id == subject.household_id))
        cases = session.scalar(select(func.count()).select_from(Case)
                               .where(Case.person_id == father))
    ids = {getattr(o.result, "visit_id", None) for o in outcomes if o.won}
    if visits != 1 or cases != int(hot) or len(ids) != 1:
        problems.append(f"door {subject.household_id}, same key {same_key}: {visits} visits, "
                        f"{cases} fever cases, {[describe(o) for o in outcomes]}")
    return problems


def test_two_workstations_save_the_same_visit(database: Database) -> None:
    judged(database, "visit save", families, _visit_race)  # type: ignore[arg-type]


# -- two sign-ins to one account at once ------------------------------------------------------

def _sign_in_race(rng: random.Random, one: Database, two: Database, subject: object,
                  racer: Racer) -> list[str]:
    assert isinstance(subject, str)
    right = (rng.random() < 0.3, rng.random() < 0.3)

    def attempt(database: Database, good: bool) -> Call:
        # Each account from a workstation of its own: the race's hundreds of failures would
        # otherwise slow the one workstation down (models/accounts/sign_in_delays.py).
        return lambda: sign_in(database, subject, PASSWORD if good else "wrong-password-1",
                               workstation=f"pc-{subject}")

    outcomes = racer.race(attempt(one, right[0]), attempt(two, right[1]))
    problems = [describe(o) for o, good in zip(outcomes, right, strict=True)
                if o.won != good or (o.error is not None
                                     and not isinstance(o.error, SignInRefused))]
    # Whichever came last decides: a right password clears the count, a wrong one adds to it.
    possible = {0 if right[last] else (1 if right[1 - last] else 2) for last in (0, 1)}
    counted = failed_count(one, subject)
    with one.sessions() as session:
        attempts = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.username == subject, AuditEntry.action.in_(("sign_in", "sign_in_failed"))))
    if counted not in possible or attempts != 2:
        problems.append(f"{subject}: right {right}, counted {counted} failures (possible "
                        f"{sorted(possible)}), {attempts} attempts audited, "
                        f"{[describe(o) for o in outcomes]}")
    return problems


def test_two_sign_ins_to_one_account_count_every_failure(database: Database) -> None:
    judged(database, "sign-in counter", accounts, _sign_in_race)  # type: ignore[arg-type]

