"""Crawl: start URLs → follow links (same site, robots permitting) → raw store + manifest.

Breadth-first, one depth level at a time, URLs of a level in sorted order: the set of pages
fetched under `max_pages` is the same however the requests interleave, which is what lets
a killed crawl resume into exactly the store an uninterrupted crawl gives.  On a resume the
pages already fetched by the unfinished run are not requested again: their links are read
from the stored bytes.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence
from urllib.parse import urljoin, urlsplit, urlunsplit

from pipeline.fetch import FetchConfig, Fetcher, FetchResult
from pipeline.rawstore import RawStore
from pipeline.sources import Site, Sources, SourcesError, load_sources, origin_of
from pipeline.throttle import Throttle

HTML_TYPES = ("text/html", "application/xhtml+xml", "")


@dataclass
class CrawlResult:
    fetched: int = 0          # 200, bytes stored
    not_modified: int = 0     # 304 on a conditional GET, nothing downloaded
    failed: int = 0           # a manifest row with an error
    skipped_robots: int = 0   # disallowed by robots.txt, never requested (unreachable robots.txt: failed)
    resumed: int = 0          # done by the interrupted run this one continued (counted above too)
    manifest: Path | None = None
    run_id: str = ""
    errors: dict[str, str] = field(default_factory=dict)   # url → error

    def __str__(self) -> str:
        return (f"{self.fetched} fetched, {self.not_modified} not modified, {self.failed} failed, "
                f"{self.skipped_robots} skipped by robots.txt"
                + (f" ({self.resumed} from the interrupted run)" if self.resumed else "")
                + f"; manifest {self.manifest}")


def normalize_url(url: str) -> str | None:
    """Canonical form for de-duplication: lower-case scheme/host, no default port, no fragment."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    return urlunsplit((scheme, host, parts.path or "/", parts.query, ""))


def extract_links(data: bytes, base_url: str, charset: str | None = None) -> list[str]:
    """Absolute http(s) links of an HTML page (honouring <base href>), normalized, in page order."""
    from normalize.encoding import UndecodableError, decode
    from selectolax.lexbor import LexborHTMLParser

    try:
        text = decode(data, charset, is_html=True).text
    except UndecodableError:
        return []
    tree = LexborHTMLParser(text)
    base = tree.css_first("base[href]")
    if base is not None:
        base_url = urljoin(base_url, base.attributes.get("href") or "")
    links: list[str] = []
    for node in tree.css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = normalize_url(urljoin(base_url, href))
        if url and url not in links:
            links.append(url)
    return links


def read_sources(sources: Sequence[str], sources_file: Path | None) -> tuple[Sources, list[tuple[str, str]]]:
    """URLs, URL-list files and TOML files → Sources, plus (source, reason) for bad entries."""
    result = load_sources(sources_file) if sources_file else Sources()
    bad: list[tuple[str, str]] = []
    for source in sources:
        source = str(source).strip()
        if not source:
            continue
        if normalize_url(source) and "://" in source:
            result.add_start(source)
            continue
        path = Path(source)
        if not path.is_file():
            bad.append((source, "not a URL and no such file"))
            continue
        if path.suffix.lower() == ".toml":
            extra = load_sources(path)
            result.sites.update(extra.sites)
            result.delay = result.delay if result.delay is not None else extra.delay
            result.concurrency = result.concurrency if result.concurrency is not None else extra.concurrency
            result.user_agent = result.user_agent or extra.user_agent
            continue
        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            bad.append((source, f"unreadable URL list: {exc}"))
            continue
        for n, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if normalize_url(line) and "://" in line:
                result.add_start(line)
            else:
                bad.append((line, f"{path}:{n}: not an http(s) URL"))
    return result, bad


def crawl(sources: list[str], raw_dir: Path, *, max_pages: int | None = None, max_depth: int = 2,
          sources_file: Path | None = None, config: FetchConfig | None = None) -> CrawlResult:
    """Fetch the sources and what they link to into the raw store at `raw_dir`.

    Synchronous (runs its own event loop, in a helper thread when called from a running
    loop); safe to call again after a crash: an unfinished run of the same crawl resumes.
    Raises RawStoreBusy when another crawl is writing to the same store.
    """
    coro = crawl_async(sources, Path(raw_dir), max_pages=max_pages, max_depth=max_depth,
                       sources_file=sources_file, config=config)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict = {}

    def runner() -> None:
        try:
            box["result"] = asyncio.run(coro)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=runner, name="dutyflow-crawl")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["result"]


def _run_key(sources: Sources, bad: list, max_pages: int | None, max_depth: int) -> str:
    spec = {"start": sorted(sources.start_urls), "bad": sorted(b[0] for b in bad),
            "max_pages": max_pages, "max_depth": max_depth,
            "sites": sorted((o, [p.pattern for p in s.follow], [p.pattern for p in s.documents],
                             list(s.selectors), s.max_depth) for o, s in sources.sites.items())}
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]


