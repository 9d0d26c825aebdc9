"""robots.txt per RFC 9309: groups by user-agent, longest match wins, `*` and `$`, Crawl-delay.

Written here rather than using `urllib.robotparser` because that one takes the first
matching rule (not the longest), ignores `*`/`$` inside paths and only reads whole-number
crawl delays.  How a missing or failing robots.txt is read (RFC 9309 §2.3.1): 4xx means
no restrictions; 5xx or unreachable means the whole site is disallowed for now.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit


@dataclass
class _Group:
    agents: list[str] = field(default_factory=list)
    rules: list[tuple[bool, str]] = field(default_factory=list)   # (allow, pattern)
    delay: float | None = None


@dataclass
class Robots:
    """Parsed robots.txt for one host, answering for one user-agent token."""

    groups: list[_Group] = field(default_factory=list)
    allow_all: bool = False
    disallow_all: bool = False
    reason: str = ""              # why allow_all / disallow_all, for the manifest error

    @classmethod
    def parse(cls, text: str) -> "Robots":
        groups: list[_Group] = []
        current: _Group | None = None
        last_was_agent = False
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            key, value = (part.strip() for part in line.split(":", 1))
            key = key.lower()
            if key == "user-agent":
                if current is None or not last_was_agent:
                    current = _Group()
                    groups.append(current)
                current.agents.append(value.lower())
                last_was_agent = True
                continue
            last_was_agent = False
            if current is None:
                continue
            if key in ("allow", "disallow"):
                if value:
                    current.rules.append((key == "allow", value))
            elif key == "crawl-delay":
                try:
                    current.delay = float(value)
                except ValueError:
                    pass
        return cls(groups)

    @classmethod
    def unrestricted(cls, reason: str) -> "Robots":
        return cls(allow_all=True, reason=reason)

    @classmethod
    def forbidden(cls, reason: str) -> "Robots":
        return cls(disallow_all=True, reason=reason)

    def _group(self, agent: str) -> _Group | None:
        token = agent.split("/", 1)[0].strip().lower()
        chosen = [g for g in self.groups if any(a != "*" and a == token for a in g.agents)]
        if not chosen:
            chosen = [g for g in self.groups if "*" in g.agents]
        if not chosen:
            return None
        merged = _Group(rules=[r for g in chosen for r in g.rules])
        delays = [g.delay for g in chosen if g.delay is not None]
        merged.delay = max(delays) if delays else None
        return merged

    def allowed(self, url: str, agent: str) -> bool:
        if self.disallow_all:
            return False
        if self.allow_all:
            return True
        group = self._group(agent)
        if group is None:
            return True
        parts = urlsplit(url)
        path = unquote(parts.path or "/") + (("?" + parts.query) if parts.query else "")
        if path == "/robots.txt":
            return True
        best: tuple[int, bool] | None = None
        for allow, pattern in group.rules:
            if _matches(pattern, path):
                key = (len(pattern), allow)   # longest wins; on a tie, allow wins
                if best is None or key > best:
                    best = key
        return True if best is None else best[1]

    def crawl_delay(self, agent: str) -> float | None:
        if self.allow_all or self.disallow_all:
            return None
        group = self._group(agent)
        return group.delay if group else None


def _matches(pattern: str, path: str) -> bool:
    return _compile(unquote(pattern)).match(path) is not None


_CACHE: dict[str, re.Pattern[str]] = {}


def _compile(pattern: str) -> re.Pattern[str]:
    if pattern not in _CACHE:
        anchored = pattern.endswith("$")
        body = pattern[:-1] if anchored else pattern
        regex = ".*".join(re.escape(piece) for piece in body.split("*"))
        _CACHE[pattern] = re.compile(regex + ("$" if anchored else ""), re.S)
    return _CACHE[pattern]
