"""The cases of the four categories, moved through their workflow by a clock-ordered event queue.

Cases open three ways: a fever found at the door, a hospital or clinic reporting a suspected or
confirmed patient it had to send home for want of a bed, and contact tracing around every
confirmed case. Each then follows the roads the domain allows (identified → verified → awaiting
transfer → in transit → admitted → released, or cleared, home observation, refused with
persuasion visits, deceased), every move written as a case_event at its minute. Nothing after
the snapshot (`clock.now`) happens: a release due tomorrow leaves the patient admitted.

A person has at most one case in the demo, so "one open case per person" always holds and a
contact who already has a case is linked to it instead. An `opened` event's to_value is the
category the case opened in (its status starts as identified); `status` and `category` events
carry the old and new value of that field.
"""
from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable

from models.demo import texts
from models.demo.clock import office_hours
from models.demo.world import World
from models.enums import CaseCategory as Cat
from models.enums import CaseEventKind
from models.enums import CaseStatus as St

NEVER = 1 << 40
DAY = 1440
CLOSED = (St.RELEASED, St.CLEARED, St.DECEASED)


class Case:
    """One case as the simulation moves it; times are minutes (see models.demo.clock)."""
    __slots__ = (
        "category",
        "category_since",
        "closed",
        "community",
        "facility",
        "id",
        "last_action",
        "opened",
        "person",
        "refusals",
        "severe",
        "source_visit",
        "status",
        "status_since",
        "waited",
    )

    def __init__(self, cid: int, person: int, community: int, category: Cat, t: int,
                 source_visit: int | None, severe: bool) -> None:
        self.id, self.person, self.community, self.category = cid, person, community, category
        self.status = St.IDENTIFIED
        self.opened = self.status_since = self.category_since = t
        self.closed: int | None = None
        self.facility = 0
        self.source_visit = source_visit
        self.last_action = ""
        self.refusals = 0
        self.severe = severe
        self.waited = False


