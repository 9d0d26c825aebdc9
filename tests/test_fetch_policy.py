"""The small policies the crawler is built from: robots.txt, retry/backoff, sources file, throttle."""
from __future__ import annotations

import asyncio
import random
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest

from pipeline.retry import RetryPolicy, parse_retry_after, retryable_error, retryable_status
from pipeline.robots import Robots
from pipeline.sources import SourcesError, load_sources, origin_of
from pipeline.throttle import Throttle

ROBOTS = """
User-agent: *
Disallow: /private/
Disallow: /*.pdf$
Allow: /private/public-*
Crawl-delay: 2.5

User-agent: dutyflow
User-agent: other
Disallow: /zhize/draft
Crawl-delay: 0.5
"""


@pytest.mark.parametrize("url,agent,allowed", [
    ("http://h/private/x.html", "SomeBot/1.0", False),
    ("http://h/private/public-list.html", "SomeBot/1.0", True),      # longer allow wins
    ("http://h/files/a.pdf", "SomeBot/1.0", False),
    ("http://h/files/a.pdf?x=1", "SomeBot/1.0", True),               # `$` anchors the end
    ("http://h/zhize/draft-1.html", "dutyflow/0.1 (bot)", False),    # own group replaces `*`
    ("http://h/private/x.html", "dutyflow/0.1 (bot)", True),
    ("http://h/robots.txt", "SomeBot/1.0", True),
])
def test_robots_rules(url, agent, allowed):
    assert Robots.parse(ROBOTS).allowed(url, agent) is allowed


def test_robots_crawl_delay_per_group_and_fallbacks():
    robots = Robots.parse(ROBOTS)
    assert robots.crawl_delay("dutyflow/0.1") == 0.5
    assert robots.crawl_delay("SomeBot") == 2.5
    assert Robots.unrestricted("404").allowed("http://h/private/x", "a")
    assert not Robots.forbidden("503").allowed("http://h/", "a")
    assert Robots.parse("").allowed("http://h/anything", "a")


def test_retry_classification():
    assert retryable_status(429) and retryable_status(503) and retryable_status(500)
    assert not retryable_status(404) and not retryable_status(403) and not retryable_status(400)
    assert retryable_error(httpx.ReadTimeout("x")) and retryable_error(httpx.ConnectError("x"))
    assert retryable_error(httpx.RemoteProtocolError("incomplete"))
    assert not retryable_error(ValueError("x"))


def test_backoff_grows_is_capped_and_jittered():
    policy = RetryPolicy(base=1.0, cap=8.0)
    rng = random.Random(7)
    waits = [[policy.backoff(n, rng) for _ in range(50)] for n in (1, 2, 3, 4, 5, 6)]
    for n, values in enumerate(waits, 1):
        ceiling = min(8.0, 2 ** (n - 1))
        assert all(ceiling / 2 <= v <= ceiling for v in values)
        assert len(set(values)) > 1                       # jittered, not a fixed schedule
    assert max(waits[-1]) <= 8.0


def test_retry_after_forms():
    now = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
    assert parse_retry_after("120") == 120
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
    assert parse_retry_after("-5") == 0


def test_sources_file(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text("""
[defaults]
delay = 3
[[site]]
start = ["https://Example.com:443/zhize/"]
follow = ['/zhize/list_\\d+']
documents = ['/zhize/\\d+\\.html$']
selectors = "div.content"
concurrency = 1
""", encoding="utf-8")
    sources = load_sources(path)
    site = sources.site_for("https://example.com/zhize/12.html")
    assert sources.delay == 3 and site.concurrency == 1 and site.selectors == ("div.content",)
    assert site.follows("https://example.com/zhize/list_2.html")
    assert site.follows("https://example.com/zhize/12.html")
    assert not site.follows("https://example.com/about.html")
    assert not site.follows("https://other.com/zhize/12.html")
    assert site.is_document("https://example.com/zhize/12.html")
    assert not site.is_document("https://example.com/zhize/list_2.html")
    assert origin_of("HTTP://A.b:80/x") == "http://a.b"


@pytest.mark.parametrize("text,message", [
    ("[[site]]\nstart = ['ftp://x/']\n", "not an http"),
    ("[[site]]\nstart = ['http://x/']\nfollow = ['(']\n", "bad pattern"),
    ("[[site]]\nfollow = ['a']\n", "needs `start`"),
    ("[[site]\n", "s.toml"),
])
def test_bad_sources_file_says_where(tmp_path, text, message):
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourcesError, match=message):
        load_sources(path)


def test_throttle_limits_concurrency_per_host():
    async def main() -> tuple[int, int]:
        throttle = Throttle(delay=0.0, concurrency=2)
        throttle.configure("http://slow", concurrency=1)
        peak = {"http://a": 0, "http://slow": 0}
        now = {"http://a": 0, "http://slow": 0}

        async def hit(host: str) -> None:
            async with throttle.slot(host):
                now[host] += 1
                peak[host] = max(peak[host], now[host])
                await asyncio.sleep(0.01)
                now[host] -= 1

        await asyncio.gather(*(hit(h) for h in ["http://a", "http://slow"] * 6))
        return peak["http://a"], peak["http://slow"]

    assert asyncio.run(main()) == (2, 1)


def test_throttle_defer_holds_back_the_next_request():
    async def main() -> float:
        throttle = Throttle(delay=0.0)
        async with throttle.slot("http://h"):
            pass
        throttle.defer("http://h", 0.2)
        started = time.monotonic()
        async with throttle.slot("http://h"):
            return time.monotonic() - started

    assert asyncio.run(main()) >= 0.19
