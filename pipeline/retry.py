"""When to retry a request and how long to wait: exponential backoff with jitter.

Kept apart from the fetcher so the policy can be read (and tuned in tests) in one place.
Timeouts, connection errors, 429 and 5xx are transient; any other 4xx is the server's
final answer and is never retried.  A `Retry-After` from the server overrides the backoff.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

import httpx

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 507, 508, 520, 521, 522, 523, 524})


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4            # total tries, the first one included
    base: float = 0.5            # seconds before the first retry (before jitter)
    cap: float = 30.0            # longest backoff
    max_retry_after: float = 120.0  # a longer Retry-After gives up instead of waiting

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Equal jitter: uniform in [c/2, c], c = min(cap, base * 2**(attempt-1)); attempt counts from 1.

        Never zero, so a retry cannot hammer a struggling server; jitter spreads retries apart.
        """
        ceiling = min(self.cap, self.base * (2 ** max(0, attempt - 1)))
        return (rng or random).uniform(ceiling / 2, ceiling)


def retryable_status(status: int) -> bool:
    return status in RETRY_STATUSES


def retryable_error(exc: BaseException) -> bool:
    """Timeouts and transport failures (refused, reset, truncated) are worth another try."""
    return isinstance(exc, (httpx.TimeoutException, httpx.TransportError, TimeoutError))


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())
