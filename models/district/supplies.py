"""防疫物资: each station's stock of an item, how many days' use counts as low, and deliveries.

Every change of a quantity is a movement (models/teams/supplies.py): a new stock's opening
quantity and a delivery of suits are received like any other, so the stock's history adds up.
A stock line is never retired: a station that no longer keeps an item lets it run to zero.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from models.district.records import Editor
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.tables import MasterRecord, MasterTable
from models.enums import SupplyItem
from models.schema.geography import PoliceStation
from models.schema.supplies import DEFAULT_LOW_STOCK_DAYS, SupplyStock
from models.setup.rows import SupplyRow
from models.teams.supplies import move_stock


class SupplyEditor(Editor):
    """A new stock line (station, item, opening quantity) or a stock's low-stock days."""
    table = MasterTable.SUPPLIES
    model = SupplyStock
    sheet = "supplies"
    renamed: ClassVar[Mapping[str, str]] = {"station": "station_id"}

    def values_of(self, obj: Any) -> dict[str, Any]:
        return {"station_id": obj.station_id, "item": str(obj.item), "quantity": obj.quantity,
                "low_stock_days": obj.low_stock_days}

    def facts_of(self, obj: Any) -> dict[str, Any]:
        return {"quantity": obj.quantity}

    def defaults(self) -> dict[str, Any]:
        return {"station_id": None, "item": SupplyItem.PROTECTIVE_SUIT.value, "quantity": 0,
                "low_stock_days": DEFAULT_LOW_STOCK_DAYS}

    def cells(self, values: Mapping[str, Any]) -> dict[str, object]:
        station = values["station_id"]
        return {"station": "" if station is None else str(station), "item": values["item"],
                "quantity": values["quantity"], "low_stock_days": values["low_stock_days"]}

    def columns(self, row: SupplyRow, values: Mapping[str, Any],
                obj: Any | None) -> dict[str, Any]:
        if obj is not None:
            if (values["station_id"], row.item, row.quantity) != \
                    (obj.station_id, obj.item, obj.quantity):
                raise ValueError("a stock's station, item and quantity are not edited: "
                                 "receive a delivery instead")
            return {"low_stock_days": row.low_stock_days}
        station = self.chosen(PoliceStation, values["station_id"], None, "station_id")
        if self.taken((SupplyStock.station_id == station.id) & (SupplyStock.item == row.item), None):
            raise DistrictRefused(f"{station.name} keeps {row.item.value} already",
                                  DistrictRefusal.ITEM_STOCKED, field="item")
        return {"station_id": station.id, "item": row.item, "quantity": 0, "low_threshold": 0,
                "low_stock_days": row.low_stock_days}

    def created(self, obj: Any, row: SupplyRow) -> None:
        quantity = row.quantity
        if quantity > 0:
            actor = self.session.info.get("actor")
            move_stock(self.session, obj.id, quantity, "", self.now,
                       getattr(actor, "user_id", None))

    def receive(self, stock_id: int, quantity: int, note: str, user_id: int | None) -> MasterRecord:
        """A delivery received: a positive movement, whatever else moved the stock meanwhile."""
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity <= 0:
            raise DistrictRefused("A delivery is a positive whole number",
                                  DistrictRefusal.DELIVERY_NOT_POSITIVE, field="quantity")
        self.get(stock_id)
        move_stock(self.session, stock_id, quantity, note.strip(), self.now, user_id)
        return self.record(stock_id)
