"""The TOML sources file: start URLs and, per site, what to follow, how politely, what to keep.

    [defaults]                      # all optional
    delay = 1.0                     # seconds between request starts on one host
    concurrency = 2                 # requests in flight per host
    user_agent = "dutyflow/0.1 (...)"

    [[site]]
    start = ["https://example.com/zhize/"]
    follow = ['/zhize/list_\\d+\\.html$', '/zhize/\\d+\\.html$']   # regexes on the URL
    documents = ['/zhize/\\d+\\.html$']  # pages kept as documents (default: every page)
    selectors = ["div.article-content"]  # main content CSS selectors (default: generic rule)
    delay = 2.0
    concurrency = 1
    max_depth = 3

Sites are matched to URLs by host (scheme and port included in `origin`).  A bare start
URL with no site entry gets a default site: follow links on the same host, keep every page.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable
from urllib.parse import urlsplit


class SourcesError(ValueError):
    """The sources file is not valid TOML or names an invalid setting."""


@dataclass(frozen=True)
class Site:
    origin: str                                   # scheme://host[:port], lower case
    start: tuple[str, ...] = ()
    follow: tuple[re.Pattern[str], ...] = ()      # empty: any link on the same host
    documents: tuple[re.Pattern[str], ...] = ()   # empty: every fetched page is a document
    selectors: tuple[str, ...] = ()
    delay: float | None = None
    concurrency: int | None = None
    max_depth: int | None = None
    also: tuple[str, ...] = ()                    # other origins of the same site (redirects)

    def follows(self, url: str) -> bool:
        if origin_of(url) not in (self.origin, *self.also):
            return False
        if not self.follow and not self.documents:
            return True
        return any(p.search(url) for p in self.follow + self.documents)

    def is_document(self, url: str) -> bool:
        return not self.documents or any(p.search(url) for p in self.documents)


@dataclass
class Sources:
    sites: dict[str, Site] = field(default_factory=dict)
    delay: float | None = None
    concurrency: int | None = None
    user_agent: str | None = None

    @property
    def start_urls(self) -> list[str]:
        return [u for site in self.sites.values() for u in site.start]

    def site_for(self, url: str) -> Site:
        origin = origin_of(url)
        return self.sites.get(origin) or Site(origin)

    def alias(self, url: str, final_url: str) -> Site:
        """A page of a site redirected to another origin (http→https, bare→www): the new
        origin gets the same settings, so its links are followed like the site's own."""
        site = self.site_for(url)
        origin = origin_of(final_url)
        if origin == site.origin or origin in site.also:
            return site
        if origin not in self.sites:
            self.sites[origin] = Site(**{**site.__dict__, "origin": origin, "start": (),
                                         "also": (site.origin, *site.also)})
        site = Site(**{**site.__dict__, "also": (*site.also, origin)})
        self.sites[site.origin] = site
        return site

    def add_start(self, url: str) -> None:
        """A bare start URL: a default site for its host unless the file already has one."""
        origin = origin_of(url)
        site = self.sites.get(origin) or Site(origin)
        if url not in site.start:
            site = Site(**{**site.__dict__, "start": site.start + (url,)})
        self.sites[origin] = site


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    return f"{scheme}://{host}"


def _patterns(values: Iterable[str], where: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for value in values:
        try:
            out.append(re.compile(value))
        except re.error as exc:
            raise SourcesError(f"{where}: bad pattern {value!r}: {exc}") from None
    return tuple(out)


def _strings(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise SourcesError(f"{where}: expected a string or a list of strings")


def load_sources(path: Path) -> Sources:
    """Read a TOML sources file; raise SourcesError with the place of the problem."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SourcesError(f"{path}: {exc}") from None
    defaults = data.get("defaults", {})
    result = Sources(delay=defaults.get("delay"), concurrency=defaults.get("concurrency"),
                     user_agent=defaults.get("user_agent"))
    for n, entry in enumerate(data.get("site", []), 1):
        where = f"{path}: site {n}"
        start = _strings(entry.get("start"), where + " start")
        origin = entry.get("origin") or (origin_of(start[0]) if start else None)
        if not origin:
            raise SourcesError(f"{where}: needs `start` URLs or an `origin`")
        for url in start:
            if urlsplit(url).scheme not in ("http", "https"):
                raise SourcesError(f"{where}: not an http(s) URL: {url}")
        origin = origin_of(origin)
        result.sites[origin] = Site(
            origin=origin, start=start,
            follow=_patterns(_strings(entry.get("follow"), where), where + " follow"),
            documents=_patterns(_strings(entry.get("documents"), where), where + " documents"),
            selectors=_strings(entry.get("selectors"), where + " selectors"),
            delay=entry.get("delay"), concurrency=entry.get("concurrency"),
            max_depth=entry.get("max_depth"))
    return result
