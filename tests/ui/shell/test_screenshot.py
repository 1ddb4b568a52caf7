"""`canvass screenshot`: a PNG of the requested size for every view; one line and exit 2 when
the request cannot be met."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from main import run
from models.opening import open_database
from tests.support.sample_district import add_sample_district
from ui.shell.screenshot_command import VIEWS


@pytest.fixture(scope="module")
def district_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("shots") / "district.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    database = open_database(str(path))
    add_sample_district(database)
    database.dispose()
    return path


def assert_picture(path: Path, width: int, height: int) -> None:
    image = QImage(str(path))
    assert not image.isNull() and (image.width(), image.height()) == (width, height)
    corners = {image.pixel(1, 1), image.pixel(width // 2, height // 2),
               image.pixel(width - 2, height - 2), image.pixel(width // 4, height // 3)}
    assert len(corners) > 1, "a single flat colour: nothing was drawn"


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_renders(view: str, district_file: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{view}.png"
    assert run(["--db", str(district_file), "screenshot", view, "--out", str(out),
                "--size", "1024x640"]) == 0
    assert_picture(out, 1024, 640)
    assert str(out) in capsys.readouterr().out


def test_renders_on_postgresql_and_in_english(database_url: str, tmp_path: Path) -> None:
    database = open_database(database_url)
    add_sample_district(database)
    database.dispose()
    out = tmp_path / "dashboard.png"
    assert run(["--db", database_url, "screenshot", "dashboard", "--out", str(out),
                "--lang", "en", "--size", "800x520"]) == 0
    assert_picture(out, 800, 520)


@pytest.mark.parametrize(("argv", "says"), [
    (["screenshot", "lobby", "--out", "{tmp}/x.png"], "unknown view 'lobby'"),
    (["screenshot", "main", "--out", "{tmp}/x.png", "--size", "huge"], "bad size 'huge'"),
    (["screenshot", "main", "--out", "{tmp}/x.png", "--size", "10x10"], "bad size '10x10'"),
    (["screenshot", "main", "--out", "{tmp}/no/such/folder/x.png"], "no folder"),
    (["--db", "{tmp}/missing.sqlite3", "screenshot", "main", "--out", "{tmp}/x.png"],
     "no database at"),
    (["--db", "postgresql://nobody@127.0.0.1:1/none", "screenshot", "main", "--out",
      "{tmp}/x.png"], "Cannot reach"),
])
def test_refusals_are_one_line_and_exit_2(argv: list[str], says: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code = run([part.replace("{tmp}", str(tmp_path)) for part in argv])
    err = capsys.readouterr().err
    assert code == (3 if argv[0] == "--db" else 2)   # 3: the database cannot be used
    assert len(err.strip().splitlines()) == 1 and says in err
    assert not (tmp_path / "x.png").exists()
