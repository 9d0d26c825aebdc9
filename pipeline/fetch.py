"""One URL → bytes in the raw store, politely and defensively (httpx, async).

What the web does and what happens here:
- slow or silent servers: connect/read timeouts plus a total deadline per attempt;
- resets, refused connections, truncated bodies, 429, 5xx: retried with backoff and jitter
  (`retry.py`), `Retry-After` honoured through the per-host throttle (`throttle.py`);
- other 4xx: final, never retried;
- huge bodies and gzip bombs: the body is streamed to a temp file with a cap on the wire
  bytes and a cap on the decompressed bytes, decompressing with bounded output per step,
  so memory stays small whatever the server sends;
- redirects: followed by hand (limit, loop detection, http/https only, no https→http);
- binary bodies labelled text/html and non-text content types: refused with a clear error;
- re-crawls: conditional GET (If-None-Match / If-Modified-Since) → 304, nothing downloaded.
Every outcome is a `FetchResult` with an `error` string; nothing raises for bad input.
"""
from __future__ import annotations

import asyncio
import hashlib
import ssl
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from normalize.encoding import looks_binary
from pipeline.rawstore import RawStore
from pipeline.retry import RetryPolicy, parse_retry_after, retryable_error, retryable_status
from pipeline.robots import Robots
from pipeline.sources import origin_of
from pipeline.throttle import Throttle

USER_AGENT = "dutyflow/0.1 (job-duty research crawler; +https://github.com/dutyflow/dutyflow)"
REDIRECTS = (301, 302, 303, 307, 308)
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml", "")
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchConfig:
    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0          # one request, headers + body (queueing for the host not counted)
    max_bytes: int = 10 * 1024 * 1024    # on the wire
    max_decoded_bytes: int = 20 * 1024 * 1024  # after decompression
    max_redirects: int = 5
    max_robots_bytes: int = 512 * 1024
    delay: float = 1.0                   # per host, between request starts
    host_concurrency: int = 2
    concurrency: int = 8                 # all hosts together
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    ca_file: str | None = None           # extra CA bundle (a corporate proxy, a test server)


@dataclass
class FetchResult:
    url: str
    final_url: str | None = None
    status: int | None = None
    sha256: str | None = None
    bytes: int | None = None
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    attempts: int = 0
    retry_after: float | None = None
    robots_blocked: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and self.status in (200, 203, 304)


class FetchError(Exception):
    """A fault with a message for the manifest; `retry` says whether another try may help."""

    def __init__(self, message: str, retry: bool = False) -> None:
        super().__init__(message)
        self.retry = retry


def media_type(header: str | None) -> tuple[str, str | None]:
    """('text/html', 'gbk') from 'text/html; charset="GBK"'."""
    if not header:
        return "", None
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for p in parts[1:]:
        if p.lower().startswith("charset="):
            charset = p.split("=", 1)[1].strip().strip("\"'") or None
    return parts[0].lower(), charset


