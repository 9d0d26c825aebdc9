"""Per-host politeness: at most N requests in flight and a minimum gap between request starts.

The gap is the larger of the configured delay and the host's robots.txt crawl-delay; a
`Retry-After` pushes the host's next allowed start into the future for every request to it,
not only the one that was told to wait.
"""
from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator


@dataclass
class _Host:
    semaphore: asyncio.Semaphore
    delay: float
    next_start: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Throttle:
    def __init__(self, delay: float = 1.0, concurrency: int = 2, max_delay: float = 60.0) -> None:
        self.default_delay = delay
        self.default_concurrency = concurrency
        self.max_delay = max_delay
        self._hosts: dict[str, _Host] = {}
        self._overrides: dict[str, tuple[float | None, int | None]] = {}

    def configure(self, host: str, delay: float | None = None, concurrency: int | None = None) -> None:
        """Per-site settings from the sources file; must be called before the host's first request."""
        self._overrides[host] = (delay, concurrency)

    def _host(self, host: str) -> _Host:
        if host not in self._hosts:
            delay, conc = self._overrides.get(host, (None, None))
            self._hosts[host] = _Host(asyncio.Semaphore(max(1, conc or self.default_concurrency)),
                                      self.default_delay if delay is None else delay)
        return self._hosts[host]

    def delay_of(self, host: str) -> float:
        return self._host(host).delay

    def crawl_delay(self, host: str, seconds: float | None) -> None:
        """robots.txt Crawl-delay: raise the host's gap to it (capped at max_delay)."""
        if seconds:
            state = self._host(host)
            state.delay = max(state.delay, min(float(seconds), self.max_delay))

    def defer(self, host: str, seconds: float) -> None:
        """Retry-After: no request to this host starts before now + seconds."""
        state = self._host(host)
        state.next_start = max(state.next_start, time.monotonic() + seconds)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        """Hold one of the host's concurrency slots, started no sooner than its gap allows."""
        state = self._host(host)
        async with state.semaphore:
            async with state.lock:
                now = time.monotonic()
                wait = max(0.0, state.next_start - now)
                state.next_start = max(now, state.next_start) + state.delay
            if wait:
                await asyncio.sleep(wait)
            yield
