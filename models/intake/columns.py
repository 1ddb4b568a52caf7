"""Which column of a contact-tracing list holds what.

The contact-tracing groups (流调工作组) send their lists as spreadsheets headed 姓名, 身份证号, 电话,
住址, 与病例关系, 末次接触日期, sometimes with the source case's number in a column of its own; the
English headers of the template are accepted too. The person's own fields are named as a
community register names them (models/importing/columns.py); the contact's own, here.
"""
from __future__ import annotations

from models.importing.columns import SYNONYMS as REGISTER_SYNONYMS
from models.setup.words import word_key

FIELDS: tuple[str, ...] = ("name", "resident_id", "phone", "address", "community", "relation",
                           "last_contact", "source_case")

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (*REGISTER_SYNONYMS["name"], "密接姓名", "密切接触者姓名", "接触者姓名",
             "密接人员姓名"),
    "resident_id": (*REGISTER_SYNONYMS["resident_id"], "resident id", "resident id number"),
    "phone": REGISTER_SYNONYMS["phone"],
    "address": (*REGISTER_SYNONYMS["address"], "现居住地", "居住地", "现居住地址", "现住地址"),
    "community": REGISTER_SYNONYMS["community"],
    "relation": ("与病例关系", "与确诊病例关系", "与病例的关系", "接触关系", "关系",
                 "relation", "relationship", "relation to case", "relation to the case",
                 "relation to the source case"),
    "last_contact": ("末次接触日期", "末次接触时间", "最后接触日期", "最后接触时间",
                     "接触日期", "末次暴露日期", "last contact", "date of last contact",
                     "last contact date", "last exposure", "date of last exposure"),
    "source_case": ("源病例", "源病例编号", "关联病例", "关联病例编号", "病例编号", "源头病例",
                    "source case", "source case no.", "source case number", "case"),
}

Mapping = dict[str, int]   # field → column index


def _key(header: str) -> str:
    return word_key(header or "").strip(" ：:*")


_LOOKUP: dict[str, str] = {_key(s): f for f, names in SYNONYMS.items() for s in names}


def guess_mapping(headers: list[str]) -> Mapping:
    """Each known field → the first column whose header names it."""
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        field = _LOOKUP.get(_key(header))
        if field is not None and field not in mapping:
            mapping[field] = index
    return mapping


def identifies(mapping: Mapping) -> bool:
    """A list can name persons only with a name or resident ID column."""
    return "name" in mapping or "resident_id" in mapping
