"""Every refusal Canvass can raise has a sentence a person reads, in Chinese.

The refusals are the members of the feature enums (every subclass of models.errors.Refusal, found
in models/ by reading its classes); the sentences are the tables the screens translate them with.
A member without its sentence, or a sentence without Chinese, would reach a Chinese clerk as a
code or in English. The raise sites are read too: none may give a string as its code (a typo
would pass silently), and each gives the parameters its sentence's placeholders name."""
from __future__ import annotations

import ast
import functools
import importlib
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication

from controllers.intake import problem_text as intake
from controllers.map import texts as boundary_texts
from controllers.runtime.language import install_translators
from controllers.setup import problem_text as setup
from models.accounts.refusals import AccountRefusal
from models.alerts.refusals import AlertRefusal
from models.campaign.refusals import CampaignRefusal
from models.cases.refusals import CaseRefusal, ExposureRefusal
from models.communities.refusals import CommunityRefusal
from models.demo.refusals import DemoRefusal
from models.district.refusals import DistrictRefusal
from models.errors import CanvassError, DatabaseRefusal, Refusal
from models.exporting.refusals import ExportRefusal
from models.importing.refusals import ImportRefusal
from models.intake.refusals import IntakeRefusal
from models.map.refusals import MapRefusal
from models.paper.refusals import PaperRefusal
from models.register.refusals import MergeRefusal, RegisterRefusal
from models.reports.refusals import ReportRefusal
from models.selection import SelectionRefusal
from models.setup.refusals import SetupRefusal
from models.teams.refusals import MinimumsRefusal, TeamRefusal
from models.transfers.refusals import IncidentRefusal, SheetRefusal, TransferRefusal
from ui.alerts import texts as alert_texts
from ui.communities import labels as coverage
from ui.dashboard.report import REPORT_REFUSALS
from ui.district import texts as district
from ui.kit import error_text
from ui.kit.error_text import Sentences, refusal_sentence
from ui.kit.refusals import campaign, cases, selection, sheets, teams, transfers
from ui.register import duplicate_texts
from ui.register.import_texts import REFUSALS as IMPORT_REFUSALS

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("models", "controllers")
CODE = re.compile(r"^[a-z][a-z0-9_]+$")
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

# Where each feature's refusals are worded: the translation context and its table.
TABLES: dict[type[Refusal], tuple[str, Sentences]] = {
    DatabaseRefusal: (error_text.CONTEXT, error_text.BY_CODE),
    AccountRefusal: (error_text.CONTEXT, error_text.BY_CODE),
    RegisterRefusal: (error_text.CONTEXT, error_text.BY_CODE),
    MergeRefusal: (duplicate_texts.CONTEXT, duplicate_texts.BY_CODE),
    MinimumsRefusal: (error_text.CONTEXT, error_text.BY_CODE),
    CaseRefusal: (cases.CONTEXT, cases.BY_CODE),
    SelectionRefusal: (selection.CONTEXT, selection.BY_CODE),
    ExposureRefusal: (sheets.CONTEXT, sheets.BY_CODE),
    SheetRefusal: (sheets.CONTEXT, sheets.BY_CODE),
    PaperRefusal: (sheets.CONTEXT, sheets.BY_CODE),
    IncidentRefusal: (sheets.CONTEXT, sheets.BY_CODE),
    TransferRefusal: (transfers.CONTEXT, transfers.BY_CODE),
    TeamRefusal: (teams.CONTEXT, teams.ROSTER_ERRORS),
    CommunityRefusal: ("CoverageErrors", coverage.ERRORS),
    ImportRefusal: ("ImportWizard", IMPORT_REFUSALS),
    ReportRefusal: ("DashboardReport", REPORT_REFUSALS),
    DistrictRefusal: (district.CONTEXT, district.ERRORS),
    SetupRefusal: (setup.CONTEXT, setup.REFUSALS),   # the command line words them (%1: the file)
    IntakeRefusal: (intake.CONTEXT, intake.REFUSALS),
    MapRefusal: (boundary_texts.CONTEXT, boundary_texts.REFUSALS),   # the command line, %1: the file
    AlertRefusal: (alert_texts.ERRORS_CONTEXT, alert_texts.ERRORS),
    CampaignRefusal: (campaign.CONTEXT, campaign.BY_CODE),
}
# The person's own action, not a refusal: the dialog that cancelled says so itself.
NOT_REFUSALS: frozenset[Refusal] = frozenset({
    ImportRefusal.CANCELLED, ExportRefusal.CANCELLED, DemoRefusal.CANCELLED})
