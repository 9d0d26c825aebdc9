"""HTML extraction never takes the process down.

lexbor (under selectolax) frees a removed subtree at once: removing nodes while traversing,
or removing a node inside one already removed, reads freed memory and the interpreter dies
with SIGSEGV — no exception, no record, the whole run gone.  A page with one comment in its
body did that.  These tests run extraction in a child process so a crash is reported as a
failure (with the page that caused it) instead of killing the test session.
"""
from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

CHILD = r"""
import json, sys
from parsers.html import extract
pages = json.load(sys.stdin)
for i, page in enumerate(pages):
    print(i, flush=True)
    extract(page)
print("done", flush=True)
"""

DUTY = "<p>1、负责接待来访客户</p><p>2、负责整理客户档案</p>"

HAND_WRITTEN = [
    f"<html><body><div><!-- 广告位 -->{DUTY}<!-- end --></div></body></html>",
    f"<html><body><!--[if gte mso 9]><xml><o:x/></xml><![endif]--><table><tr><td>{DUTY}<!--c--></td></tr></table></body></html>",
    f"<html><body><header><div><header>站点</header></div></header>{DUTY}</body></html>",
    f"<html><body><nav><form><label><label>搜索</label></label><button>提交</button></form></nav>{DUTY}</body></html>",
    f"<html><body><footer><!-- x --><footer>版权</footer><!-- y --></footer>{DUTY}<!-- z --></body></html>",
    f"<html><body><svg><svg><!-- i --></svg></svg><noscript><iframe></iframe></noscript>{DUTY}</body></html>",
    f"<html><body><div class='sidebar'><aside><!-- a --><aside>推荐</aside></aside></div><article>{DUTY}</article></body></html>",
]

TAGS = ["div", "p", "span", "header", "footer", "nav", "aside", "form", "label", "section",
        "article", "ul", "li", "table", "td", "script", "style", "noscript", "svg", "button"]
CLASSES = ["", "content", "sidebar", "nav", "footer", "share", "comment", "post", "related"]


def _random_page(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.2:
            parts.append(f"<!-- {rng.randint(0, 99)} -->")
        elif r < 0.45 or depth > 5:
            parts.append(rng.choice(["负责接待客户", "1、整理档案；2、回访客户", "岗位职责：", "&nbsp;"]))
        else:
            tag = rng.choice(TAGS)
            cls = rng.choice(CLASSES)
            attr = f' class="{cls}"' if cls else ""
            parts.append(f"<{tag}{attr}>{_random_page(rng, depth + 1)}</{tag}>")
    return "".join(parts)


def _run(pages: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(pages),
                          capture_output=True, text=True, timeout=300)


def _crashed_on(pages: list[str], proc: subprocess.CompletedProcess) -> str:
    seen = [line for line in proc.stdout.splitlines() if line.isdigit()]
    last = pages[int(seen[-1])] if seen else "(before the first page)"
    return f"exit {proc.returncode} on page: {last[:300]}\n{proc.stderr[-500:]}"


def test_pages_with_comments_and_nested_chrome_tags_do_not_crash():
    proc = _run(HAND_WRITTEN)
    assert proc.returncode == 0 and proc.stdout.rstrip().endswith("done"), \
        _crashed_on(HAND_WRITTEN, proc)


@pytest.mark.parametrize("seed", [1, 2])
def test_random_nestings_of_comments_and_dropped_tags_do_not_crash(seed):
    rng = random.Random(seed)
    pages = [f"<html><body>{_random_page(rng)}</body></html>" for _ in range(300)]
    proc = _run(pages)
    assert proc.returncode == 0 and proc.stdout.rstrip().endswith("done"), _crashed_on(pages, proc)


def test_comments_are_gone_and_the_duties_kept():
    from parsers.html import extract

    text = extract(HAND_WRITTEN[0]).text
    assert "广告位" not in text and "end" not in text
    assert "负责接待来访客户" in text and "负责整理客户档案" in text
