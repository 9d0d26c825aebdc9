"""The report in headless Chromium: no console errors, no network, figures match the Parquet.

Drives Chromium over the DevTools protocol (websockets, already installed with Prefect):
console and log errors, uncaught exceptions and every request are collected while the page
loads; the headline figures are read back from the live DOM and a screenshot is taken.
CI needs Chromium: `apt-get update && apt-get install -y chromium`.
"""
from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time

import pyarrow.parquet as pq
import pytest

from pipeline.report import write_report
from report_data import build

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0", "--window-size=1280,1600"]


class DevTools:
    """Minimal CDP client on one page target."""

    def __init__(self, ws_url: str) -> None:
        from websockets.sync.client import connect

        self.ws = connect(ws_url, max_size=64 * 2**20, open_timeout=20)
        self.next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, timeout: float = 30) -> dict:
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params or {}}))
        deadline = time.monotonic() + timeout
        while True:
            msg = json.loads(self.ws.recv(timeout=max(deadline - time.monotonic(), 0.1)))
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        for e in self.events:
            if e.get("method") == method:
                return e
        deadline = time.monotonic() + timeout
        while True:
            msg = json.loads(self.ws.recv(timeout=max(deadline - time.monotonic(), 0.1)))
            self.events.append(msg)
            if msg.get("method") == method:
                return msg

    def drain(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                self.events.append(json.loads(self.ws.recv(timeout=0.2)))
            except TimeoutError:
                pass

    def close(self) -> None:
        self.ws.close()


@pytest.fixture
def chromium(tmp_path):
    if not CHROMIUM:
        pytest.skip("chromium not installed (apt-get update && apt-get install -y chromium)")
    profile = tmp_path / "profile"
    profile.mkdir()
    proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 60
    while not (port_file.exists() and port_file.read_text().strip()):
        if proc.poll() is not None or time.monotonic() > deadline:
            err = proc.stderr.read().decode(errors="replace")[-2000:] if proc.poll() is not None else ""
            proc.kill()
            pytest.fail(f"chromium did not start: {err}")
        time.sleep(0.1)
    port = int(port_file.read_text().split()[0])
    import httpx

    pages = []
    while not pages and time.monotonic() < deadline:
        try:
            pages = [t for t in httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=5).json()
                     if t.get("type") == "page"]
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    if not pages:
        proc.kill()
        pytest.fail("chromium exposed no page target")
    tools = DevTools(pages[0]["webSocketDebuggerUrl"])
    try:
        yield tools
    finally:
        tools.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_report_in_headless_chromium(tmp_path, chromium: DevTools) -> None:
    data = tmp_path / "data"
    build(data)
    report = write_report(data)
    for domain in ("Runtime", "Log", "Page", "Network"):
        chromium.send(f"{domain}.enable")
    chromium.send("Page.navigate", {"url": report.resolve().as_uri()})
    chromium.wait_for("Page.loadEventFired")
    chromium.drain(0.5)

    # no console errors, no uncaught exceptions, no request other than the file itself
    errors = [e for e in chromium.events
              if e.get("method") == "Runtime.exceptionThrown"
              or (e.get("method") == "Runtime.consoleAPICalled"
                  and e["params"]["type"] in ("error", "assert"))
              or (e.get("method") == "Log.entryAdded"
                  and e["params"]["entry"]["level"] == "error")]
    assert errors == []
    requested = [e["params"]["request"]["url"] for e in chromium.events
                 if e.get("method") == "Network.requestWillBeSent"]
    assert requested and all(u.startswith(("file:", "data:")) for u in requested), requested
    failed = [e for e in chromium.events if e.get("method") == "Network.loadingFailed"]
    assert failed == []

    # headline figures in the rendered page = figures computed from the Parquet files
    js = ("JSON.stringify(Object.fromEntries([...document.querySelectorAll("
          "'#totals [data-value]')].map(e => [e.id, [Number(e.dataset.value), e.textContent]])))")
    shown = json.loads(chromium.send("Runtime.evaluate", {"expression": js,
                                                          "returnByValue": True})["result"]["value"])
    duties = pq.read_table(data / "duties.parquet").to_pandas()
    docs = pq.read_table(data / "documents.parquet").to_pandas()
    unique = duties["dup_cluster"].nunique()
    assert shown["n-rows"] == [len(duties), f"{len(duties):,}"]
    assert shown["n-unique"][0] == unique
    assert shown["n-exact"][0] == duties["dup_exact"].nunique()
    assert shown["dup-share"][0] == pytest.approx((len(duties) - unique) / len(duties), abs=1e-6)
    assert shown["dup-share"][1] == f"{(len(duties) - unique) / len(duties):.1%}"
    assert shown["n-documents"][0] == len(docs)
    assert shown["n-copies"][0] == docs["contained_in"].notna().sum()

    # the page actually laid out: charts have size, clusters are visible
    layout = json.loads(chromium.send("Runtime.evaluate", {"returnByValue": True, "expression": (
        "JSON.stringify({h: document.body.scrollHeight,"
        " chart: document.querySelector('#chart-roles').getBoundingClientRect().width,"
        " open: document.querySelectorAll('details.cluster[open]').length})")})["result"]["value"])
    assert layout["h"] > 800 and layout["chart"] > 300 and layout["open"] >= 1

    shot = chromium.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    png = base64.b64decode(shot["data"])
    out = tmp_path / "dedupe_report.png"
    out.write_bytes(png)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width >= 1000 and height >= 800
    assert len(png) > 30_000                     # a blank page compresses to a few KB
