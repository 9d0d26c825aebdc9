"""Bad input never crashes a run and never disappears: each gets a row with a reason."""
from __future__ import annotations

import os

from pipeline.inputs import plan, read_url_list
from pipeline.process import Input, process_input


def _process(path):
    return process_input(Input(str(path), str(path))).document


def test_empty_file_is_recorded(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    doc = _process(path)
    assert doc["status"] == "failed" and doc["error"].startswith("undecodable: empty")


def test_binary_file_is_recorded(tmp_path):
    path = tmp_path / "image.html"
    path.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00" + bytes(range(256)) * 8)
    doc = _process(path)
    assert doc["status"] == "failed" and "binary" in doc["error"]
    assert doc["bytes"] == path.stat().st_size and doc["content_sha256"]


def test_undecodable_bytes_are_recorded(tmp_path):
    # Bytes that are valid in no Chinese encoding: lone lead bytes followed by ASCII.
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\x81\x20\xfe\x21" * 200 + "正常".encode("utf-8"))
    doc = _process(path)
    assert doc["status"] == "failed" and doc["error"].startswith("undecodable")


def test_unreadable_file_is_recorded(tmp_path):
    if os.geteuid() == 0:
        # root reads everything: a folder named like a file cannot be read as one
        path = tmp_path / "dir.txt"
        path.mkdir()
    else:
        path = tmp_path / "secret.txt"
        path.write_text("岗位职责", encoding="utf-8")
        path.chmod(0)
    doc = _process(path)
    assert doc["status"] == "failed" and doc["error"].startswith("unreadable")


def test_html_with_no_text_is_recorded(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var a=1;</script></head><body> </body></html>", encoding="utf-8")
    doc = _process(path)
    assert doc["status"] == "failed" and doc["error"].startswith("empty")


def test_plan_keeps_missing_sources_and_finds_documents(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.HTML").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a document", encoding="utf-8")
    urls = tmp_path / "urls.txt"
    work = plan([str(tmp_path / "sub"), str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"),
                 "https://example.org/job.html"])
    assert [i.source for i in work.inputs] == [str(tmp_path / "sub" / "b.HTML"), str(tmp_path / "a.txt")]
    assert work.missing == [str(tmp_path / "nope.txt")]
    assert work.to_fetch == ["https://example.org/job.html"]
    urls.write_text("# list\nhttps://a.example/1.html\n\nhttp://b.example/2\n", encoding="utf-8")
    assert read_url_list(urls) == ["https://a.example/1.html", "http://b.example/2"]
    assert plan([str(urls)]).to_fetch == [str(urls)]


def test_text_html_extraction_leaves_out_is_recorded_in_dropped(tmp_path):
    # page chrome around the content is left out of the text rows point into; it must
    # still be recorded (offsets -1: not in the extracted text) and counted in n_dropped
    path = tmp_path / "post.html"
    path.write_text(
        "<html><body><div class='nav'><a href='/'>首页</a> <a href='/jobs'>招聘频道</a> "
        "<a href='/about'>关于我们</a></div>"
        "<div class='content'><h1>仓库管理员岗位职责</h1><ol><li>负责货物的收发与盘点</li>"
        "<li>做好出入库登记，确保账物相符</li></ol></div>"
        "<div class='footer'>版权所有 © 某某人才网 京ICP备00000000号</div></body></html>",
        encoding="utf-8")
    result = process_input(Input(str(path), str(path)))
    assert result.document["status"] == "ok" and len(result.rows) == 2
    left_out = [d for d in result.dropped if d["char_start"] == -1]
    assert left_out and all(d["reason"].startswith("html") for d in left_out)
    assert any("版权所有" in d["text"] for d in left_out)
    assert result.document["n_dropped"] == len(result.dropped)
