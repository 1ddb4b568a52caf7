"""Names in the order Chinese readers look for them: by pinyin (张 under Z, 安 under A), the
same on SQLite and PostgreSQL.

Neither database sorts Chinese by pinyin out of the box (SQLite compares code points; a
PostgreSQL server has a pinyin collation only when built with ICU), so each person carries a sort
key written with the name: the name's syllables without tones, then the name itself, so that
names read alike still group by their characters (章 beside 张) and a name that is the start of
another comes first. The key is one indexed column: a million persons sort by it as fast as by
any column, and keyset paging works on it as on the name.

Characters are read one by one, each in its most common reading (pypinyin's table), except a
family name read otherwise as a surname (曾 Zeng, 单 Shan, 解 Xie). Anything not Chinese is
kept as written, lower-cased.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

KEY_LENGTH = 255
# Family names whose surname reading is not the character's most common one.
SURNAMES = {"曾": "zeng", "单": "shan", "解": "xie", "朴": "piao", "区": "ou", "查": "zha",
            "仇": "qiu", "盖": "ge", "乐": "yue", "员": "yun", "覃": "qin", "尉": "yu",
            "缪": "miao", "种": "chong", "繁": "po", "句": "gou", "冼": "xian", "秘": "bi",
            "召": "shao", "翟": "zhai", "长": "chang", "重": "chong", "折": "she", "黑": "he",
            "能": "nai", "华": "hua", "宿": "su", "藏": "zang", "车": "che", "沈": "shen"}
_PIECES = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\u3400-\u9fff\uf900-\ufaff\s]+")


@functools.cache
def _reader() -> Callable[[str], list[str]]:
    """pypinyin's reader, imported at the first name read: its tables take a third of a second
    to load, which every command and every window start would otherwise pay first."""
    from pypinyin import Style, lazy_pinyin
    return functools.partial(lazy_pinyin, style=Style.NORMAL)


@functools.lru_cache(maxsize=16_384)
def _syllable(character: str) -> str:
    found = _reader()(character)
    return found[0].lower() if found else character.lower()


@functools.lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """The sort key of `name` (e.g. "zhang wei\t张伟"); "" for an empty name."""
    name = (name or "").strip()
    if not name:
        return ""
    pieces = _PIECES.findall(name)
    syllables = [SURNAMES.get(piece) or _syllable(piece) if index == 0 and len(piece) == 1
                 else (_syllable(piece) if len(piece) == 1 else piece.lower())
                 for index, piece in enumerate(pieces)]
    return f"{' '.join(syllables)}\t{name}"[:KEY_LENGTH]