async def crawl_async(sources: Sequence[str], raw_dir: Path, *, max_pages: int | None = None,
                      max_depth: int = 2, sources_file: Path | None = None,
                      config: FetchConfig | None = None) -> CrawlResult:
    store = RawStore(raw_dir)
    with store.lock():
        return await _crawl_locked(store, sources, max_pages=max_pages, max_depth=max_depth,
                                   sources_file=sources_file, config=config)


async def _crawl_locked(store: RawStore, sources: Sequence[str], *, max_pages: int | None,
                        max_depth: int, sources_file: Path | None,
                        config: FetchConfig | None) -> CrawlResult:
    try:
        spec, bad = read_sources(sources, sources_file)
    except SourcesError as exc:
        spec, bad = Sources(), [(str(sources_file or sources), f"sources file: {exc}")]
    config = config or FetchConfig()
    if spec.user_agent:
        config = FetchConfig(**{**config.__dict__, "user_agent": spec.user_agent})
    throttle = Throttle(config.delay if spec.delay is None else spec.delay,
                        spec.concurrency or config.host_concurrency)
    for origin, site in spec.sites.items():
        throttle.configure(origin, site.delay, site.concurrency)

    run_id, resumed = store.begin_run(_run_key(spec, bad, max_pages, max_depth))
    done = store.run_rows(run_id) if resumed else {}
    previous = store.latest_ok()
    result = CrawlResult(run_id=run_id)

    def record(row: dict, reused: bool) -> None:
        if reused:
            result.resumed += 1
        else:
            store.record(row)
        if row.get("error"):
            # an unreachable robots.txt means "disallow all" (RFC 9309) but is a failure to report
            if row.get("kind") == "robots" and "robots.txt unreachable" not in row["error"]:
                result.skipped_robots += 1
            else:
                result.failed += 1
                result.errors[row["url"]] = row["error"]
        elif row.get("status") == 304:
            result.not_modified += 1
        else:
            result.fetched += 1

    for source, reason in bad:
        row = done.get(source) or _row(source, run_id, 0, "document", (), FetchResult(source, error=reason))
        record(row, source in done)

    async with Fetcher(store, config, throttle) as fetcher:
        level: list[tuple[str, str]] = []          # (url as requested, normalized)
        seen: set[str] = set()
        for url in spec.start_urls:
            key = normalize_url(url)
            if key and key not in seen:
                seen.add(key)
                level.append((url, key))
        start_set = {url for url, _key in level}
        count = 0
        for depth in range(max_depth + 1):
            batch: list[tuple[str, Site]] = []
            for url, _key in level:
                site = spec.site_for(url)
                if site.max_depth is not None and depth > site.max_depth:
                    continue
                if max_pages is not None and count >= max_pages:
                    break
                if url in done:
                    row = done[url]
                    if row.get("kind") != "robots":
                        count += 1
                    batch.append((url, site))
                    continue
                robots = await fetcher.robots(url)
                if not robots.allowed(url, config.user_agent):
                    reason = robots.reason or "robots.txt disallows this URL"
                    row = _row(url, run_id, depth, "robots", site.selectors,
                               FetchResult(url, error=f"robots: {reason}"))
                    record(row, False)
                    continue
                count += 1
                batch.append((url, site))

            async def one(url: str, site: Site) -> dict:
                if url in done:
                    record(done[url], True)
                    return done[url]
                try:
                    fetched = await fetcher.fetch(url, previous.get(url))
                except Exception as exc:  # noqa: BLE001 - a bug must not stop the crawl
                    fetched = FetchResult(url, error=f"internal: {type(exc).__name__}: {exc}")
                kind = "document" if site.is_document(url) else "listing"
                if fetched.robots_blocked:
                    kind = "robots"
                row = _row(url, run_id, depth, kind, site.selectors, fetched)
                record(row, False)
                return row

            rows = await asyncio.gather(*(one(url, site) for url, site in batch))
            store.compact()
            if depth == max_depth:
                break
            found: list[str] = []
            for row, (url, site) in zip(rows, batch):
                if site.max_depth is not None and depth >= site.max_depth:
                    continue
                if not row.get("sha256") or row.get("error") or row.get("content_type") not in HTML_TYPES + (None,):
                    continue
                path = store.object_path(row["sha256"])
                if not path.exists():
                    continue
                base = row.get("final_url") or url
                if origin_of(base) != site.origin and url in start_set:
                    site = spec.alias(url, base)       # a start URL moved to another origin
                for link in extract_links(path.read_bytes(), base, row.get("charset")):
                    if link not in seen and site.follows(link):
                        seen.add(link)
                        found.append(link)
            level = [(u, u) for u in sorted(found)]
            if not level:
                break

    store.finish_run(run_id)
    result.manifest = store.manifest_path
    return result


def _row(url: str, run_id: str, depth: int, kind: str, selectors: Sequence[str], r: FetchResult) -> dict:
    return {"url": url, "final_url": r.final_url, "status": r.status,
            "fetched_at": datetime.now(timezone.utc), "sha256": r.sha256, "bytes": r.bytes,
            "content_type": r.content_type, "charset": r.charset, "etag": r.etag,
            "last_modified": r.last_modified, "error": r.error, "attempts": r.attempts,
            "depth": depth, "kind": kind, "selectors": list(selectors), "run_id": run_id}
