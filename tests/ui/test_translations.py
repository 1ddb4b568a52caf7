"""Every string a person reads has a Chinese translation, and the shipped .qm matches the .ts."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from controllers.browse import vocabulary
from models import enums
from resources import I18N
from ui.kit import labels

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(I18N.glob("*_zh_CN.ts"))  # one per area of the app
TOOLS = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(f"{name} is not installed next to {sys.executable}")
    return path


def all_messages() -> dict[tuple[str, str, str], ET.Element]:
    found: dict[tuple[str, str, str], ET.Element] = {}
    for catalogue in CATALOGUES:
        found.update(messages(catalogue))
    return found


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.name)
def test_no_translation_is_unfinished_or_empty(catalogue: Path) -> None:
    problems = []
    for key, message in messages(catalogue).items():
        translation = message.find("translation")
        assert translation is not None
        texts = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("vanished", "obsolete"):
            continue  # no longer in the sources (or moved to an area's catalogue): not shipped
        if translation.get("type") == "unfinished" or not all(texts):
            problems.append(key)
    assert problems == []


def test_every_source_string_is_in_the_catalogue(tmp_path: Path) -> None:
    scanned = tmp_path / "scanned.ts"
    subprocess.run([str(tool("pyside6-lupdate")), "-extensions", "py", "-silent",
                    str(ROOT / "ui"), str(ROOT / "controllers"), str(ROOT / "models"),
                    "-ts", str(scanned)],
                   check=True, cwd=ROOT, capture_output=True, timeout=120)
    missing = sorted(set(messages(scanned)) - set(all_messages()))
    assert missing == [], "run pyside6-lupdate and translate these: " + repr(missing)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.name)
def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path, catalogue: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run([str(tool("pyside6-lrelease")), str(catalogue), "-qm", str(built)], check=True,
                   capture_output=True, timeout=120)
    shipped = catalogue.with_suffix(".qm")
    assert built.read_bytes() == shipped.read_bytes(), "run pyside6-lrelease and commit the .qm"


@pytest.mark.parametrize(("table", "enum"), [
    (labels.AREA_KINDS, enums.AreaKind), (labels.CATEGORIES, enums.CaseCategory),
    (labels.CASE_STATUSES, enums.CaseStatus), (labels.TEAM_KINDS, enums.TeamKind),
    (labels.TRANSFER_STATUSES, enums.TransferStatus)])
def test_every_stored_value_has_a_label(table: dict[str, str], enum: type) -> None:
    assert set(table) == {member.value for member in enum}


def test_vocabularies_cover_the_enums() -> None:
    assert set(vocabulary.CATEGORIES) == {member.value for member in enums.CaseCategory}
    assert set(labels.CATEGORY_COLORS) == set(vocabulary.CATEGORIES)