# Worded where it is caught, not from a table: the sign-in dialog counts the wait down.
WORDED_ELSEWHERE: dict[Refusal, tuple[str, str]] = {
    AccountRefusal.LOCKED: ("SignInDialog", "Too many failed attempts. Try again in %1."),
}


@functools.cache
def sources() -> tuple[tuple[Path, ast.Module], ...]:
    return tuple((path, ast.parse(path.read_text(encoding="utf-8")))
                 for layer in LAYERS for path in sorted((ROOT / layer).rglob("*.py"))
                 if "migrations" not in path.parts)


def base_names(node: ast.ClassDef) -> set[str]:
    return {base.id if isinstance(base, ast.Name) else base.attr for base in node.bases
            if isinstance(base, ast.Name | ast.Attribute)}


def subclass_names(root: str) -> set[str]:
    """The names of every class in models/ and controllers/ derived from `root`, read from the
    source (so a new enum or error class is found without being listed anywhere)."""
    classes = [node for _path, tree in sources() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)]
    found = {root}
    while True:
        more = {node.name for node in classes if base_names(node) & found} - found
        if not more:
            return found - {root}
        found |= more


def refusal_enums() -> list[type[Refusal]]:
    """Every Refusal subclass defined in models/: each defining module imported, its classes read."""
    names = subclass_names("Refusal")
    modules: list[ModuleType] = []
    for path, tree in sources():
        if any(isinstance(node, ast.ClassDef) and node.name in names for node in tree.body):
            dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            modules.append(importlib.import_module(dotted))
    return [value for module in modules for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, Refusal) and value is not Refusal
            and value.__module__ == module.__name__]


def member_of(node: ast.expr, enums: Mapping[str, type[Refusal]]) -> Refusal | None:
    """`TransferRefusal.FACILITY_FULL` as written at a call, or None for anything else."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
            and node.value.id in enums:
        return enums[node.value.id][node.attr]
    return None


def error_calls() -> Iterator[tuple[str, ast.Call]]:
    """Every call of an error class (raised, returned or kept) in models/ and controllers/."""
    errors = subclass_names("CanvassError") | {"CanvassError"}
    for path, tree in sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
                name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
                if name in errors:
                    yield f"{path.relative_to(ROOT)}:{node.lineno}", node


def raise_sites() -> dict[Refusal, list[tuple[str, set[str]]]]:
    """For each member named at an error's call: where, and the parameters given there."""
    enums = {enum.__name__: enum for enum in refusal_enums()}
    sites: dict[Refusal, list[tuple[str, set[str]]]] = {}
    for where, call in error_calls():
        given = {keyword.arg for keyword in call.keywords if keyword.arg}
        for argument in [*call.args, *(k.value for k in call.keywords if k.arg == "code")]:
            member = member_of(argument, enums)
            if member is not None:
                sites.setdefault(member, []).append((where, given))
    return sites


def home(member: Refusal) -> tuple[str, Sentences] | None:
    return TABLES.get(type(member))


