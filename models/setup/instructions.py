"""The 说明 (instructions) sheet: the district's name and code, then how to fill the workbook.

The district's two cells are read back on import (models/setup/reading.py); everything else is
for the person filling the sheets in, Chinese first, as the workbook is.
"""
from __future__ import annotations

from models.setup.sheets import DISTRICT_CODE, DISTRICT_NAME, INSTRUCTIONS
from models.setup.words import AREA_KINDS, CATEGORIES, FACILITY_KINDS, ROLES, SUPPLY_ITEMS, TEAM_KINDS
from models.setup.xlsx import Sheet

LINES = (
    "说明 Instructions",
    "1. 每个工作表是一类基础数据，第一行是表头，请勿修改；模板中的示例行请换成本区的数据。"
    " Each sheet is one table; keep its header row and replace the template's example row.",
    "2. 编码、车牌号、身份证号（队伍：派出所编码+队名；住宿点：名称；防疫物资：派出所编码+物资）"
    "是再次导入时找到同一行的依据：再次导入只新增和更新，从不删除；停用请在编辑界面操作。"
    " Codes, plates and resident IDs find a row again on re-import: rows are added or updated, "
    "never deleted; retire a row in its editor.",
    "3. 导入前先核验全部数据，有任何问题则一行也不写入，问题列出工作表、行、列和处理办法；"
    "可先用 --dry-run 只核验。 Everything is checked first and nothing is written if anything is "
    "wrong; --dry-run checks only.",
    "4. 队伍一栏写队名；几个派出所有同名队伍时写“派出所编码/队名”（如 S01/快反一队）；"
    "一人在多支队伍时用“、”分隔，“队长”为“是”表示他是所列第一支队伍的队长，每支队伍只有一名队长。"
    " A team is its name, or station code/name when several stations have one so named; "
    "several teams are separated by 、, and 队长 是 makes the responder leader of the first.",
    "5. 服务社区写社区编码（或名称），用“、”分隔；收治类别用“、”分隔。"
    " Communities served and categories accepted are lists separated by 、.",
    "6. 派出所表的“片区类型”、住宿点表的“派出所编码”可以不填：新派出所按其多数社区定为社区或村，"
    "新住宿点归第一位入住队员所在队伍的派出所。 A new station's area kind follows most of its "
    "communities; a new lodging belongs to the station of the first team lodged there.",
    "7. 户数、人口是户籍名册的数字；以后导入某社区名册时，这两个数不会被累加，只在少于该社区已导入的户数、"
    "人数时提高到实际数，所以请照实填写（不知道可填 0）。 Households and population are the "
    "register's figures; a register import never adds to them, it only raises them to the "
    "households and persons the community then holds, so write the figures you have (0 if none).",
    "8. 坐标为 WGS-84 十进制度，须在中国境内（纬度 3.5–53.6，经度 73.5–135.1）；车牌如 鄂A·12345"
    "（新能源车 6 位）；身份证号须为有效的 18 位号码。 Coordinates in decimal degrees inside China; "
    "plates such as 鄂A·12345; valid 18-character resident IDs.",
    "9. 低库存天数：按上周的用量，库存够用的天数少于此数即提示库存不足。 Low-stock days: the stock "
    "is low when it lasts fewer days than this at last week's use.",
    "10. 座位数可不填；床位总数不得少于已占用床位。 Seats may be left blank; beds total never below "
    "the beds taken.",
    "11. 社区边界（可不填此表）：每个社区一行，写社区编码（或名称）和边界：依次写各点“经度,纬度”，"
    "用“;”分隔（如 114.299,30.599; 114.303,30.599; 114.303,30.603），或一个 GeoJSON 的 Polygon / "
    "MultiPolygon（导出即如此）；WGS-84，边界不得自相交。 Community boundaries (optional): a "
    "community's code or name and its outline, as lon,lat points separated by ; or a GeoJSON "
    "Polygon or MultiPolygon (as exported); WGS-84, not crossing itself.",
)


def vocabulary_lines() -> list[str]:
    """The words each kind column takes (the Chinese first, then the English)."""
    return [f"{label}: {words.choices()}" for label, words in (
        ("社区或村 / 片区类型 urban or rural", AREA_KINDS), ("收治机构类型 facility kind", FACILITY_KINDS),
        ("收治类别 categories", CATEGORIES), ("队伍类型 team kind", TEAM_KINDS),
        ("角色 role", ROLES), ("物资 item", SUPPLY_ITEMS))]


def instructions_sheet(district_name: str, district_code: str) -> Sheet:
    rows: list[list[str]] = [[DISTRICT_CODE[0], district_code], []]
    rows += [[line] for line in LINES]
    rows += [[]] + [[line] for line in vocabulary_lines()]
    return Sheet(INSTRUCTIONS[0], [DISTRICT_NAME[0], district_name], rows, (24, 60))
