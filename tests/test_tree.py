"""The tests keep the house's shape: they mirror the source tree, and what they share lives in
tests/support/.

A test module that imports from another test module (or from a conftest) ties two features'
tests together: moving or deleting one breaks the other, and pytest may collect the helper's
tests twice. A test module sits in the folder named like the source room it tests
(tests/ui/teams/ tests ui/teams/), or at its layer's root when it tests the whole layer, so a
feature's tests are found next to each other and move with it.
"""
from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
LAYERS = ("models", "controllers", "ui")


def python_files(folder: Path) -> Iterator[Path]:
    yield from sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def imported_modules(path: Path) -> Iterator[tuple[int, str]]:
    """Every module `path` imports, with the line it is imported on (also inside functions)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name


def is_test_module(dotted: str) -> bool:
    parts = dotted.split(".")
    return parts[0] == "tests" and (parts[-1].startswith("test_") or parts[-1] == "conftest")


def test_no_test_module_imports_another_test_module() -> None:
    offences = [f"{path.relative_to(ROOT)}:{line} imports {module}"
                for path in python_files(TESTS)
                for line, module in imported_modules(path) if is_test_module(module)]
    assert offences == [], "shared helpers belong in tests/support/:\n" + "\n".join(offences)


def test_every_test_module_sits_in_the_room_it_tests() -> None:
    misplaced = []
    for layer in LAYERS:
        for path in python_files(TESTS / layer):
            if not path.name.startswith("test_"):
                continue
            folder = path.parent.relative_to(TESTS / layer)
            if folder == Path("."):
                continue                    # the layer root: tests of the whole layer
            source = ROOT / layer / folder
            if not (source / "__init__.py").is_file():
                misplaced.append(f"{path.relative_to(ROOT)}: no package {layer}/{folder.as_posix()}")
    assert misplaced == [], "\n".join(misplaced)


def test_every_test_folder_is_a_package() -> None:
    """The tests import each other's support by package name: a folder without __init__.py would
    be imported under its bare name and clash with a source package of the same name."""
    folders = {path.parent for layer in LAYERS for path in python_files(TESTS / layer)}
    missing = sorted(str(folder.relative_to(ROOT)) for folder in folders
                     if not (folder / "__init__.py").is_file())
    assert missing == []
