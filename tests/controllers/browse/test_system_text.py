"""What Canvass writes into text columns is stored as a code and read in the reader's language:
every code has its Chinese sentence, a stored code always decodes (also when shortened to its
column), and a case's last action and history read in Chinese with no English Canvass wrote."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from sqlalchemy import text

from controllers.browse.system_text import SENTENCES, render
from controllers.cases.workflow import change_status, load_case, open_case_for_person, usual_reason
from controllers.runtime.actions import SignedInUser
from controllers.runtime.language import install_translators
from models.db.database import Database
from models.enums import UserRole
from models.system_text import MARK, PARAMETERS, SystemText, decode, encode, fit
from tests.support.factories import make_person, make_place

DISPATCHER = SignedInUser(None, "wang", "王调度", UserRole.DISPATCHER)
T0 = datetime(2020, 2, 10, 9, 0)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
SAMPLE = {"to": "verified", "case": "17", "number": "ZY202002100001", "facility": "金银潭医院",
          "plate": "鄂A·12345", "reason": "家属拒绝", "temperature": "37.8"}


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    remove = install_translators(qapp, "zh")
    try:
        yield
    finally:
        remove()


@pytest.mark.parametrize("code", list(SystemText), ids=lambda code: code.value)
def test_every_code_reads_in_chinese(chinese: None, code: SystemText) -> None:
    assert code in SENTENCES
    stored = encode(code, **{key: SAMPLE[key] for key in PARAMETERS[code]})
    shown = render(stored)
    assert MARK not in shown and shown != QCoreApplication.translate("x", SENTENCES[code])
    leftover = LATIN_WORD.findall(re.sub("|".join(map(re.escape, SAMPLE.values())), "", shown))
    assert leftover == [], f"{code.value} reads {shown!r}"
    assert all(SAMPLE[key] in shown for key in PARAMETERS[code] if key != "to")


def test_a_persons_text_is_shown_as_typed() -> None:
    for typed in ("38.6 at the door", "status: verified?", f"{MARK}not|a=code|x", ""):
        assert render(typed) == typed


values = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@given(number=values, reason=values, limit=st.integers(min_value=60, max_value=300))
def test_a_stored_code_always_decodes_also_when_shortened(number: str, reason: str,
                                                          limit: int) -> None:
    stored = encode(SystemText.TRANSFER_CANCELLED, limit, number=number, reason=reason)
    assert len(stored) <= limit
    written = decode(stored)
    assert written is not None and written.known() is SystemText.TRANSFER_CANCELLED
    whole = decode(encode(SystemText.TRANSFER_CANCELLED, number=number, reason=reason))
    assert whole is not None
    clean = {key: "".join(" " if ord(ch) < 32 or ord(ch) == 127 else ch for ch in value)
             for key, value in (("number", number), ("reason", reason))}
    assert dict(whole.parameters) == clean
    assert decode(fit(encode(SystemText.TRANSFER_CANCELLED, number=number, reason=reason),
                      limit)) is not None


def test_a_cases_last_action_and_history_read_in_chinese(database: Database,
                                                         chinese: None) -> None:
    with database.sessions() as session:
        person_id = make_person(session, make_place(session)).id
        session.commit()
    case_id = open_case_for_person(database, DISPATCHER, person_id, "fever", "", T0)
    detail = load_case(database, DISPATCHER, case_id)
    detail = change_status(database, DISPATCHER, case_id, detail.version, "verified",
                           usual_reason("verified") or "", T0 + timedelta(minutes=5))
    with database.sessions() as session:
        stored = session.execute(text("SELECT last_action FROM person_case")).scalar_one()
    assert stored.startswith(MARK) and "verified" in stored    # a code, not a sentence
    assert detail.last_action == "已核查：已与本人核对身份、住址和症状"
    shown = " ".join([detail.last_action, *(event[5] for event in detail.events)])
    assert LATIN_WORD.findall(shown) == [], shown
