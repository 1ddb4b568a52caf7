"""What every benchmark reports: rows of operation | Canvass | baseline | ratio | target | met."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    operation: str
    canvass_s: float
    baseline_s: float            # 0: no baseline for this operation
    target_ratio: float = float("inf")  # Canvass may take at most this many times the baseline
    limit_s: float | None = None        # and at most this long, where the issue says so
    unit: str = "s"                     # "s": canvass_s, baseline_s, limit_s are seconds; "MB"

    @property
    def ratio(self) -> float:
        return self.canvass_s / self.baseline_s if self.baseline_s > 0 else float("nan")

    @property
    def met(self) -> bool:
        within_ratio = self.baseline_s <= 0 or self.ratio <= self.target_ratio
        within_limit = self.limit_s is None or self.canvass_s <= self.limit_s
        return within_ratio and within_limit

    @property
    def target(self) -> str:
        parts = []
        if self.baseline_s > 0 and self.target_ratio != float("inf"):
            parts.append(f"≤{self.target_ratio:g}x")
        if self.limit_s is not None:
            parts.append(f"≤{shown(self.limit_s, self.unit)}")
        return " and ".join(parts) or "—"


def shown(value: float, unit: str) -> str:
    return seconds(value) if unit == "s" else f"{value:,.0f} {unit}"


def seconds(value: float) -> str:
    """Milliseconds below a second, seconds above: the unit a person reads at a glance."""
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


HEADERS = ("operation", "Canvass", "baseline", "ratio", "target", "met")


def table(rows: Sequence[Row]) -> str:
    """A plain-text table, aligned, ready for a terminal or a commit message."""
    cells = [HEADERS] + [(r.operation, shown(r.canvass_s, r.unit),
                          shown(r.baseline_s, r.unit) if r.baseline_s > 0 else "—",
                          f"{r.ratio:.2f}x" if r.baseline_s > 0 else "—", r.target,
                          "yes" if r.met else "NO") for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(HEADERS))]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(line, widths)) for line in cells]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def run_on_database(description: str, rows: Callable[[Any], Sequence[Row]],
                    argv: list[str] | None = None) -> int:
    """`python -m bench.X --db PATH_OR_URL`: open the database, print the rows' table."""
    import argparse

    from models.opening import open_database
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", required=True, help="a database holding a demo district")
    args = parser.parse_args(argv)
    database = open_database(args.db)
    try:
        print(table(rows(database)))
    finally:
        database.dispose()
    return 0