def untranslated(enums: list[type[Refusal]],
                 tables: Mapping[type[Refusal], tuple[str, Sentences]]) -> list[str]:
    """What a Chinese clerk would read untranslated: a member without a table or a sentence in
    it, a sentence (of any table, overrides too) without Chinese, or with a placeholder the
    English does not have."""
    problems = []
    for enum in enums:
        for member in enum:
            if member in NOT_REFUSALS:
                continue
            if member in WORDED_ELSEWHERE:
                context, source = WORDED_ELSEWHERE[member]
                if QCoreApplication.translate(context, source, None, 2) == source.replace("%n", "2"):
                    problems.append(f"{enum.__name__}.{member.name}: no Chinese in {context}")
                continue
            if enum not in tables:
                problems.append(f"{enum.__name__}: no sentence table")
                break
            if member not in tables[enum][1]:
                problems.append(f"{enum.__name__}.{member.name}: no sentence")
    for context, table in {id(pair[1]): pair for pair in tables.values()}.values():
        for member, source in table.items():
            chinese = QCoreApplication.translate(context, source)
            if chinese == source:
                problems.append(f"{type(member).__name__}.{member.name}: no Chinese in {context}")
            elif set(PLACEHOLDER.findall(chinese)) - set(PLACEHOLDER.findall(source)):
                problems.append(f"{type(member).__name__}.{member.name}: the Chinese names a "
                                f"placeholder the English does not")
    return problems


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    remove = install_translators(qapp, "zh")
    try:
        yield
    finally:
        remove()


def test_the_walk_finds_the_enums_and_the_raise_sites() -> None:
    enums = refusal_enums()
    assert set(TABLES) | {ExportRefusal, DemoRefusal} == set(enums)
    assert sum(len(enum) for enum in enums) > 130
    sites = raise_sites()
    assert CaseRefusal.REASON_REQUIRED in sites and TeamRefusal.SHIFT_TOO_LONG in sites


def test_every_refusal_has_a_chinese_sentence(chinese: None) -> None:
    assert untranslated(refusal_enums(), TABLES) == []


def test_a_member_without_chinese_is_caught(chinese: None) -> None:
    fake = Refusal("FakeRefusal", [("NEW", "fake_new"), ("OTHER", "fake_other")])
    table: dict[Refusal, str] = {fake["NEW"]: "A sentence nobody translated."}
    assert untranslated([fake], {fake: ("Errors", table)}) == [
        "FakeRefusal.OTHER: no sentence", "FakeRefusal.NEW: no Chinese in Errors"]
    assert untranslated([fake], {}) == ["FakeRefusal: no sentence table"]


def test_no_error_is_given_a_string_as_its_code() -> None:
    literal = [where for where, call in error_calls()
               for value in [*call.args[1:], *(k.value for k in call.keywords if k.arg == "code")]
               if isinstance(value, ast.Constant) and isinstance(value.value, str)
               and CODE.match(value.value)]
    assert literal == [], "use the feature's refusal enum: " + ", ".join(literal)


def test_every_placeholder_is_given_where_the_refusal_is_raised(chinese: None) -> None:
    """A sentence's {placeholders} are filled from the parameters of the error: every raise site
    of its member gives them, and the Chinese sentence of a sample error with those parameters
    has none left."""
    sites = raise_sites()
    problems = []
    for enum in refusal_enums():
        for member in enum:
            table = home(member)
            if table is None or member not in table[1]:
                continue
            context, sentences = table
            wanted = set(PLACEHOLDER.findall(sentences[member]))
            if not wanted:
                continue
            if member not in sites:
                problems.append(f"{enum.__name__}.{member.name}: no raise site gives {wanted}")
            for where, given in sites.get(member, []):
                if wanted - given:
                    problems.append(f"{where}: {enum.__name__}.{member.name} lacks "
                                    f"{sorted(wanted - given)}")
                sample = CanvassError("", member, **dict.fromkeys(given, 7))
                text = refusal_sentence(context, sentences, sample) or ""
                if PLACEHOLDER.search(text):
                    problems.append(f"{where}: {text!r}")
    assert problems == []
