"""One model's calls for one chunk: send with retries, validate, repair once, account.

Decisions:
- Each call sent becomes exactly one ledger row: `error` (transport/provider failure), `invalid`
  (answer did not validate) or `ok`. `attempt` numbers the calls of one (chunk, model).
- Backoff sleeps happen outside the concurrency semaphore, so a throttled call does not hold
  a slot that a healthy call could use.
- `concurrency` counts requests in flight at the provider. For litellm calls it is enforced
  where the request is sent: one aiohttp session per Caller whose connection pool holds at most
  `concurrency` connections, passed to litellm as `shared_session`. litellm's own work before
  and after the HTTP exchange (building the request, its logging objects, parsing the answer:
  ~35 ms of event-loop time per call under load) then does not hold a provider slot; a second
  semaphore bounds the calls being prepared or parsed to `concurrency x (1 + headroom)`
  (`VEILLE_LLM_PREPARE_HEADROOM`, 0.5 by default). Measured at 2,000 calls, 200 ms, C = 32
  (bench/bench_llm.py): the slot around the whole call gives 1.29x the bound, the slot at the
  connection 1.07-1.17x; the fake server's max_in_flight stays 32. The offline engine (no HTTP)
  keeps one semaphore of `concurrency`.
- A freed connection's next request goes out before the answers that arrived with it are
  parsed (`_let_waiting_requests_go`, an aiohttp trace hook): with answers landing in bursts,
  the slots were otherwise ~7 % idle (server-side occupancy 0.93 -> 0.97, bench/bench_llm.py
  `timeline`).
- An asyncio deadline slightly above the client timeout backs up litellm's own timeout: a
  server that never answers cannot hang the run.
- Cost comes from `litellm.completion_cost` when litellm knows the model, else 0 (local or
  unknown models); a model whose cost lookup fails once is not looked up again. What litellm
  knows of a model (price, structured-output support) is asked in veille/llm/modelinfo.py.
- `veille/...` models (the in-process offline engine) are called directly, not through
  litellm (`Settings.llm_offline_direct`, on by default): see veille/llm/gateway.py.
- What a provider sends back (error text, answer text) is redacted of our credentials before
  anything stores, raises or parses it (veille/llm/redact.py).
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

from veille.llm import offline_provider
from veille.llm.ledger import CallRecord, Ledger, cache_key
from veille.llm.limits import ModelLimits, RetryPolicy, is_transient, retry_after, status_of
from veille.llm.modelinfo import price_unknown_model, structured_format
from veille.llm.output import InvalidOutput, parse_enrichment
from veille.llm.prompt import build_messages, repair_message
from veille.llm.redact import Redactor, url_credentials
from veille.schema import ArticleInput, Enrichment
from veille.settings import Settings

if TYPE_CHECKING:
    import aiohttp

    from veille.llm.gateway import EnrichReport


class ProviderFailed(RuntimeError):
    """The model could not be reached or refused, after retries."""


class BudgetExhausted(RuntimeError):
    """The run's budget is spent: no further call is sent."""


def _failed(error: BaseException, message: str, calls: int) -> ProviderFailed:
    """The redacted failure Prefect sees; `message` is already redacted."""
    code = status_of(error)
    return ProviderFailed(
        f"{type(error).__name__}" + (f" {code}" if code else "") + f" after {calls} call(s): "
        f"{message[:300]}"
    )


async def _let_waiting_requests_go(*_: object) -> None:
    """Yield twice once an answer's head is in, before litellm parses it.

    A small answer arrives whole: aiohttp frees its connection at once and wakes the next
    prepared request, but that request runs after every task already queued, and when several
    answers land together, each of those parses its answer (~3-4 ms of litellm and grounding)
    before the freed slot sends anything. Two yields put every woken request ahead of the
    parsing: the provider's slots refill first.
    """
    await asyncio.sleep(0)
    await asyncio.sleep(0)


