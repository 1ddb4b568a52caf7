"""Where the register import spends its time, chunk by chunk: the lookup of IDs already
registered, the household assignment, the bulk writes. A flat line is a linear import; a lookup
that grows with every chunk is a plan scanning the growing table (README, Benchmarks).

    python -m bench.import_chunks [--rows 400000] --db DIR_OR_POSTGRESQL_URL
"""
from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from bench import register_import
from bench.demo_build import postgres_databases
from models.db.database import to_url
from models.importing import households, load

EVERY = 10   # chunks per printed line


def timed(owner: type, name: str, spent: dict[str, float]) -> None:
    """Wrap owner.name so that its time adds up under `name`."""
    original: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - started

    setattr(owner, name, wrapper)


def watch() -> dict[str, float]:
    spent: dict[str, float] = defaultdict(float)
    for name in ("_existing", "_write"):
        timed(load._Loader, name, spent)
    timed(households.HouseholdBook, "assign", spent)
    flush: Callable[..., Any] = load._Loader.flush
    chunks, last_at, last_spent = [0], [time.perf_counter()], [dict(spent)]

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = flush(self, *args, **kwargs)
        chunks[0] += 1
        if chunks[0] % EVERY == 0:
            now, before = time.perf_counter(), last_spent[0]
            parts = ", ".join(f"{key} {spent[key] - before.get(key, 0.0):.2f} s" for key in spent)
            print(f"chunks {chunks[0] - EVERY + 1}–{chunks[0]}: {now - last_at[0]:.2f} s ({parts})",
                  flush=True)
            last_at[0], last_spent[0] = now, dict(spent)
        return result

    load._Loader.flush = counted  # type: ignore[method-assign]
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=400_000)
    parser.add_argument("--db", required=True, help="a folder for a scratch SQLite file or a "
                        "postgresql:// URL of a server where we may create scratch databases")
    args = parser.parse_args(argv)
    watch()
    with tempfile.TemporaryDirectory() as scratch:
        csv_path = Path(scratch) / "register.csv"
        register_import.write_register(csv_path, args.rows)
        if "://" in args.db and make_url(args.db).get_backend_name() == "postgresql":
            with postgres_databases(to_url(args.db)) as (ours, _theirs):
                url = ours.render_as_string(hide_password=False)
                register_import.add_communities(url)
                total = register_import.canvass(url, csv_path)
        else:
            path = Path(args.db) / "bench-chunks.sqlite3"
            path.unlink(missing_ok=True)
            register_import.add_communities(f"sqlite:///{path}")
            total = register_import.canvass(f"sqlite:///{path}", csv_path)
            path.unlink(missing_ok=True)
    print(f"{args.rows:,} rows in {total:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
