"""The supervision order (督办单) on paper, read back from the PDF's text layer: the community,
its open doors, the gap to the line, the deadline and the reply box, in Chinese and English."""
from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from controllers.campaign.actions import answer_order, issue_order
from controllers.paper.supervision_order import save_order_pdf
from controllers.runtime.language import install_translators
from models.db.database import Database
from tests.support.campaign import NOW, make_campaign_scene
from tests.support.factories import signed_in
from tests.support.paper import page_texts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    undo = install_translators(qapp, "zh")
    yield
    undo()


def test_the_order_names_the_community_its_figures_and_deadline(database: Database,
                                                                tmp_path: Path,
                                                                chinese: None) -> None:
    scene = make_campaign_scene(database)
    commander = signed_in("commander", "zhang")
    order = issue_order(database, commander, scene.campaign_id, scene.behind, now=NOW)
    out = tmp_path / "order.pdf"
    assert save_order_pdf(database, signed_in("viewer"), order.id, out) == 1
    text = " ".join(page_texts(out))
    assert "督办单" in text and order.number in text
    assert "乙社区" in text and "大智派出所" in text and "集中拉网排查" in text
    assert re.search(r"未完成户数\s+7\s?户", text)            # open doors
    assert re.search(r"落后计划\s+4\s?户", text)              # the gap to the planned line
    assert "2020-02-20" in text                            # the deadline
    assert "社区回复" in text
    answer_order(database, commander, order.id, order.version, "今晚加派两个工作组", now=NOW)
    save_order_pdf(database, commander, order.id, out)
    assert "今晚加派两个工作组" in " ".join(page_texts(out))


def test_in_english_too(database: Database, tmp_path: Path, qapp: QApplication) -> None:
    scene = make_campaign_scene(database)
    order = issue_order(database, signed_in("commander"), scene.campaign_id, scene.behind, now=NOW)
    out = tmp_path / "order.pdf"
    save_order_pdf(database, signed_in("viewer"), order.id, out)
    text = " ".join(page_texts(out))
    assert "Supervision order" in text and "Open doors" in text and "7 households" in text
    assert "Page 1 of 1" in text
