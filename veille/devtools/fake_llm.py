"""A loopback OpenAI-compatible chat server for tests and benchmarks (no new dependencies).

`POST /v1/chat/completions` (or `/chat/completions`) answers like a model would: a pluggable
"brain" reads the article back out of the prompt (`prompt.parse_article`) and returns the JSON
of an Enrichment. Faults are scripted per article (the n-th request about an article gets the
n-th fault of its plan), per model (`model_faults`, e.g. a broken primary model) or applied to
every request, so tests are deterministic:

    ok          a normal answer
    429         Too Many Requests with Retry-After
    500         Internal Server Error
    timeout     sleep past the client timeout, then answer
    malformed   text that is not JSON
    truncated   the first half of the JSON
    fenced      valid JSON inside a ```json fence with chatter around it
    ungrounded  amounts that are not in the text and an invented organisation and deal
    injected    a compromised model obeying "report a $1 trillion deal with Acme"

Built on asyncio streams with HTTP/1.1 keep-alive: one event loop holds hundreds of concurrent
requests. Run it in a thread (`FakeLLM().start()`) for tests, or as a separate process
(`python -m veille.devtools.fake_llm --port 0 --latency 0.2`) so that a benchmark's client
does not share a GIL with it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from veille.devtools.brains import offline_brain
from veille.devtools.fakehttp import completion, error, parse_head, response
from veille.devtools.faults import answer_text
from veille.llm.prompt import parse_article
from veille.schema import ArticleInput

_WARM_UP = "Acme signed a $1 million supply deal with Globex on Monday."

Brain = Callable[[ArticleInput], dict[str, Any]]
FAULTS = (
    "ok",
    "429",
    "500",
    "timeout",
    "malformed",
    "truncated",
    "fenced",
    "ungrounded",
    "injected",
)


class FakeLLM:
    """The server. Counters are read from other threads: they are plain ints and Counters."""

    def __init__(
        self,
        brain: Brain | None = None,
        *,
        latency_s: float = 0.0,
        jitter_s: float = 0.0,
        rpm: int | None = None,
        retry_after: str = "0",
        timeout_sleep_s: float = 3.0,
        faults: Mapping[str, Sequence[str]] | None = None,
        default_fault: str = "ok",
        model_faults: Mapping[str, str] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.brain = brain or offline_brain
        self.latency_s, self.jitter_s = latency_s, jitter_s
        self.rpm, self.retry_after, self.timeout_sleep_s = rpm, retry_after, timeout_sleep_s
        self.faults = {k: list(v) for k, v in (faults or {}).items()}
        self.default_fault = default_fault
        self.model_faults = dict(model_faults or {})
        self.by_model: Counter[str] = Counter()
        self.host, self.port = host, port
        self.requests = 0
        self.by_article: Counter[str] = Counter()
        self.by_fault: Counter[str] = Counter()
        self.auth_headers: set[str] = set()
        self.in_flight = 0
        self.max_in_flight = 0
        self._window: deque[float] = deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._writers: set[asyncio.StreamWriter] = set()
        self._serving: asyncio.Task[Any] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    # --- lifecycle -------------------------------------------------------------------------
    async def serve(self) -> None:
        """Bind and serve forever in the current loop."""
        self._loop = asyncio.get_running_loop()
        self._server = await asyncio.start_server(self._client, self.host, self.port, backlog=1024)
        self.port = self._server.sockets[0].getsockname()[1]
        self._serving = asyncio.current_task()
        self._ready.set()
        async with self._server:
            await self._server.serve_forever()

    def start(self) -> FakeLLM:
        """Serve from a daemon thread; returns once the brain is warm and the port is bound.

        The brain pays its one-off costs first (compiled patterns and tables: 1-2 s of CPU since
        the session-11 engine): a model server is warm before its first client, and a cold first
        answer in the serving thread would outlast the clients' sub-second test timeouts and
        read as a provider fault (retries, duplicate calls)."""
        self.brain(ArticleInput(article_id="warm-up", title="Warm-up", text=_WARM_UP))
        self._thread = threading.Thread(target=self._run, name="fake-llm", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake LLM server did not start")
        return self

    def _run(self) -> None:
        with contextlib.suppress(asyncio.CancelledError):
            asyncio.run(self.serve())

    def stop(self) -> None:
        if self._loop is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop may close between check and call
                self._loop.call_soon_threadsafe(self._shutdown)
        if self._thread is not None:
            self._thread.join(5)

    def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()
        if self._serving is not None:
            self._serving.cancel()

    def __enter__(self) -> FakeLLM:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- HTTP ------------------------------------------------------------------------------
    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    return
                method, path, headers = parse_head(head)
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                status, extra, payload = await self._dispatch(method, path, headers, body)
                writer.write(response(status, extra, payload))
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        except asyncio.CancelledError:
            # Shutdown. Python 3.11's start_server callback calls task.exception() on the
            # handler task, which raises for a cancelled task: end normally instead.
            return
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _dispatch(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        if method != "POST" or path.split("?", maxsplit=1)[0].rstrip("/") not in (
            "/v1/chat/completions",
            "/chat/completions",
        ):
            return 404, {}, error("not found")
        self.requests += 1
        self.auth_headers.add(headers.get("authorization", ""))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            return await self._complete(json.loads(body))
        finally:
            self.in_flight -= 1

    def _limited(self) -> bool:
        if not self.rpm:
            return False
        now = time.monotonic()
        while self._window and now - self._window[0] > 60:
            self._window.popleft()
        if len(self._window) >= self.rpm:
            return True
        self._window.append(now)
        return False

    def _fault_for(self, article_id: str, model: str) -> str:
        n = self.by_article[article_id]
        self.by_article[article_id] += 1
        self.by_model[model] += 1
        plan = self.faults.get(article_id)
        fault = plan[n] if plan is not None and n < len(plan) else self.default_fault
        fault = self.model_faults.get(model, fault)
        self.by_fault[fault] += 1
        return fault

    async def _complete(self, request: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        messages = request.get("messages") or []
        try:
            article = parse_article(messages)
        except (StopIteration, ValueError, KeyError) as exc:
            return 400, {}, error(f"no article in prompt: {exc}")
        fault = self._fault_for(article.article_id, str(request.get("model", "")))
        await asyncio.sleep(self.latency_s + random.uniform(0, self.jitter_s))
        if self._limited() or fault == "429":
            return 429, {"retry-after": self.retry_after}, error("rate limited", "rate_limit")
        if fault == "500":
            return 500, {}, error("internal error", "server_error")
        if fault == "timeout":
            await asyncio.sleep(self.timeout_sleep_s)
        content = answer_text(fault, self.brain(article), article)
        return 200, {}, completion(request, messages, content)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="loopback OpenAI-compatible fake LLM")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--jitter", type=float, default=0.0)
    parser.add_argument("--rpm", type=int, default=None)
    parser.add_argument("--fault", default="ok", choices=FAULTS)
    parser.add_argument("--brain", default="offline", choices=("offline", "heuristic"))
    args = parser.parse_args(argv)
    from veille.devtools.brains import heuristic_brain

    brain = heuristic_brain if args.brain == "heuristic" else offline_brain
    server = FakeLLM(
        brain,
        latency_s=args.latency,
        jitter_s=args.jitter,
        rpm=args.rpm,
        default_fault=args.fault,
        port=args.port,
    )

    async def run() -> None:
        task = asyncio.create_task(server.serve())
        await asyncio.to_thread(server._ready.wait)
        print(server.base_url, flush=True)
        await task

    asyncio.run(run())


if __name__ == "__main__":
    main()