class Epidemic:
    """Owns the cases and their history; `advance(minute)` runs every move due by then."""

    def __init__(self, world: World) -> None:
        from models.demo.dispatch import Dispatch
        from models.demo.persuasion import Persuasion
        self.world = world
        self.rng = world.rng
        self.now = world.clock.now
        self.stamps = world.clock.stamps
        self.cases: list[Case] = []
        self.case_of: dict[int, Case] = {}
        self.events: list[tuple[object, ...]] = []
        self.links: list[tuple[object, ...]] = []
        self._linked: set[int] = set()
        persons = len(world.person_age) + 1
        self.away_from = [NEVER] * persons
        self.away_until = [NEVER] * persons
        self._queue: list[tuple[int, int, Callable[[int, Case], None], Case]] = []
        self._order = itertools.count()
        self.dispatch = Dispatch(world, self)
        self.persuasion = Persuasion(world, self)

    # -- the queue ---------------------------------------------------------------------------
    def at(self, t: int, handler: Callable[[int, Case], None], case: Case) -> None:
        if t <= self.now:
            heapq.heappush(self._queue, (t, next(self._order), handler, case))

    def advance(self, until: int) -> None:
        queue = self._queue
        while queue and queue[0][0] <= until:
            t, _, handler, case = heapq.heappop(queue)
            handler(t, case)

    def later(self, low: int, high: int) -> int:
        return low + int(self.rng.random() * (high - low))

    # -- history -----------------------------------------------------------------------------
    def event(self, case: Case, t: int, kind: CaseEventKind, old: str | None, new: str | None,
              reason: str) -> None:
        self.events.append((len(self.events) + 1, case.id, self.stamps[t], None, kind.value,
                            old, new, reason))

    def move(self, case: Case, t: int, status: St, reason: str) -> bool:
        """A status move at minute t; False (and nothing recorded) if t is after the snapshot."""
        if t > self.now:
            return False
        self.event(case, t, CaseEventKind.STATUS, case.status.value, status.value, reason)
        case.status, case.status_since, case.last_action = status, t, reason
        if status in CLOSED:
            case.closed = t
        return True

    def recategorise(self, case: Case, t: int, category: Cat, reason: str) -> bool:
        if t > self.now:
            return False
        self.event(case, t, CaseEventKind.CATEGORY, case.category.value, category.value, reason)
        case.category, case.category_since, case.last_action = category, t, reason
        if category == Cat.CONFIRMED:
            self.at(t + self.later(120, 720), self.trace, case)
        return True

    def pick(self, options: tuple[str, ...]) -> str:
        return options[int(self.rng.random() * len(options))]

    # -- how cases open ----------------------------------------------------------------------
    def open(self, t: int, person: int, category: Cat, reason: str, source_visit: int | None = None,
             source: Case | None = None, relation: str = "") -> Case | None:
        existing = self.case_of.get(person)
        if existing is not None or t > self.now:
            if existing is not None and source is not None and existing is not source:
                self.link(source, existing, relation)
            return None
        community = self.world.household_community[self.world.person_household[person - 1] - 1]
        age = self.world.person_age[person - 1]
        case = Case(len(self.cases) + 1, person, community, category, t, source_visit,
                    self.rng.random() < (0.5 if age >= 60 else 0.2))
        self.cases.append(case)
        self.case_of[person] = case
        self.event(case, t, CaseEventKind.OPENED, None, category.value, reason)
        case.last_action = reason
        if source is not None:
            self.link(source, case, relation)
        delay = {Cat.FEVER: (30, 240), Cat.CLOSE_CONTACT: (60, 480)}.get(category, (20, 120))
        self.at(t + self.later(*delay), self.verify, case)
        return case

    def fever_at_door(self, t: int, person: int, visit: int, temperature: str) -> None:
        self.open(t + self.later(10, 60), person, Cat.FEVER, texts.OPENED_FEVER.format(temperature),
                  source_visit=visit)

    def reported(self, t: int, person: int) -> None:
        category = Cat.CONFIRMED if self.rng.random() < 0.6 else Cat.SUSPECTED
        self.open(t, person, category, self.pick(texts.OPENED_REPORTED[category.value]))

    def link(self, source: Case, contact: Case, relation: str) -> None:
        key = source.id * 4_000_000 + contact.id
        if key in self._linked or source.id == contact.id:
            return
        self._linked.add(key)
        self.links.append((len(self.links) + 1, source.id, contact.id, relation,
                           self.world.clock.date_text(source.opened // DAY), ""))

    # -- the roads a case takes --------------------------------------------------------------
    def verify(self, t: int, case: Case) -> None:
        self.move(case, t, St.VERIFIED, self.pick(texts.VERIFIED))
        r = self.rng.random()
        if case.category == Cat.FEVER:
            if r < 0.45:
                self.at(office_hours(t + self.later(240, 2880)), self.clear, case)
            elif r < 0.60:
                self.at(t + self.later(30, 120), self.observe_at_home, case)
            else:
                self.at(t + self.later(120, 720), self.test_result, case)
        elif case.category == Cat.CLOSE_CONTACT:
            if r < 0.10:
                self.at(office_hours(t + self.later(60, 600)), self.clear, case)
            elif r < 0.62:
                self.at(t + self.later(30, 180), self.observe_at_home, case)
            else:
                self.at(t + self.later(30, 180), self.await_transfer, case)
        else:
            self.at(t + self.later(20, 120), self.await_transfer, case)
            if case.category == Cat.CONFIRMED:
                self.at(t + self.later(120, 720), self.trace, case)

    def test_result(self, t: int, case: Case) -> None:
        """A fever case's CT or test: it stays a fever, or becomes suspected, maybe confirmed."""
        last = t
        if self.rng.random() < 0.55:
            self.recategorise(case, t, Cat.SUSPECTED, self.pick(texts.TO_SUSPECTED))
            if self.rng.random() < 0.45:
                last = t + self.later(30, 240)
                self.recategorise(case, last, Cat.CONFIRMED, self.pick(texts.TO_CONFIRMED))
        self.at(last + self.later(10, 60), self.await_transfer, case)

    def observe_at_home(self, t: int, case: Case) -> None:
        self.move(case, t, St.HOME_OBSERVATION, self.pick(texts.HOME_OBSERVATION))
        if case.category == Cat.CLOSE_CONTACT and self.rng.random() < 0.06:
            self.at(t + self.later(2 * DAY, 10 * DAY), self.develops_fever, case)
        else:
            days = (12, 14) if case.category == Cat.CLOSE_CONTACT else (3, 7)
            self.at(office_hours(t + self.later(days[0] * DAY, days[1] * DAY)), self.clear, case)

    def develops_fever(self, t: int, case: Case) -> None:
        """A contact observed at home runs a fever: tested like any fever case, then sent."""
        if case.status == St.HOME_OBSERVATION:
            self.recategorise(case, t, Cat.FEVER, texts.OPENED_CONTACT_FEVER)
            self.at(t + self.later(60, 360), self.test_result, case)

    def await_transfer(self, t: int, case: Case) -> None:
        self.move(case, t, St.AWAITING_TRANSFER, self.pick(texts.AWAITING))
        refusing = 0.10 if case.category == Cat.CLOSE_CONTACT else 0.06
        if self.rng.random() < refusing:
            self.at(t + self.later(20, 120), self.persuasion.refuse, case)
        else:
            self.at(t + self.later(5, 30), self.request_transfer, case)

    def request_transfer(self, t: int, case: Case) -> None:
        if case.status != St.AWAITING_TRANSFER:
            return
        if not self.dispatch.request(t, case):
            if not case.waited:
                case.waited = True
                self.event(case, t, CaseEventKind.NOTE, None, None, texts.NO_BED)
            self.at(t + self.later(180, 600), self.request_transfer, case)

    def admitted(self, t: int, case: Case) -> None:
        """Schedule what happens to a patient delivered at minute t."""
        facility = self.world.facilities[case.facility - 1]
        category, r = case.category, self.rng.random()
        if category == Cat.CONFIRMED:
            old = self.world.person_age[case.person - 1] >= 70
            if r < (0.15 if old else 0.02):
                self.at(t + self.later(3 * DAY, 15 * DAY), self.die, case)
            else:
                self.at(office_hours(t + self.later(12 * DAY, 28 * DAY)), self.release, case)
        elif category == Cat.SUSPECTED and Cat.CONFIRMED in facility.accepts and r < 0.5:
            self.at(t + self.later(DAY, 3 * DAY), self.confirmed_in_hospital, case)
        elif category == Cat.CLOSE_CONTACT and r < 0.05:
            # A fever in isolation: the site takes fevers, so the patient stays where they are.
            self.recategorise(case, t + self.later(2 * DAY, 10 * DAY), Cat.FEVER,
                              texts.OPENED_CONTACT_FEVER)
            self.at(office_hours(t + 14 * DAY + self.later(0, 240)), self.release, case)
        else:
            days = {Cat.SUSPECTED: (2, 8), Cat.FEVER: (1, 3), Cat.CLOSE_CONTACT: (14, 15)}[category]
            self.at(office_hours(t + self.later(days[0] * DAY, days[1] * DAY)), self.release, case)

    def confirmed_in_hospital(self, t: int, case: Case) -> None:
        if case.status == St.ADMITTED:
            self.recategorise(case, t, Cat.CONFIRMED, self.pick(texts.TO_CONFIRMED))
            self.at(office_hours(t + self.later(12 * DAY, 25 * DAY)), self.release, case)

    def release(self, t: int, case: Case) -> None:
        if case.status == St.ADMITTED:
            self.move(case, t, St.RELEASED, texts.RELEASED[case.category.value])
            self.world.facilities[case.facility - 1].occupied -= 1
            self.away_until[case.person] = t

    def die(self, t: int, case: Case) -> None:
        if case.status == St.ADMITTED:
            self.move(case, t, St.DECEASED, texts.DECEASED)
            self.world.facilities[case.facility - 1].occupied -= 1

    def clear(self, t: int, case: Case) -> None:
        if case.status in (St.IDENTIFIED, St.VERIFIED, St.HOME_OBSERVATION):
            contact = case.category == Cat.CLOSE_CONTACT
            reasons = texts.CLEARED_CONTACT if contact else texts.CLEARED_FEVER
            self.move(case, t, St.CLEARED, self.pick(reasons))

    def trace(self, t: int, case: Case) -> None:
        """Contact tracing around a confirmed case: the household, then people met outside it."""
        world, rng = self.world, self.rng
        person = case.person
        household = world.person_household[person - 1]
        first = world.household_first_person[household - 1]
        name = world.person_name[person - 1]
        masked = name[0] + "某某" if len(name) < 4 else name[:2] + "某"
        low, high = world.plan.contacts_per_confirmed
        wanted = low + int(rng.random() * (high - low + 1))
        minute = t
        for member in range(first, first + world.household_size[household - 1]):
            if member != person:
                minute += self.later(2, 15)
                reason = texts.OPENED_CONTACT.format(masked, texts.RELATIONS_HOUSEHOLD)
                self.open(minute, member, Cat.CLOSE_CONTACT, reason, source=case,
                          relation=texts.RELATIONS_HOUSEHOLD)
                wanted -= 1
        community = world.communities[case.community - 1]
        for _ in range(max(1, wanted)):
            other = community.first_person + int(rng.random() * community.persons)
            if other == person:
                continue
            relation = self.pick(texts.RELATIONS_OTHER)
            minute += self.later(5, 60)
            self.open(minute, other, Cat.CLOSE_CONTACT,
                      texts.OPENED_CONTACT.format(masked, relation), source=case, relation=relation)
