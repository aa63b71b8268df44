"""The benchmark's LLM: veille's fake OpenAI-compatible server with a precomputed brain.

`python -m bench.llm_server --answers answers.json --latency 0.2 --jitter 0.02 --rpm R`
serves `veille.devtools.fake_llm.FakeLLM` (same HTTP, latency, jitter and rate limit), but the
answer for an article is looked up by its article id (read from the prompt's "Article id:"
line with one regex, no prompt parsing), from a file the harness wrote before the timed run:
per call the server spends microseconds, so its CPU does not compete with the pipeline's on a
2-core box. An unknown id falls back to the brain (`--brain`, default the offline engine: slow
path, counted as a miss).
Prints its base URL when ready, and its counters to stderr on SIGTERM, with every request's
wall-clock span (arrival, answer): the harness reads from them how busy the C slots were
during a timed run and how long the run spent before the first request and after the last.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import re
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from veille.devtools.brains import heuristic_brain, offline_brain
from veille.devtools.fake_llm import FakeLLM
from veille.devtools.fakehttp import completion, error

_ARTICLE_ID = re.compile(r"Article id: (\S+)")


class PrecomputedLLM(FakeLLM):
    def __init__(self, answers: dict[str, str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.answers = answers
        self.misses = 0
        self.spans: list[tuple[float, float]] = []  # wall-clock (arrival, answer) per request

    async def _complete(self, request: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        arrived = time.time()
        try:
            return await self._answer(request)
        finally:
            self.spans.append((arrived, time.time()))

    async def _answer(self, request: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        messages = request.get("messages") or []
        user = next((m for m in reversed(messages) if m.get("role") == "user"), None)
        found = _ARTICLE_ID.search(str(user.get("content", ""))) if user else None
        answer = self.answers.get(found.group(1)) if found else None
        if answer is None:
            self.misses += 1
            return await super()._complete(request)
        self.by_fault["ok"] += 1
        await asyncio.sleep(self.latency_s + random.uniform(0, self.jitter_s))
        if self._limited():
            return 429, {"retry-after": self.retry_after}, error("rate limited", "rate_limit")
        return 200, {}, completion(request, messages, answer)


async def _serve(server: PrecomputedLLM) -> None:
    task = asyncio.create_task(server.serve())
    await asyncio.to_thread(server._ready.wait)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(server.base_url, flush=True)
    await stop.wait()
    counters = {
        "requests": server.requests,
        "misses": server.misses,
        "max_in_flight": server.max_in_flight,
        "spans": [(round(a, 4), round(b, 4)) for a, b in server.spans],
    }
    print(json.dumps(counters), file=sys.stderr, flush=True)
    task.cancel()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="fake LLM with precomputed answers")
    parser.add_argument("--answers", type=Path, required=True)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--jitter", type=float, default=0.0)
    parser.add_argument("--rpm", type=int, default=None)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--brain", default="offline", choices=("offline", "heuristic"))
    args = parser.parse_args(argv)
    answers = json.loads(args.answers.read_text(encoding="utf-8"))
    brain = heuristic_brain if args.brain == "heuristic" else offline_brain
    server = PrecomputedLLM(
        answers,
        brain=brain,
        latency_s=args.latency,
        jitter_s=args.jitter,
        rpm=args.rpm,
        port=args.port,
    )
    with contextlib.suppress(KeyboardInterrupt, asyncio.CancelledError):
        asyncio.run(_serve(server))


if __name__ == "__main__":
    main()
