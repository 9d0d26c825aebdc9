"""Crawling the fixture site over real HTTP: what is fetched, how often, and what it decodes to."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fetch"
sys.path.insert(0, str(FIXTURES))

from helpers import comparable, fast_config, manifest_rows, write_sources  # noqa: E402
from server import ALLOWED_PAGES, ARTICLES, DISALLOWED, FixtureServer  # noqa: E402

from normalize.encoding import decode  # noqa: E402
from pipeline.crawl import crawl, extract_links, normalize_url  # noqa: E402
from pipeline.process import Input, process_bytes, process_input  # noqa: E402
from pipeline.rawstore import RawStore  # noqa: E402


@pytest.fixture
def server():
    srv = FixtureServer().start()
    yield srv
    srv.stop()


def _article_path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def test_sources_file_crawl_fetches_each_allowed_article_once_and_decodes_it(server, tmp_path):
    sources = write_sources(tmp_path, server.base)
    result = crawl([], tmp_path / "raw", sources_file=sources, config=fast_config())

    hits = server.paths_hit()
    for path in ARTICLES:
        assert hits.count(path) == 1, path
    assert not set(hits) & set(DISALLOWED)
    assert "/about.html" not in hits and "/" not in hits           # not matched by `follow`
    assert hits.count("/zhize/list_1.html") == hits.count("/zhize/list_2.html") == 1
    assert result.fetched == len(ARTICLES) + 2 and result.failed == 0
    assert result.skipped_robots == 1                                 # the draft page

    docs = list(RawStore(tmp_path / "raw").documents())
    assert sorted(_article_path(d.source) for d in docs) == sorted(ARTICLES)   # listings left out
    for doc in docs:
        decoded = decode(doc.path.read_bytes(), doc.charset, is_html=True)
        assert decoded.text == server.page_text(_article_path(doc.source)), doc.source
        assert decoded.errors == 0


def test_wrong_http_charset_is_overruled_and_the_choice_recorded(server, tmp_path):
    crawl([server.url("/zhize/106.html")], tmp_path, max_depth=0, config=fast_config())
    (doc,) = RawStore(tmp_path).documents()
    assert doc.charset == "utf-8"                      # what the server claimed, kept in the manifest
    decoded = decode(doc.path.read_bytes(), doc.charset, is_html=True)
    assert decoded.text == server.page_text("/zhize/106.html")
    assert decoded.encoding == "gb18030" and decoded.method == "detected"
    assert decoded.declared == "utf-8"
    assert any(c.startswith("http:utf-8") for c in decoded.candidates)


def test_processed_rows_match_the_same_documents_read_from_local_files(server, tmp_path):
    crawl([], tmp_path / "raw", sources_file=write_sources(tmp_path, server.base), config=fast_config())
    local = tmp_path / "local"
    local.mkdir()
    checked = rows = 0
    for doc in RawStore(tmp_path / "raw").documents():
        fetched = process_bytes(doc.path.read_bytes(), Input(doc.source, str(doc.path), doc.content_type or "",
                                                             doc.charset or "", doc.selectors))
        path = local / Path(_article_path(doc.source)).name
        path.write_bytes(server.page_bytes(_article_path(doc.source)))
        from_file = process_input(Input(doc.source, str(path)))
        strip = lambda rows: [(r["role"], r["section"], r["seq"], r["duty"], r["char_start"]) for r in rows]
        assert strip(fetched.rows) == strip(from_file.rows), doc.source
        assert fetched.document["status"] != "failed", fetched.document["error"]
        for key in ("title", "encoding", "status", "n_rows", "content_sha256"):
            assert fetched.document[key] == from_file.document[key], (doc.source, key)
        assert fetched.document["title"] == _title(server, doc.source)
        checked += 1
        rows += len(fetched.rows)
    assert checked == len(ARTICLES)
    assert rows > 0


def _title(server, url: str) -> str:
    text = server.page_text(_article_path(url))
    return text.split("<title>", 1)[1].split("</title>", 1)[0]


def test_recrawl_uses_conditional_get_and_downloads_nothing_unchanged(server, tmp_path):
    sources = write_sources(tmp_path, server.base)
    first = crawl([], tmp_path / "raw", sources_file=sources, config=fast_config())
    docs_before = [(d.source, d.sha256) for d in RawStore(tmp_path / "raw").documents()]
    server.hits.clear()

    second = crawl([], tmp_path / "raw", sources_file=sources, config=fast_config())

    page_hits = [h for h in server.hits if h["path"] != "/robots.txt"]
    assert page_hits and all(h["if_none_match"] for h in page_hits)
    assert {h["status"] for h in page_hits} == {304}
    assert second.fetched == 0 and second.not_modified == first.fetched
    assert [(d.source, d.sha256) for d in RawStore(tmp_path / "raw").documents()] == docs_before
    runs = {r["run_id"] for r in manifest_rows(tmp_path / "raw")}
    assert len(runs) == 2                               # the manifest keeps the history of runs


def test_bare_start_url_follows_same_host_links_and_obeys_robots(server, tmp_path):
    result = crawl([server.url("/")], tmp_path, max_depth=3, config=fast_config())
    hits = server.paths_hit()
    assert not set(hits) & set(DISALLOWED)
    assert set(ALLOWED_PAGES) <= set(hits)
    assert all("dutyflow" in h["ua"] for h in server.hits)
    rows = manifest_rows(tmp_path)
    robots_rows = [r for r in rows if r["kind"] == "robots"]
    assert {_article_path(r["url"]) for r in robots_rows} == set(DISALLOWED)
    assert all(r["error"].startswith("robots:") and r["status"] is None for r in robots_rows)
    assert result.skipped_robots == len(DISALLOWED)
    assert not any("other.invalid" in r["url"] for r in rows)        # other hosts are not followed
    # links to pages the site does not have end as rows with their HTTP error, not silently
    assert {r["error"] for r in rows if r["kind"] == "document" and r["error"]} == {"http 404"}


def test_max_pages_and_max_depth_bound_the_crawl(server, tmp_path):
    result = crawl([server.url("/")], tmp_path / "a", max_pages=3, config=fast_config())
    fetched_rows = [r for r in manifest_rows(tmp_path / "a") if r["kind"] != "robots"]
    assert len(fetched_rows) == 3 == result.fetched + result.failed
    crawl([server.url("/")], tmp_path / "b", max_depth=1, config=fast_config())
    assert max(r["depth"] for r in manifest_rows(tmp_path / "b")) == 1
    assert not any("/zhize/10" in r["url"] for r in manifest_rows(tmp_path / "b"))


def test_same_crawl_twice_into_fresh_stores_gives_the_same_manifest(server, tmp_path):
    sources = write_sources(tmp_path, server.base)
    crawl([], tmp_path / "a", sources_file=sources, config=fast_config())
    crawl([], tmp_path / "b", sources_file=sources, config=fast_config(host_concurrency=4))
    assert comparable(tmp_path / "a") == comparable(tmp_path / "b")


def test_crawl_delay_from_robots_spaces_requests(tmp_path):
    srv = FixtureServer(crawl_delay=0.2).start()
    try:
        urls = [srv.url(p) for p in ARTICLES[:4]]
        crawl(urls, tmp_path, max_depth=0, config=fast_config(host_concurrency=4))
        starts = sorted(h["t"] for h in srv.hits if h["path"] != "/robots.txt")
        gaps = [b - a for a, b in zip(starts, starts[1:])]
        assert len(gaps) == 3 and min(gaps) >= 0.15       # 0.2 s asked; slack for socket jitter
    finally:
        srv.stop()


def test_url_list_file_and_bad_entries_become_rows(server, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# two good, one bad\n{server.url('/zhize/101.html')}\n\nnot a url\n"
                       f"{server.url('/zhize/102.html')}#frag\n", encoding="utf-8")
    result = crawl([str(listing), str(tmp_path / "missing.txt")], tmp_path / "raw", max_depth=0,
                   config=fast_config())
    rows = manifest_rows(tmp_path / "raw")
    errors = {r["url"]: r["error"] for r in rows if r["error"]}
    assert "not an http(s) URL" in errors["not a url"]
    assert "no such file" in errors[str(tmp_path / "missing.txt")]
    assert result.fetched == 2 and result.failed == 2


def test_link_extraction_resolves_relative_base_and_fragments():
    html = ('<html><head><base href="http://h.test/a/"></head><body><a href="b.html#x">b</a>'
            '<a href="/c?q=1">c</a><a href="javascript:void(0)">j</a><a href="mailto:x@y">m</a>'
            '<a href="HTTP://H.TEST:80/a/b.html">dup</a><a href="ftp://h.test/f">f</a></body></html>')
    links = extract_links(html.encode(), "http://h.test/z/index.html")
    assert links == ["http://h.test/a/b.html", "http://h.test/c?q=1"]
    assert normalize_url("https://Example.COM:443") == "https://example.com/"


def test_cli_crawl_with_a_sources_file(server, tmp_path):
    import subprocess

    sources = write_sources(tmp_path, server.base)
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "crawl", str(sources), "--raw", str(tmp_path / "raw")],
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert "9 fetched" in done.stdout and "1 skipped by robots.txt" in done.stdout
    assert len(list(RawStore(tmp_path / "raw").documents())) == len(ARTICLES)


def test_start_url_that_moves_to_another_origin_keeps_its_site_settings(server, tmp_path):
    import socket

    try:
        socket.create_connection(("localhost", server.server_address[1]), timeout=1).close()
    except OSError:
        pytest.skip("localhost does not reach 127.0.0.1 here")
    sources = tmp_path / "moved.toml"
    sources.write_text(f"""[[site]]
start = ["{server.base}/moved-site/"]
follow = ['/zhize/list_\\d+\\.html$']
documents = ['/zhize/\\d+\\.html$', '/moved-site/$']
""", encoding="utf-8")
    crawl([], tmp_path / "raw", sources_file=sources, config=fast_config())
    hits = server.paths_hit()
    assert set(ARTICLES) <= set(hits)                  # links on the new origin are followed …
    assert "/about.html" not in hits and "/" not in hits   # … under the site's `follow` patterns
    docs = {d.final_url for d in RawStore(tmp_path / "raw").documents()}
    assert f"http://localhost:{server.server_address[1]}/zhize/101.html" in docs