class Caller:
    def __init__(
        self, settings: Settings, ledger: Ledger, policy: RetryPolicy, report: EnrichReport
    ) -> None:
        self.settings = settings
        self.ledger = ledger
        self.policy = policy
        self.report = report
        self.semaphore = asyncio.Semaphore(settings.concurrency)
        headroom = round(settings.concurrency * settings.llm_prepare_headroom)
        self.preparing = asyncio.Semaphore(settings.concurrency + headroom)
        self._session: aiohttp.ClientSession | None = None
        self.limits = ModelLimits(settings.llm_rpm, settings.llm_tpm)
        self._formats: dict[str, dict[str, Any] | None] = {}
        self._no_cost: set[str] = set()
        self.redact = Redactor([settings.api_key(), *url_credentials(settings.llm_api_base)])

    def _http(self) -> aiohttp.ClientSession:
        """The run's connection pool: at most `concurrency` requests in flight (see above)."""
        if self._session is None:
            import aiohttp

            trace = aiohttp.TraceConfig()
            trace.on_request_end.append(_let_waiting_requests_go)
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.settings.concurrency),
                cookie_jar=aiohttp.DummyCookieJar(),
                trace_configs=[trace],
            )
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def direct(self, model: str) -> bool:
        """Whether `model` is answered in process without litellm (the offline fast path)."""
        return self.settings.llm_offline_direct and offline_provider.is_offline(model)

    async def enrich(self, model: str, chunk: ArticleInput) -> Enrichment:
        key = cache_key(model, chunk)
        messages: list[dict[str, Any]] = list(build_messages(chunk))
        attempt = 0
        for repair in (False, True):
            content, record, attempt = await self._send(model, messages, key, chunk, attempt)
            try:
                enrichment = parse_enrichment(content)
            except InvalidOutput as exc:
                record.status, record.error = "invalid", str(exc)[:2000]
                self.ledger.record(record)
                if repair:
                    raise InvalidOutput(f"invalid after one repair: {exc}") from exc
                messages = [
                    *messages,
                    {"role": "assistant", "content": content or ""},
                    repair_message(str(exc)),
                ]
                continue
            record.status = "ok"
            self.ledger.record(record)
            return enrichment
        raise AssertionError("unreachable")

    def _request(self, model: str, messages: list[dict[str, Any]]) -> dict[str, Any]:
        if model not in self._formats and self.direct(model):
            self._formats[model] = offline_provider.RESPONSE_FORMAT
        elif model not in self._formats:
            self._formats[model] = structured_format(model)
            price_unknown_model(model)
        request: dict[str, Any] = {
            "model": model,
            "messages": messages,
            "timeout": self.settings.llm_timeout_s,
        }
        if self._formats[model] is not None:
            request["response_format"] = self._formats[model]
        if self.settings.llm_api_base:
            request["api_base"] = self.settings.llm_api_base
        return request

    def _check_budget(self) -> None:
        budget = self.settings.llm_budget_usd
        if budget is not None and self.report.cost_usd >= budget:
            self.report.budget_exhausted = True
            raise BudgetExhausted(f"budget of {budget} USD spent")

    async def _send(
        self,
        model: str,
        messages: list[dict[str, Any]],
        key: str,
        chunk: ArticleInput,
        attempt: int,
    ) -> tuple[str | None, CallRecord, int]:
        request = self._request(model, messages)
        estimate = sum(len(str(m.get("content", ""))) for m in messages) // 4 + len(chunk.text) // 3
        for retry in range(self.policy.max_retries + 1):
            self._check_budget()
            await self.limits.acquire(model, estimate)
            attempt += 1
            async with self.semaphore if self.direct(model) else self.preparing:
                self._check_budget()
                started = time.perf_counter()
                try:
                    response = await self._complete(request)
                    error: BaseException | None = None
                except Exception as exc:
                    response, error = None, exc
                latency = (time.perf_counter() - started) * 1000
            record = CallRecord(
                key, chunk.article_id, model, attempt, request, "error", latency_ms=latency
            )
            self.report.calls_sent += 1
            if error is None:
                content = self._account(record, response, model)
                return content, record, attempt
            message = self.redact(str(error))
            record.error = f"{type(error).__name__}: {message}"[:2000]
            self.ledger.record(record)
            if not is_transient(error) or retry == self.policy.max_retries:
                raise _failed(error, message, retry + 1) from None  # its text may quote the key
            await asyncio.sleep(self.policy.delay(retry + 1, retry_after(error)))
        raise AssertionError("unreachable")

    async def _complete(self, request: dict[str, Any]) -> Any:
        if self.direct(request["model"]):
            return offline_provider.respond(request["messages"], request["model"])
        import litellm

        deadline = self.settings.llm_timeout_s * 1.5 + 1
        async with asyncio.timeout(deadline):  # no extra task per call, unlike wait_for
            return await litellm.acompletion(
                **request,
                api_key=self.settings.api_key(),
                num_retries=0,
                max_retries=0,
                shared_session=self._http(),
            )

    def _account(self, record: CallRecord, response: Any, model: str) -> str | None:
        usage = getattr(response, "usage", None)
        record.input_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
        record.output_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
        record.cost_usd = self._cost(response, model)
        self.report.input_tokens += record.input_tokens
        self.report.output_tokens += record.output_tokens
        self.report.cost_usd += record.cost_usd
        try:
            content = response.choices[0].message.content
        except (AttributeError, IndexError):
            content = None
        if isinstance(content, str):
            content = self.redact(content)
        record.response = content
        return content

    def _cost(self, response: Any, model: str) -> float:
        if model in self._no_cost:
            return 0.0
        hidden = getattr(response, "_hidden_params", None) or {}
        if isinstance(hidden, dict) and isinstance(hidden.get("response_cost"), int | float):
            return float(hidden["response_cost"])
        import litellm  # only now: the offline fast path's response carries its cost

        try:
            return float(litellm.completion_cost(completion_response=response, model=model) or 0.0)
        except Exception:
            self._no_cost.add(model)
            return 0.0
