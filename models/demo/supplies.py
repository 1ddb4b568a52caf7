"""Protective supplies per station: what was drawn (suits per trip, disinfectant per vehicle
wash, the day's masks), the district's deliveries every four days, and an emergency transfer
whenever a draw would otherwise take the stock below zero — so the running balance, and the
final quantity, never go negative, yet stocks do run low between deliveries.
"""
from __future__ import annotations

from collections.abc import Iterator

from models.demo import texts
from models.demo.world import Batch, World
from models.enums import SupplyItem

SUIT, MASK, DISINFECTANT = 0, 1, 2
ITEMS = (SupplyItem.PROTECTIVE_SUIT, SupplyItem.MASK, SupplyItem.DISINFECTANT)
DELIVERY_EVERY_DAYS = 4
MOVEMENT_COLUMNS = ("id", "stock_id", "at", "delta", "reason", "transfer_id", "user_id")


def _round_up(amount: float, step: int = 10) -> int:
    return max(step, -(-int(amount) // step) * step)


class Ledger:
    """Draws are noted as the simulation runs; receipts are decided at the end, per stock."""

    def __init__(self, world: World) -> None:
        self.world = world
        self._draws: dict[int, list[tuple[int, int, str, int | None]]] = {}

    @staticmethod
    def stock_id(station: int, item: int) -> int:
        return (station - 1) * len(ITEMS) + item + 1

    def draw(self, station: int, item: int, minute: int, amount: int, reason: str,
             transfer: int | None = None) -> None:
        self._draws.setdefault(self.stock_id(station, item), []).append(
            (minute, amount, reason, transfer))

    def rows(self) -> Iterator[Batch]:
        world, clock, rng = self.world, self.world.clock, self.world.rng
        for station in world.stations:
            for day in range(clock.days):
                if day * 1440 + 450 <= clock.now:      # the day's masks, drawn at 07:30
                    self.draw(station.id, MASK, day * 1440 + 450, len(station.responders),
                              texts.SUPPLY_MASKS)
        stocks: list[tuple[object, ...]] = []
        moves: list[tuple[int, int, int, str, int | None]] = []
        for station in world.stations:
            for item in range(len(ITEMS)):
                sid = self.stock_id(station.id, item)
                draws = sorted(self._draws.get(sid, []), key=lambda d: d[0])
                per_day = max(5, sum(d[1] for d in draws) // clock.days)
                deliveries = [(-600, _round_up(per_day * 5))]
                for day in range(DELIVERY_EVERY_DAYS, clock.days, DELIVERY_EVERY_DAYS):
                    amount = per_day * DELIVERY_EVERY_DAYS * (0.75 + 0.5 * rng.random())
                    deliveries.append((day * 1440 + 540, _round_up(amount)))
                balance, next_delivery, last_at = 0, 0, -600
                for minute, amount, reason, transfer in draws:
                    while (next_delivery < len(deliveries)
                           and deliveries[next_delivery][0] <= minute):
                        at, received = deliveries[next_delivery]
                        moves.append((at, sid, received, texts.SUPPLY_RECEIVED, None))
                        balance += received
                        next_delivery += 1
                    if balance < amount:
                        received = _round_up(max(amount - balance, per_day))
                        moves.append((minute - 1, sid, received, texts.SUPPLY_EMERGENCY, None))
                        balance += received
                    moves.append((minute, sid, -amount, reason, transfer))
                    balance -= amount
                    last_at = minute
                for at, received in deliveries[next_delivery:]:
                    if at <= clock.now:
                        moves.append((at, sid, received, texts.SUPPLY_RECEIVED, None))
                        balance += received
                        last_at = max(last_at, at)
                stocks.append((sid, station.id, ITEMS[item].value, balance, per_day,
                               clock.before, clock.at(last_at)))
        yield Batch("supply_stock", ("id", "station_id", "item", "quantity", "low_threshold",
                                     "created_at", "updated_at"), stocks)
        moves.sort(key=lambda m: (m[0], m[1]))
        yield Batch("supply_movement", MOVEMENT_COLUMNS,
                    [(n, sid, clock.at(at), delta, reason, transfer, None)
                     for n, (at, sid, delta, reason, transfer) in enumerate(moves, 1)])