def describe(exc: BaseException) -> str:
    """A manifest-friendly reason for a transport-level failure."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectTimeout):
        return "timeout: connect"
    if isinstance(exc, httpx.ReadTimeout):
        return "timeout: read (server too slow)"
    if isinstance(exc, httpx.TimeoutException):
        return f"timeout: {type(exc).__name__}"
    if isinstance(exc, (TimeoutError, asyncio.TimeoutError)):
        return "timeout: total time per attempt exceeded"
    if isinstance(exc, httpx.RemoteProtocolError):
        if "incomplete" in text.lower() or "complete message body" in text.lower():
            return f"truncated body: {text}"
        return f"protocol error: {text}"
    if isinstance(exc, httpx.ReadError):
        return f"connection reset: {text}"
    if isinstance(exc, httpx.ConnectError):
        if _tls_failure(exc):
            return f"tls: {text}"
        return f"connection failed: {text}"
    if isinstance(exc, httpx.TransportError):
        return f"transport error: {type(exc).__name__}: {text}"
    return f"{type(exc).__name__}: {text}"


def _tls_failure(exc: BaseException) -> bool:
    """Certificate and handshake failures: permanent, not worth a retry."""
    return "CERTIFICATE_VERIFY_FAILED" in str(exc) or "SSL" in type(exc.__cause__ or exc.__context__ or exc).__name__


class _Inflater:
    """Bounded-output decompression for Content-Encoding gzip / deflate / identity."""

    def __init__(self, encoding: str) -> None:
        encodings = [e.strip() for e in encoding.lower().split(",") if e.strip() and e.strip() != "identity"]
        if len(encodings) > 1:
            raise FetchError(f"unsupported content-encoding: {encoding}")
        self.kind = encodings[0] if encodings else ""
        if self.kind in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.kind == "deflate":
            self._z = None          # zlib-wrapped or raw: decided on the first bytes
        elif self.kind == "":
            self._z = None
        else:
            raise FetchError(f"unsupported content-encoding: {encoding}")

    def feed(self, data: bytes):
        if not self.kind:
            yield data
            return
        if self._z is None:   # deflate: RFC says zlib-wrapped, many servers send raw
            self._z = zlib.decompressobj(zlib.MAX_WBITS if data[:1] == b"\x78" else -zlib.MAX_WBITS)
        try:
            out = self._z.decompress(data, CHUNK)
            while True:
                if out:
                    yield out
                if not self._z.unconsumed_tail:
                    break
                out = self._z.decompress(self._z.unconsumed_tail, CHUNK)
        except zlib.error as exc:
            raise FetchError(f"corrupt {self.kind} body: {exc}") from None

    def finish(self) -> None:
        if self.kind and self._z is not None and not self._z.eof:
            raise FetchError(f"truncated body: {self.kind} stream ended early")


class Fetcher:
    """Shares one HTTP client, the throttle and the robots cache across a crawl."""

    def __init__(self, store: RawStore, config: FetchConfig | None = None,
                 throttle: Throttle | None = None) -> None:
        self.store = store
        self.config = config or FetchConfig()
        self.throttle = throttle or Throttle(self.config.delay, self.config.host_concurrency)
        self._robots: dict[str, Robots] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._client: httpx.AsyncClient | None = None
        self._global = asyncio.Semaphore(max(1, self.config.concurrency))

    async def __aenter__(self) -> "Fetcher":
        c = self.config
        timeout = httpx.Timeout(connect=c.connect_timeout, read=c.read_timeout,
                                write=c.read_timeout, pool=c.total_timeout)
        verify: ssl.SSLContext | bool = True
        if c.ca_file:
            verify = ssl.create_default_context(cafile=c.ca_file)
        self._client = httpx.AsyncClient(
            timeout=timeout, follow_redirects=False, trust_env=False, verify=verify,
            headers={"User-Agent": c.user_agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                     "Accept-Language": "zh-CN,zh;q=0.9,zh-TW;q=0.8,en;q=0.5"},
            limits=httpx.Limits(max_connections=c.concurrency, max_keepalive_connections=c.concurrency))
        return self

    async def __aexit__(self, *exc) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # ---- robots.txt ---------------------------------------------------------------------
    async def robots(self, url: str) -> Robots:
        """The robots.txt of the URL's origin, fetched once per crawl (crawl-delay applied)."""
        origin = origin_of(url)
        lock = self._robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:
            if origin not in self._robots:
                robots = await self._fetch_robots(origin)
                self.throttle.crawl_delay(origin, robots.crawl_delay(self.config.user_agent))
                self._robots[origin] = robots
        return self._robots[origin]

    async def allowed(self, url: str) -> bool:
        return (await self.robots(url)).allowed(url, self.config.user_agent)

    async def _fetch_robots(self, origin: str) -> Robots:
        url = origin + "/robots.txt"
        policy = self.config.retry
        reason = ""
        for attempt in range(1, policy.attempts + 1):
            try:
                async with self.throttle.slot(origin):      # waiting here is not timed
                    async with asyncio.timeout(self.config.total_timeout):
                        status, body = await self._small_get(url, self.config.max_robots_bytes)
            except Exception as exc:  # noqa: BLE001 - any failure: unreachable
                reason = describe(exc)
                if not retryable_error(exc) or _tls_failure(exc):
                    break
            else:
                if 200 <= status < 300:
                    return Robots.parse(body.decode("utf-8", errors="replace"))
                if 400 <= status < 500 and status != 429:
                    return Robots.unrestricted(f"robots.txt: http {status}")
                reason = f"http {status}"
            if attempt < policy.attempts:
                await asyncio.sleep(policy.backoff(attempt))
        return Robots.forbidden(f"robots.txt unreachable ({reason}): site treated as disallowed")

    async def _small_get(self, url: str, cap: int) -> tuple[int, bytes]:
        assert self._client is not None
        for _ in range(self.config.max_redirects + 1):
            async with self._client.stream("GET", url) as resp:
                if resp.status_code in REDIRECTS and resp.headers.get("location"):
                    target = urljoin(url, resp.headers["location"])
                    if urlsplit(target).scheme not in ("http", "https"):
                        return 404, b""
                    url = target
                    continue
                inflater = _Inflater(resp.headers.get("content-encoding", ""))
                body = bytearray()
                async for chunk in resp.aiter_raw(CHUNK):
                    for piece in inflater.feed(chunk):
                        body += piece
                        if len(body) > cap:
                            return resp.status_code, bytes(body[:cap])
                return resp.status_code, bytes(body)
        return 404, b""

    # ---- documents ----------------------------------------------------------------------
    async def fetch(self, url: str, previous: dict | None = None) -> FetchResult:
        """Fetch with retries; store the body; never raises for anything the server does."""
        policy = self.config.retry
        result = FetchResult(url)
        for attempt in range(1, policy.attempts + 1):
            result = FetchResult(url, attempts=attempt)
            try:
                await self._attempt(url, previous, result)
            except FetchError as exc:
                result.error = str(exc)
                if not exc.retry:
                    return result
            except Exception as exc:  # noqa: BLE001 - transport faults become rows
                result.error = describe(exc)
                if not retryable_error(exc) or _tls_failure(exc):
                    return result
            else:
                if result.status is not None and retryable_status(result.status):
                    result.error = f"http {result.status}"
                else:
                    return result
            if attempt == policy.attempts:
                break
            host = origin_of(result.final_url or url)
            if result.retry_after is not None:
                if result.retry_after > policy.max_retry_after:
                    result.error += f" (Retry-After {result.retry_after:.0f}s is longer than allowed)"
                    return result
                self.throttle.defer(host, result.retry_after)
            else:
                await asyncio.sleep(policy.backoff(attempt))
        if result.error and result.attempts > 1:
            result.error += f" (after {result.attempts} attempts)"
        return result

    async def _attempt(self, url: str, previous: dict | None, result: FetchResult) -> None:
        assert self._client is not None
        current = url
        seen = {url}
        headers = {}
        if previous:
            if previous.get("etag"):
                headers["If-None-Match"] = previous["etag"]
            if previous.get("last_modified"):
                headers["If-Modified-Since"] = previous["last_modified"]
        for hop in range(self.config.max_redirects + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchError(f"unsupported scheme: {current}")
            if hop and not await self.allowed(current):
                result.robots_blocked = True
                raise FetchError(f"robots.txt disallows redirect target {current}")
            result.final_url = current
            # the deadline covers the request, not the politeness wait for the host's slot
            # (and the global cap is taken after the host's slot, so one slow host cannot
            # hold every slot while it waits out its delay)
            async with self.throttle.slot(origin_of(current)), self._global, \
                    asyncio.timeout(self.config.total_timeout):
                async with self._client.stream("GET", current, headers=headers) as resp:
                    result.status = resp.status_code
                    location = resp.headers.get("location")
                    if resp.status_code in REDIRECTS and location:
                        target = urljoin(current, location.strip()).split("#", 1)[0]
                        scheme = urlsplit(target).scheme.lower()
                        if scheme not in ("http", "https"):
                            raise FetchError(f"redirect to unsupported scheme: {target}")
                        if urlsplit(current).scheme == "https" and scheme == "http":
                            raise FetchError(f"redirect downgrades https to http: {target}")
                        if target in seen:
                            raise FetchError(f"redirect loop: {current} → {target}")
                        seen.add(target)
                        current = target
                        continue
                    await self._read(resp, result, previous)
                    return
        raise FetchError(f"too many redirects (more than {self.config.max_redirects})")

    async def _read(self, resp: httpx.Response, result: FetchResult, previous: dict | None) -> None:
        ctype, charset = media_type(resp.headers.get("content-type"))
        result.content_type, result.charset = ctype or None, charset
        result.etag = resp.headers.get("etag")
        result.last_modified = resp.headers.get("last-modified")
        if resp.status_code == 304:
            if not previous:
                raise FetchError("http 304 without a stored version")
            for key in ("sha256", "bytes", "content_type", "charset"):
                setattr(result, key, previous.get(key))
            result.etag = result.etag or previous.get("etag")
            result.last_modified = result.last_modified or previous.get("last_modified")
            return
        if resp.status_code >= 400 or resp.status_code < 200:
            result.retry_after = parse_retry_after(resp.headers.get("retry-after"))
            if not retryable_status(resp.status_code):
                raise FetchError(f"http {resp.status_code}")
            return
        if resp.status_code != 200 and resp.status_code != 203:
            raise FetchError(f"http {resp.status_code}: no content to store")
        if ctype not in TEXT_TYPES and not ctype.startswith("text/"):
            raise FetchError(f"unsupported content type: {ctype}")
        length = resp.headers.get("content-length")
        if length and length.isdigit() and int(length) > self.config.max_bytes:
            raise FetchError(f"too large: Content-Length {length} exceeds {self.config.max_bytes} bytes")
        await self._save_body(resp, result)

    async def _save_body(self, resp: httpx.Response, result: FetchResult) -> None:
        cfg = self.config
        inflater = _Inflater(resp.headers.get("content-encoding", ""))
        tmp = self.store.new_tmp()
        digest = hashlib.sha256()
        wire = size = 0
        head = b""
        try:
            with open(tmp, "wb") as fh:
                async for chunk in resp.aiter_raw(CHUNK):
                    wire += len(chunk)
                    if wire > cfg.max_bytes:
                        raise FetchError(f"too large: body exceeds {cfg.max_bytes} bytes")
                    for piece in inflater.feed(chunk):
                        size += len(piece)
                        if size > cfg.max_decoded_bytes:
                            raise FetchError(f"too large: decompressed body exceeds "
                                             f"{cfg.max_decoded_bytes} bytes (compression bomb?)")
                        if len(head) < 4096:
                            head += piece[:4096 - len(head)]
                        digest.update(piece)
                        fh.write(piece)
                inflater.finish()
            if size == 0:
                raise FetchError("empty body")
            if looks_binary(head):
                raise FetchError(f"binary content served as {result.content_type or 'no content type'}")
            sha = digest.hexdigest()
            self.store.commit_object(tmp, sha)
            result.sha256, result.bytes = sha, size
        finally:
            tmp.unlink(missing_ok=True)

