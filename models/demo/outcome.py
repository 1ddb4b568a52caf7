"""What a demo build reports back, and how it ends when someone presses Cancel."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from models.demo.refusals import DemoRefusal
from models.errors import CanvassError


class DemoCancelled(CanvassError):
    """The build was cancelled: its transaction was rolled back and nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message, DemoRefusal.CANCELLED)


@dataclass(frozen=True)
class DemoSummary:
    size: str
    seed: int
    end: datetime                       # the instant the history ends
    rows: dict[str, int] = field(default_factory=dict)    # table name → rows written
    seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def line(self) -> str:
        """One line for the command line and the log."""
        counted = ", ".join(_count(self.rows.get(table, 0), noun) for table, noun in SUMMARISED)
        return (f"Built the {self.size} demo (seed {self.seed}, up to {self.end:%Y-%m-%d %H:%M}) "
                f"in {self.seconds:.1f} s: {counted} ({self.total_rows:,} rows).")


SUMMARISED = (("police_station", "station"), ("community", "community"),
              ("household", "household"), ("person", "person"), ("visit", "visit"),
              ("person_case", "case"), ("transfer_order", "transfer"), ("team", "team"))


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n:,} {noun if n == 1 else plural}"
