"""A bounded page cache: the table keeps the pages seen most recently and forgets the rest."""
from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

V = TypeVar("V")


class PageCache(Generic[V]):
    """Least recently used pages are dropped first once `capacity` pages are held."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("a page cache holds at least one page")
        self.capacity = capacity
        self._pages: OrderedDict[int, V] = OrderedDict()

    def get(self, page: int) -> V | None:
        """The page, marked as just used; None when it is not held."""
        value = self._pages.get(page)
        if value is not None:
            self._pages.move_to_end(page)
        return value

    def peek(self, page: int) -> V | None:
        """The page without changing what is dropped next."""
        return self._pages.get(page)

    def put(self, page: int, value: V) -> list[int]:
        """Hold `value` as `page`; returns the pages dropped to make room."""
        self._pages[page] = value
        self._pages.move_to_end(page)
        dropped = []
        while len(self._pages) > self.capacity:
            oldest, _ = self._pages.popitem(last=False)
            dropped.append(oldest)
        return dropped

    def clear(self) -> None:
        self._pages.clear()

    def pages(self) -> list[int]:
        return list(self._pages)

    def __len__(self) -> int:
        return len(self._pages)

    def __contains__(self, page: object) -> bool:
        return page in self._pages
