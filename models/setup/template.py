"""The empty district workbook: every sheet with its headers and one example row, and the 说明
sheet. The example rows make one small, valid district (a station, its community, a field
hospital, a quick-response team with its leader, vehicle, lodging and suits, the community's
outline), so the template
imports as it is; a district replaces them with its own rows.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from models.enums import Sex
from models.register.resident_id import make
from models.setup.exporting import sheet_of
from models.setup.instructions import instructions_sheet
from models.setup.sheets import SHEETS
from models.setup.xlsx import write_workbook

EXAMPLE_DISTRICT = ("示例区", "429999")
EXAMPLE_ID = make("420102", date(1985, 3, 12), 0, Sex.MALE)
EXAMPLES: dict[str, list[Any]] = {
    "stations": ["S01", "示例派出所", "示例区示例路1号", 30.6, 114.3, "社区"],
    "communities": ["C0101", "示例社区", "S01", "社区", 1200, 3000, 100, 30.601, 114.301],
    "facilities": ["F01", "示例方舱医院", "方舱医院", "确诊、疑似", 1000, "示例区会展中心", 30.62,
                   114.28, "027-12345678"],
    "teams": ["示例快反一队", "快反队", "S01", "C0101"],
    "responders": ["张示例", EXAMPLE_ID, "13800000000", "民警", "示例派出所", "示例快反一队", "是",
                   "示例住宿点"],
    "vehicles": ["鄂A·12345", "S01", "示例快反一队", 7],
    "lodging": ["示例住宿点", "示例区示例路2号", 40, "S01"],
    "supplies": ["S01", "防护服", 500, 3],
    "boundaries": ["C0101", "114.299,30.599; 114.303,30.599; 114.303,30.603; 114.299,30.603"],
}


def write_template(path: Path | str) -> Path:
    sheets = [sheet_of(spec, [EXAMPLES[spec.key]]) for spec in SHEETS]
    return write_workbook(path, [*sheets, instructions_sheet(*EXAMPLE_DISTRICT)])
