"""Two models compared in one `veille eval` command, through the real pipeline.

`veille/offline` goes through litellm's custom provider; `openai/fake` goes through litellm's
OpenAI client to a minimal OpenAI-compatible server started here on 127.0.0.1, which answers
with the offline engine's enrichment of the article it parses back from the prompt. The same
engine on both sides, so both runs must score the same, and the tokens stored for the fake
model must be the ones the server reported.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest
from rich.console import Console
from typer.testing import CliRunner

from veille.cli import app
from veille.evaluation import cli as eval_cli
from veille.llm.prompt import parse_article
from veille.offline.engine import enrich
from warehouse.connection import connect

API_KEY = "test-key"


class FakeOpenAI(BaseHTTPRequestHandler):
    """POST /v1/chat/completions -> a chat completion whose content is an Enrichment."""

    calls: ClassVar[list[dict[str, int]]] = []
    lock: ClassVar[threading.Lock] = threading.Lock()

    def log_message(self, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._reply(404, {"error": {"message": f"no route {self.path}"}})
            return
        if self.headers.get("Authorization") != f"Bearer {API_KEY}":
            self._reply(401, {"error": {"message": "bad key", "type": "invalid_request_error"}})
            return
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        content = enrich(parse_article(request["messages"])).model_dump_json()
        usage = {
            "prompt_tokens": len(json.dumps(request["messages"])) // 4,
            "completion_tokens": len(content) // 4,
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        with self.lock:
            self.calls.append(usage)
        self._reply(
            200,
            {
                "id": f"chatcmpl-{len(self.calls)}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": request.get("model", "fake"),
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": content},
                    }
                ],
                "usage": usage,
            },
        )


@contextmanager
def fake_openai() -> Iterator[str]:
    FakeOpenAI.calls = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeOpenAI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.slow
def test_offline_and_openai_compatible_models_in_one_command(tmp_path, shared_dir, monkeypatch):
    monkeypatch.setattr(eval_cli, "console", Console(width=250, color_system=None))
    dev = shared_dir / "eval" / "dev"
    main = tmp_path / "main.duckdb"
    with fake_openai() as api_base:
        env = {"VEILLE_LLM_API_BASE": api_base, "VEILLE_LLM_API_KEY": API_KEY}
        result = CliRunner().invoke(
            app,
            [
                "eval",
                "--input",
                str(dev / "articles.jsonl"),
                "--gold",
                str(dev / "gold.jsonl"),
                "--model",
                "veille/offline",
                "--model",
                "openai/fake",
                "-w",
                str(main),
                "--json",
                str(tmp_path / "figures.json"),
                "--compare",
            ],
            env=env,
        )
        served = list(FakeOpenAI.calls)
    assert result.exit_code == 0, result.output
    runs = {r["model"]: r for r in json.loads((tmp_path / "figures.json").read_text())["runs"]}
    assert set(runs) == {"veille/offline", "openai/fake"}
    assert runs["openai/fake"]["scores"] == runs["veille/offline"]["scores"]
    assert runs["openai/fake"]["scores"]["articles_missing"] == 0
    assert served, "the OpenAI-compatible server was never called"
    assert runs["openai/fake"]["input_tokens"] == sum(u["prompt_tokens"] for u in served)
    assert runs["openai/fake"]["output_tokens"] == sum(u["completion_tokens"] for u in served)
    con = connect(main, read_only=True)
    stored = con.execute(
        "select model, status, count(distinct batch_id) over (), wall_s > 0 from ops.eval_runs"
    ).fetchall()
    con.close()
    assert sorted(stored) == [
        ("openai/fake", "scored", 1, True),
        ("veille/offline", "scored", 1, True),
    ]
    assert "Models compared" in result.output and "Eval history" in result.output
