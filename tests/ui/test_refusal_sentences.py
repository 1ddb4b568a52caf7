"""Every refusal code Canvass raises has a sentence a person reads, in Chinese: the codes are read
from the raise statements of models/ and controllers/, the sentences from the tables the screens
translate them with. A new code without its sentence would reach a Chinese clerk in English."""
from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ui.communities import labels as coverage
from ui.dashboard.report import REPORT_REFUSALS
from ui.kit import error_text
from ui.kit.refusals import cases, sheets, teams, transfers
from ui.register.import_texts import REFUSALS as IMPORT_REFUSALS
from ui.shell.translations import install_translators

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^[a-z][a-z0-9_]+$")
# The person's own action, not a refusal: the dialog that cancelled says so itself.
NOT_REFUSALS = frozenset({"export_cancelled", "import_cancelled"})
SENTENCES: dict[str, tuple[str, str]] = {}
for context, table in (("Errors", error_text.BY_CODE), ("CaseErrors", cases.BY_CODE),
                       ("SheetsErrors", sheets.BY_CODE), ("TransferErrors", transfers.BY_CODE),
                       ("TeamErrors", teams.ROSTER_ERRORS), ("CoverageErrors", coverage.ERRORS),
                       ("ImportWizard", IMPORT_REFUSALS), ("DashboardReport", REPORT_REFUSALS)):
    SENTENCES.update({code: (context, source) for code, source in table.items()})


def raised_codes() -> dict[str, str]:
    """Every literal code given to a raised error (its second argument, or `code=`)."""
    found: dict[str, str] = {}
    for layer in ("models", "controllers"):
        for path in sorted((ROOT / layer).rglob("*.py")):
            if {"migrations", "demo"} & set(path.parts):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                    continue
                values = [*node.exc.args[1:], *(k.value for k in node.exc.keywords if k.arg == "code")]
                for value in values:
                    if isinstance(value, ast.Constant) and isinstance(value.value, str) \
                            and CODE.match(value.value):
                        found.setdefault(value.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    remove = install_translators(qapp, "zh")
    try:
        yield
    finally:
        remove()


def test_the_walk_finds_the_codes() -> None:
    codes = raised_codes()
    assert len(codes) > 100 and "case_reason_required" in codes and "shift_too_long" in codes


def test_every_refusal_code_has_a_chinese_sentence(chinese: None) -> None:
    missing, english = [], []
    for code, where in sorted(raised_codes().items()):
        if code in NOT_REFUSALS:
            continue
        if code not in SENTENCES:
            missing.append(f"{code} ({where})")
            continue
        context, source = SENTENCES[code]
        if QCoreApplication.translate(context, source) == source:
            english.append(code)
    assert missing == [], "codes without a sentence: " + ", ".join(missing)
    assert english == [], "sentences without Chinese: " + ", ".join(english)
