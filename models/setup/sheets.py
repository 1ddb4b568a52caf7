"""The district workbook's shape: its sheets, their columns, the headers each is known by.

Chinese headers are what the template and the export write; the English ones (and a few other
spellings) are accepted on import. Every column the issue lists must be present on its sheet;
the two `optional` columns (a station's area kind, a lodging's station) may be left out, and
are then derived or kept as stored (models/setup/checks.py says how).
"""
from __future__ import annotations

from dataclasses import dataclass

from models.setup.words import word_key


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    chinese: str
    english: str
    width: int = 12
    optional: bool = False                 # the column itself may be missing
    also: tuple[str, ...] = ()             # other headers people write for it

    def names(self) -> tuple[str, ...]:
        return (self.chinese, self.english, self.key, *self.also)


@dataclass(frozen=True)
class SheetSpec:
    key: str
    chinese: str
    english: str
    columns: tuple[ColumnSpec, ...]

    def column(self, key: str) -> ColumnSpec:
        return next(column for column in self.columns if column.key == key)

    def names(self) -> tuple[str, ...]:
        return (self.chinese, self.english, self.key, f"{self.chinese} {self.english}")


def _c(key: str, chinese: str, english: str, width: int = 12, optional: bool = False,
       also: tuple[str, ...] = ()) -> ColumnSpec:
    return ColumnSpec(key, chinese, english, width, optional, also)


CODE = _c("code", "编码", "code", 12, also=("代码",))
NAME = _c("name", "名称", "name", 20)
ADDRESS = _c("address", "地址", "address", 30)
LATITUDE = _c("latitude", "纬度", "latitude", 11, also=("lat",))
LONGITUDE = _c("longitude", "经度", "longitude", 11, also=("lon", "lng"))
STATION = _c("station", "派出所编码", "station code", 12, also=("派出所", "所属派出所", "station"))

STATIONS = SheetSpec("stations", "派出所", "Stations", (
    CODE, NAME, ADDRESS, LATITUDE, LONGITUDE,
    _c("area_kind", "片区类型", "area kind", 10, optional=True, also=("城乡", "类型")),
))
COMMUNITIES = SheetSpec("communities", "社区", "Communities", (
    CODE, NAME, STATION,
    _c("area_kind", "社区或村", "urban or rural", 10, also=("类型", "社区/村", "kind")),
    _c("households", "户数", "households", 10, also=("登记户数",)),
    _c("persons", "人口", "population", 10, also=("人数", "登记人口", "persons")),
    _c("daily_target", "每日走访目标", "daily visit target", 12, also=("每日目标",)),
    LATITUDE, LONGITUDE,
))
FACILITIES = SheetSpec("facilities", "收治机构", "Facilities", (
    CODE, NAME,
    _c("kind", "类型", "kind", 12, also=("机构类型",)),
    _c("accepts", "收治类别", "categories accepted", 18, also=("categories",)),
    _c("beds_total", "床位总数", "beds total", 10, also=("床位数", "床位", "beds")),
    ADDRESS, LATITUDE, LONGITUDE,
    _c("phone", "电话", "phone", 14, also=("联系电话",)),
))
TEAMS = SheetSpec("teams", "队伍", "Teams", (
    _c("name", "队名", "name", 18, also=("队伍名称", "名称")),
    _c("kind", "类型", "kind", 12, also=("队伍类型",)),
    STATION,
    _c("communities", "服务社区", "communities served", 24, also=("社区编码", "communities")),
))
RESPONDERS = SheetSpec("responders", "队员", "Responders", (
    _c("name", "姓名", "name", 10),
    _c("resident_id", "身份证号", "resident id", 20, also=("公民身份号码", "身份证号码", "id number")),
    _c("phone", "电话", "phone", 14, also=("联系电话", "手机")),
    _c("role", "角色", "role", 10, also=("身份",)),
    _c("unit", "单位", "unit", 18, also=("所在单位", "agency", "unit/agency")),
    _c("teams", "队伍", "team", 18, also=("所在队伍", "teams")),
    _c("leader", "队长", "leader", 6, also=("是否队长",)),
    _c("lodging", "住宿点", "lodging", 18),
))
VEHICLES = SheetSpec("vehicles", "车辆", "Vehicles", (
    _c("plate", "车牌号", "plate", 12, also=("车牌", "号牌")),
    STATION,
    _c("team", "队伍", "team", 18, also=("所属队伍",)),
    _c("seats", "座位数", "seats", 8, also=("座位",)),
))
LODGING = SheetSpec("lodging", "住宿点", "Lodging", (
    NAME, ADDRESS,
    _c("rooms", "房间数", "rooms", 8, also=("房间",)),
    _c("station", "派出所编码", "station code", 12, optional=True, also=("派出所", "station")),
))
SUPPLIES = SheetSpec("supplies", "防疫物资", "Supplies", (
    _c("station", "派出所编码", "station code", 12, also=("派出所", "station")),
    _c("item", "物资", "item", 10, also=("物资名称",)),
    _c("quantity", "库存数量", "quantity on hand", 10, also=("库存", "数量", "quantity")),
    _c("low_stock_days", "低库存天数", "low-stock days", 10, also=("预警天数",)),
))
# A community's outline on the situation map: a GeoJSON geometry, or "lon,lat; lon,lat; …".
BOUNDARIES = SheetSpec("boundaries", "社区边界", "Community boundaries", (
    _c("community", "社区编码", "community code", 12, also=("社区", "community", "社区名称")),
    _c("outline", "边界", "outline", 60, also=("边界坐标", "坐标", "geometry", "GeoJSON")),
))

SHEETS: tuple[SheetSpec, ...] = (STATIONS, COMMUNITIES, FACILITIES, TEAMS, RESPONDERS, VEHICLES,
                                 LODGING, SUPPLIES, BOUNDARIES)
INSTRUCTIONS = ("说明", "Instructions", "readme")
DISTRICT_NAME = ("区名称", "district name", "district")
DISTRICT_CODE = ("区划代码", "district code", "行政区划代码")

_SHEET_BY_NAME = {word_key(name): sheet for sheet in SHEETS for name in sheet.names()}


def sheet_named(name: str) -> SheetSpec | None:
    """The sheet a workbook's tab is, by its Chinese or English name."""
    return _SHEET_BY_NAME.get(word_key(name.strip("* ")))


def is_instructions(name: str) -> bool:
    return word_key(name) in {word_key(n) for n in INSTRUCTIONS}


def column_for(sheet: SheetSpec, header: str) -> ColumnSpec | None:
    """The column a header names on `sheet`, ignoring a trailing （可选） or *."""
    key = word_key(header.split("（")[0].split("(")[0].strip(" *：:"))
    return next((column for column in sheet.columns
                 if key in {word_key(name) for name in column.names()}), None)
