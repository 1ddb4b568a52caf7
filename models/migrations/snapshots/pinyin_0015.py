"""A frozen copy of models/pinyin.py as migration 0015 fills `person.name_pinyin`: migrations never
import live modules, so editing the application's key later cannot change what 0015 wrote (the
application rewrites a key whenever a name is saved)."""
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
    """pypinyin's reader, imported when 0015 first reads a name, not whenever the migrations
    are listed (each command's schema check does that)."""
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
