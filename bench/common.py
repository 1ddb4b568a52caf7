"""What every benchmark reports: rows of operation | Canvass | baseline | ratio | target | met."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    operation: str
    canvass_s: float
    baseline_s: float
    target_ratio: float          # Canvass may take at most this many times the baseline

    @property
    def ratio(self) -> float:
        return self.canvass_s / self.baseline_s if self.baseline_s > 0 else float("inf")

    @property
    def met(self) -> bool:
        return self.ratio <= self.target_ratio


HEADERS = ("operation", "Canvass", "baseline", "ratio", "target", "met")


def table(rows: Sequence[Row]) -> str:
    """A plain-text table, aligned, ready for a terminal or a commit message."""
    cells = [HEADERS] + [(r.operation, f"{r.canvass_s:.2f} s", f"{r.baseline_s:.2f} s",
                          f"{r.ratio:.2f}x", f"≤{r.target_ratio:g}x", "yes" if r.met else "NO")
                         for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(HEADERS))]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(line, widths)) for line in cells]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)
