"""The four shares as plain values: what the board's tiles and the wall show (no SQL here, so
the screens may hold them; models/board/rows.py reads them)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Share:
    """One category's open cases and how many of them meet its goal."""
    category: str
    done: int
    total: int

    @property
    def waiting(self) -> int:
        return self.total - self.done

    @property
    def fraction(self) -> float | None:
        """done / total; None when the category has no open case (nothing owed: not 0%)."""
        return self.done / self.total if self.total else None


@dataclass(frozen=True)
class BoardShares:
    """The four shares in the board's order, and the moment waits are measured at: now on a
    live campaign, the evening of the last recorded day on a database looked at afterwards."""
    shares: tuple[Share, ...]
    as_of: datetime
    by_category: dict[str, Share] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        self.by_category.update({share.category: share for share in self.shares})
