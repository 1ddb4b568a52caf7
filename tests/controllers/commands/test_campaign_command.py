"""`canvass campaign list|show`: the campaigns and one's communities, the largest gap first; a
wrong id or no campaign at all is one line on stderr and exit 1."""
from __future__ import annotations

from datetime import date

import pytest

from controllers.campaign.actions import issue_order
from main import run
from models.db.database import Database
from tests.support.campaign import make_campaign_scene
from tests.support.factories import signed_in


def test_list_and_show(database: Database, database_url: str,
                       capsys: pytest.CaptureFixture[str]) -> None:
    scene = make_campaign_scene(database, today=date.today())
    issue_order(database, signed_in("commander"), scene.campaign_id, scene.behind)
    assert run(["--db", database_url, "--lang", "en", "campaign", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith(f"{scene.campaign_id}\t集中拉网排查\t")
    assert out[0].endswith("\trunning\t1 of 2 communities behind")
    assert run(["--db", database_url, "--lang", "en", "campaign", "show"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("集中拉网排查 (") and "11 of 20 open doors settled" in lines[0]
    assert lines[1].split("\t")[:3] == ["community", "station", "open doors"]
    assert lines[2].split("\t") == ["乙社区", "大智派出所", "7", "7", "0", "3", "7", "4", "behind",
                                    "DB001-0001 issued"]
    assert lines[3].split("\t")[0] == "甲社区" and lines[3].split("\t")[8] == ""
    assert run(["--db", database_url, "--lang", "zh", "campaign", "show",
                str(scene.campaign_id)]) == 0
    assert "落后\tDB001-0001 已下发" in capsys.readouterr().out


def test_a_wrong_id_or_no_campaign_is_one_line_and_exit_1(
        database: Database, database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    make_campaign_scene(database, declare=False)
    assert run(["--db", database_url, "--lang", "en", "campaign", "show"]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == "canvass: no sweep campaign has been declared" and not captured.out
    assert run(["--db", database_url, "--lang", "en", "campaign", "list"]) == 0
    assert capsys.readouterr().out.strip() == "no sweep campaign has been declared"
    assert run(["--db", database_url, "--lang", "en", "campaign", "show", "99"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["canvass: no sweep campaign has that id: `canvass campaign list` lists them"]
