"""Which column of a community's spreadsheet holds which field of the register.

Offices name their columns a dozen ways (身份证号, 公民身份号码, 身份证号码, ID No.); the usual
ones are recognised here. What a clerk corrects is remembered per header row in a small JSON file
in the workstation's data folder, so next week's file from the same office maps itself.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

from models.importing.errors import UnreadableFile
from models.importing.refusals import ImportRefusal

FIELDS: tuple[str, ...] = ("name", "resident_id", "sex", "phone", "address", "community",
                           "building", "unit", "door", "head_name", "relation")
REQUIRED: tuple[str, ...] = ("name", "resident_id")

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "居民姓名", "人员姓名", "name", "fullname", "full name"),
    "resident_id": ("身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码", "证件号",
                    "居民身份证号", "身份证件号码", "residentid", "id number", "idnumber", "id no",
                    "id no.", "id"),
    "sex": ("性别", "sex", "gender"),
    "phone": ("联系电话", "手机", "手机号", "手机号码", "电话", "电话号码", "联系方式", "phone",
              "mobile", "telephone", "tel"),
    "address": ("住址", "地址", "现住址", "居住地址", "家庭住址", "详细地址", "address"),
    "community": ("社区", "村", "社区名称", "所属社区", "社区/村", "村/社区", "村委会", "居委会",
                  "community", "village"),
    "building": ("楼栋", "组", "栋", "楼号", "栋号", "楼栋号", "村民小组", "小组", "building",
                 "block"),
    "unit": ("单元", "单元号", "unit"),
    "door": ("门牌号", "房号", "门牌", "房间号", "室", "门号", "door", "room", "door number"),
    "head_name": ("户主", "户主姓名", "household head", "head"),
    "relation": ("与户主关系", "关系", "家庭关系", "relation", "relationship"),
}

Mapping = dict[str, int]   # field → column index
HEADER_SCAN = 10           # a title and notes above the column names take a few rows at most


def _key(header: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", header or "").lower().split()).strip(" ：:*")


_LOOKUP: dict[str, str] = {_key(s): f for f, names in SYNONYMS.items() for s in names}


def guess_field(header: str) -> str | None:
    """The register field a header names, or None when it is not one we know."""
    return _LOOKUP.get(_key(header))


def guess_mapping(headers: list[str]) -> Mapping:
    """Each known field → the first column whose header names it."""
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        field = guess_field(header)
        if field is not None and field not in mapping:
            mapping[field] = index
    return mapping


def names_a_register(headers: list[str]) -> bool:
    """Whether a row reads as a register's column names: a name or ID column and one more."""
    fields = {found for found in map(guess_field, headers) if found is not None}
    return len(fields) >= 2 and bool(fields & set(REQUIRED))


def header_row_among(rows: list[tuple[int, list[str]]]) -> int:
    """Which of a file's first rows (number, cells) holds the column names: the first row when
    it reads as them (or when no row does, or several do: the person then chooses), else the one
    row below it that does, under a title row such as 永清社区居民花名册."""
    if not rows:
        return 1
    first = rows[0][0]
    candidates = [number for number, cells in rows if names_a_register(cells)]
    if first in candidates or len(candidates) != 1:
        return first
    return candidates[0]


def missing_fields(mapping: Mapping) -> list[str]:
    return [field for field in REQUIRED if field not in mapping]


def check_complete(mapping: Mapping) -> None:
    """A register without names or resident IDs cannot be loaded: refused before any row."""
    missing = missing_fields(mapping)
    if missing:
        raise UnreadableFile(f"No column is mapped to {', '.join(missing)}.",
                             ImportRefusal.MISSING_COLUMNS)


def header_signature(headers: list[str]) -> str:
    """A stable name for a header row (the same office's template gives the same one)."""
    text = "\x1f".join(_key(h) for h in headers)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class RememberedMappings:
    """Mappings a clerk confirmed, keyed by header signature, in one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, Mapping]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def recall(self, headers: list[str]) -> Mapping | None:
        stored = self._load().get(header_signature(headers))
        if not isinstance(stored, dict):
            return None
        return {f: int(i) for f, i in stored.items()
                if f in FIELDS and isinstance(i, int) and 0 <= i < len(headers)}

    def remember(self, headers: list[str], mapping: Mapping) -> None:
        data = self._load()
        data[header_signature(headers)] = {f: int(i) for f, i in mapping.items() if f in FIELDS}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        temporary.replace(self.path)


def mapping_for(headers: list[str], memory: RememberedMappings | None = None) -> Mapping:
    """A remembered mapping for this header row, else the guess from the headers."""
    if memory is not None:
        recalled = memory.recall(headers)
        if recalled:
            return recalled
    return guess_mapping(headers)
