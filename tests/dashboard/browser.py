"""Headless Chromium driven over the DevTools protocol, for the dashboard's browser test.

Why the protocol rather than `--dump-dom`: it reports console errors and uncaught exceptions
as structured events (no log scraping), lists every request the page made (to prove it stayed
offline), and waits on the page's own "all charts drew" signal instead of a time budget.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
]


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "headless_shell"):
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageReport:
    rendered: str
    state: dict[str, Any]
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    screenshot: bytes = b""


class Session:
    """One page of the browser, attached with a flat session id."""

    def __init__(self, ws: ClientConnection, session_id: str) -> None:
        self.ws = ws
        self.session_id = session_id
        self.next_id = 1000
        self.errors: list[str] = []
        self.requests: list[str] = []

    def call(self, method: str, params: dict[str, Any] | None = None, timeout: float = 20) -> Any:
        self.next_id += 1
        ident = self.next_id
        message = {"id": ident, "method": method, "params": params or {}}
        message["sessionId"] = self.session_id
        self.ws.send(json.dumps(message))
        deadline = time.monotonic() + timeout
        while True:
            data = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if data.get("id") == ident:
                if "error" in data:
                    raise RuntimeError(f"{method}: {data['error']}")
                return data.get("result", {})
            self._event(data)

    def _event(self, data: dict[str, Any]) -> None:
        method, params = data.get("method"), data.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            texts = [str(a.get("value", a.get("description", ""))) for a in params["args"]]
            self.errors.append("console: " + " ".join(texts))
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            self.errors.append(f"exception: {text}")
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            self.errors.append(f"log: {params['entry']['text']} {params['entry'].get('url', '')}")
        elif method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluate failed: {result['exceptionDetails']}")
        return result["result"].get("value")


@contextmanager
def chromium(binary: str, profile: Path) -> Iterator[ClientConnection]:
    """Start a headless Chromium of our own and yield a connection to its browser target."""
    profile.mkdir(parents=True, exist_ok=True)
    port_file = profile / "DevToolsActivePort"
    port_file.unlink(missing_ok=True)
    proc = subprocess.Popen(
        [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"chromium did not start (exit code {proc.poll()})")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        ws = connect(f"ws://127.0.0.1:{port}{path}", max_size=None, open_timeout=10)
        try:
            yield ws
        finally:
            ws.close()
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """End the browser we started: its own process group (start_new_session), by id."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def _attach(ws: ClientConnection) -> Session:
    ws.send(
        json.dumps({"id": 1, "method": "Target.createTarget", "params": {"url": "about:blank"}})
    )
    target = _reply(ws, 1)["targetId"]
    params = {"targetId": target, "flatten": True}
    ws.send(json.dumps({"id": 2, "method": "Target.attachToTarget", "params": params}))
    return Session(ws, _reply(ws, 2)["sessionId"])


def _reply(ws: ClientConnection, ident: int) -> dict[str, Any]:
    while True:
        data = json.loads(ws.recv(timeout=20))
        if data.get("id") == ident:
            if "error" in data:
                raise RuntimeError(str(data["error"]))
            return dict(data["result"])


PROBE = """(() => {
  const charts = {};
  for (const el of document.querySelectorAll('[data-chart]')) {
    charts[el.dataset.chart] = {
      svg: el.querySelectorAll('svg').length, canvas: el.querySelectorAll('canvas').length,
      marks: el.querySelectorAll('svg .mark-rect path, svg .mark-line path, svg .mark-area path,'
        + ' svg .mark-symbol path, svg .mark-text text').length,
      empty: el.dataset.empty === 'true', text: el.textContent.slice(0, 200)};
  }
  const metrics = {};
  for (const el of document.querySelectorAll('[data-metric]')) {
    metrics[el.dataset.metric] = {text: el.textContent.trim(), value: el.dataset.value};
  }
  const tables = {};
  for (const el of document.querySelectorAll('table[data-table]')) {
    tables[el.dataset.table] = Array.from(el.querySelectorAll('tbody tr'),
      tr => Array.from(tr.cells, td => td.textContent.trim()));
  }
  const docs = document.querySelector('a[data-docs]');
  return {charts, metrics, tables, docs: docs ? docs.getAttribute('href') : null};
})()"""


def render_page(
    binary: str, index: Path, profile: Path, width: int = 1400, timeout: float = 20
) -> PageReport:
    """Open `index` from file://, wait for the charts, read the page, take a full screenshot."""
    with chromium(binary, profile) as ws:
        page = _attach(ws)
        for domain in ("Runtime", "Log", "Network", "Page"):
            page.call(f"{domain}.enable")
        metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}
        page.call("Emulation.setDeviceMetricsOverride", metrics)
        page.call("Page.navigate", {"url": index.resolve().as_uri()})
        deadline = time.monotonic() + timeout
        rendered = "pending"
        while rendered in ("pending", None) and time.monotonic() < deadline:
            time.sleep(0.1)
            rendered = page.evaluate("document.body && document.body.dataset.rendered")
        state = page.evaluate(PROBE)
        size = page.call("Page.getLayoutMetrics")["cssContentSize"]
        clip = {"x": 0, "y": 0, "width": width, "height": size["height"], "scale": 1}
        shot = page.call(
            "Page.captureScreenshot",
            {"format": "png", "captureBeyondViewport": True, "clip": clip},
        )
        return PageReport(
            rendered=str(rendered),
            state=state,
            errors=page.errors,
            requests=page.requests,
            screenshot=base64.b64decode(shot["data"]),
        )
