"""The two importers fuzzed end to end, on both databases (issue 21): a register (CSV in every
encoding a community office's Excel or WPS writes, Excel's tab-separated "Unicode text", .xlsx,
.xls) and the district workbook, whole, cut short, with bytes flipped or spliced in, or nothing
but random bytes, each opened and imported as the wizard does. Whatever the file, the import
lands or is refused with a CanvassError (a sentence, nothing written) — never another
exception — within SECONDS and MEGABYTES of Python memory; and the database is sound after.

The readers alone are fuzzed harder in tests/models/importing/test_import_fuzz.py; here the file
goes all the way through the mapping, the checks and the load. Hypothesis runs derandomized:
the same examples in every run, in CI too.
"""
from __future__ import annotations

import codecs
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from controllers.register.importing import ImportOptions, import_file, open_register_file
from controllers.setup.workbook import import_workbook, open_workbook
from models.db.database import Database
from models.errors import CanvassError
from models.importing.xlsx import XlsxWriter
from tests.support.district_workbook import TODAY, write_district
from tests.support.factories import make_place, signed_in
from tests.support.faults import soundness
from tests.support.xls_register import register_xls

pytestmark = pytest.mark.slow
CLERK, COMMANDER = signed_in("clerk"), signed_in("commander")
SECONDS, MEGABYTES = 5.0, 64
HEADER = "姓名,身份证号,联系电话,社区,楼栋,单元,门牌号"
LINES = ["张伟,420102198001010116,13800000000,永清社区,1,2,301",
         '"王芳",420102198001010132,"138 0000 0001",永清社区,1,2,302',
         "阿卜杜拉·买买提,42010219800101015X,,永清社区,,,",
         "李娜,4.20102E+17,13800000002,永清社区,3,1,101",
         "=HYPERLINK(\"http://x/\"),420102198001010140,13800000003,永清社区,3,1,102"]
ENCODINGS = [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""),
             ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)]
FUZZ = dict(deadline=None, derandomize=True, database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                   HealthCheck.function_scoped_fixture])


def _xlsx(lines: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.xlsx"
        with XlsxWriter(path, "Sheet1", HEADER.split(",")) as sheet:
            for line in lines:
                sheet.row(line.replace('"', "").split(","))
        return path.read_bytes()


@st.composite
def registers(draw: st.DrawFn) -> tuple[bytes, str]:
    """A register file and its suffix: whole, or damaged as a bad copy or a mail gateway does."""
    lines = draw(st.lists(st.sampled_from(LINES), max_size=6))
    kind = draw(st.sampled_from(["csv", "unicode text", "xlsx", "xls"]))
    if kind == "xlsx":
        content, suffix = _xlsx(lines), ".xlsx"
    elif kind == "xls":
        content, suffix = register_xls(), ".xls"
    else:
        codec, bom = (("utf-16-le", codecs.BOM_UTF16_LE) if kind == "unicode text"
                      else draw(st.sampled_from(ENCODINGS)))
        text = "\r\n".join([HEADER, *lines]) + "\r\n"
        if kind == "unicode text":
            text = text.replace(",", "\t")
        content, suffix = bom + text.encode(codec), (".txt" if kind == "unicode text" else ".csv")
    return _damaged(draw, content), suffix


def _damaged(draw: st.DrawFn, content: bytes) -> bytes:
    mutation = draw(st.sampled_from(["none", "truncate", "flip", "splice", "random"]))
    if mutation == "truncate":
        return content[:draw(st.integers(0, len(content)))]
    if mutation == "flip" and content:
        changed = bytearray(content)
        for _ in range(draw(st.integers(1, 8))):
            changed[draw(st.integers(0, len(changed) - 1))] = draw(st.integers(0, 255))
        return bytes(changed)
    if mutation == "splice":
        at = draw(st.integers(0, len(content)))
        return content[:at] + draw(st.binary(min_size=1, max_size=64)) + content[at:]
    if mutation == "random":
        return draw(st.binary(max_size=4096))
    return content


def _bounded(work: Callable[[], object]) -> None:
    """Run `work`; only a CanvassError may stop it; in time and in memory."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        work()
    except CanvassError as refused:
        assert str(refused).strip() and refused.code
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert time.monotonic() - started < SECONDS
    assert peak < MEGABYTES << 20


def test_any_register_file_imports_or_is_refused(database: Database) -> None:
    with database.sessions.begin() as session:
        make_place(session)

    @settings(max_examples=60, **FUZZ)  # type: ignore[arg-type]
    @given(register=registers(), skip_refused_rows=st.booleans())
    def run(register: tuple[bytes, str], skip_refused_rows: bool) -> None:
        content, suffix = register
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"register{suffix}"
            path.write_bytes(content)

            def load() -> object:
                opened, mapping = open_register_file(database, CLERK, path)
                return import_file(database, CLERK, opened, mapping,
                                   ImportOptions(today=TODAY, skip_invalid=skip_refused_rows))
            _bounded(load)

    run()
    assert soundness(database) == []


@st.composite
def workbooks(draw: st.DrawFn) -> tuple[bytes, str]:
    with tempfile.TemporaryDirectory() as folder:
        whole = write_district(Path(folder) / "district.xlsx").read_bytes()
    kind = draw(st.sampled_from(["workbook", "workbook", "register", "register xls"]))
    content = {"workbook": whole, "register": _xlsx(LINES), "register xls": register_xls()}[kind]
    return _damaged(draw, content), (".xls" if kind == "register xls" else ".xlsx")


def test_any_district_workbook_sets_up_or_is_refused(database: Database) -> None:
    @settings(max_examples=40, **FUZZ)  # type: ignore[arg-type]
    @given(workbook=workbooks(), dry_run=st.booleans())
    def run(workbook: tuple[bytes, str], dry_run: bool) -> None:
        content, suffix = workbook
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"district{suffix}"
            path.write_bytes(content)

            def load() -> object:
                return import_workbook(database, COMMANDER, open_workbook(database, COMMANDER, path),
                                       dry_run=dry_run, today=TODAY)
            _bounded(load)

    run()
    assert soundness(database) == []
