"""The side road of a person who will not go: refusal, days of persuasion visits by the
community's police officer, and in the end agreement (or home isolation). Refusals are where
most incidents start, so they are logged here too.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from models.demo import texts
from models.demo.clock import office_hours
from models.demo.world import World
from models.enums import CaseCategory as Cat
from models.enums import CaseStatus as St
from models.enums import IncidentKind

if TYPE_CHECKING:
    from models.demo.epidemic import Case, Epidemic

DAY = 1440


class Persuasion:
    def __init__(self, world: World, epidemic: Epidemic) -> None:
        self.world, self.epidemic = world, epidemic
        self.visits: list[tuple[object, ...]] = []
        # (minute, kind, community id, case id, transfer id or None)
        self.incidents: list[tuple[int, IncidentKind, int, int | None, int | None]] = []
        self.failed_transfer: dict[int, int] = {}     # case id → the transfer that failed

    def refuse(self, t: int, case: Case) -> None:
        self._refuse(t, case, self.epidemic.pick(texts.REFUSED))

    def refuse_on_scene(self, t: int, case: Case) -> None:
        self._refuse(t, case, texts.FAILED_ON_SCENE)

    def _refuse(self, t: int, case: Case, reason: str) -> None:
        epidemic, rng = self.epidemic, self.world.rng
        if case.status != St.AWAITING_TRANSFER or not epidemic.move(case, t, St.REFUSED, reason):
            return
        case.refusals += 1
        r = rng.random()
        if r < 0.15:
            kind = IncidentKind.VIOLENCE if r < 0.012 else IncidentKind.NON_COOPERATION
            self.incidents.append((t, kind, case.community, case.id,
                                   self.failed_transfer.get(case.id)))
        officer = self.world.team_members[self.world.communities[case.community - 1].work_group][0]
        by_name = self.world.responder_names[officer - 1]
        stays_home = case.category in (Cat.CLOSE_CONTACT, Cat.FEVER) and rng.random() < 0.15
        visits = 1 + int(rng.random() ** 2 * 4)
        at = t
        for n in range(visits):
            gap = epidemic.later(240, DAY) if n == 0 else epidemic.later(600, 2000)
            at = office_hours(at + gap)
            if at > epidemic.now:
                return                       # still being persuaded at the snapshot
            agreed = n == visits - 1 and not stays_home
            said = texts.PERSUASION_AGREED if agreed else epidemic.pick(texts.PERSUASION)
            self.visits.append((len(self.visits) + 1, case.id, epidemic.stamps[at], None, by_name,
                                said, agreed))
        if stays_home:
            if epidemic.move(case, at + 10, St.HOME_OBSERVATION, texts.HOME_OBSERVATION[0]):
                cleared = office_hours(at + epidemic.later(12 * DAY, 14 * DAY))
                epidemic.at(cleared, epidemic.clear, case)
        else:
            epidemic.at(at + epidemic.later(10, 60), self.agree, case)

    def agree(self, t: int, case: Case) -> None:
        epidemic = self.epidemic
        if case.status == St.REFUSED and epidemic.move(case, t, St.AWAITING_TRANSFER, texts.AGREED):
            epidemic.at(t + epidemic.later(5, 30), epidemic.request_transfer, case)
