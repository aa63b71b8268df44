"""A hostile provider for the secrets tests: its errors and one answer carry the API key."""

from __future__ import annotations

import json
from collections import Counter

from veille.devtools.brains import heuristic_brain
from veille.devtools.fake_llm import FakeLLM
from veille.devtools.fakehttp import error
from veille.llm.prompt import parse_article


class LeakyProvider(FakeLLM):
    """Errors that quote the Authorization header, and one answer that carries it."""

    def __init__(self, unauthorized: str, flaky: str, leaky: str) -> None:
        super().__init__(heuristic_brain)
        self.unauthorized, self.flaky, self.leaky = unauthorized, flaky, leaky
        self.seen: Counter[str] = Counter()
        self.echoed = 0

    async def _dispatch(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        auth = headers.get("authorization", "")
        title = parse_article(json.loads(body)["messages"]).title
        self.seen[title] += 1
        if title == self.unauthorized or (title == self.flaky and self.seen[title] == 1):
            self.echoed += 1
            status = 401 if title == self.unauthorized else 500
            return status, {}, error(f"Incorrect API key provided: {auth}", "invalid_api_key")
        status, extra, payload = await super()._dispatch(method, path, headers, body)
        if title == self.leaky and status == 200:
            completion = json.loads(payload)
            answer = json.loads(completion["choices"][0]["message"]["content"])
            answer["summary"] += f" Clé utilisée : {auth}."
            completion["choices"][0]["message"]["content"] = json.dumps(answer)
            payload = json.dumps(completion).encode()
        return status, extra, payload
