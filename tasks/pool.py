"""A small local process pool for the fan-out stages: both cores, without Dask's weight.

The CPU-bound parts of a run (crawl parts: HTTP and HTML extraction; enrichment batches: the
offline engine or the LLM client, and grounding) are plain functions over plain data
(tasks/crawl_batches.py `crawl_part`, tasks/enrich_batches.py `enrich_batch`), so they run as
well in a worker process as on a Dask worker. The flow process stays the warehouse's only
writer and lands each result as it arrives.

Decisions:
- Spawned workers (not forked): the flow process runs threads and event loops, which fork does
  not copy safely. A worker imports only what its function needs (~120 MB, about a second).
- Started lazily on the first submit and released by the last stage that needs it, so a run
  that has nothing to crawl or enrich starts no process, and validation and publish do not run
  beside idle workers holding their memory (the Dask runner's 3 GB peak came from that).
- Failures: every result is landed before the first error is raised (`land_completed`), as
  with the Dask runner; a worker that dies breaks the pool, which fails the stage loudly.
"""

from __future__ import annotations

import itertools
import multiprocessing
import queue
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, ParamSpec, Protocol, TypeVar

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")

_WORKER: dict[str, Any] = {}  # in a pool worker: "outbox", where its partial results go


def _set_outbox(box: Any) -> None:
    box.cancel_join_thread()  # a worker's exit never waits for a reader that stopped reading
    _WORKER["outbox"] = box


def outbox() -> Callable[[Any], None] | None:
    """In a pool worker, a function handing a partial result to the pool's caller (who reads
    `WorkerPool.inbox`) while the worker's function goes on; None anywhere else (Dask, tests).
    A queue's feeder thread sends it: the caller's event loop does not wait on the pipe."""
    box = _WORKER.get("outbox")
    return None if box is None else box.put


class WorkerPool:
    """`workers` spawned processes, started on first use; `release()` stops them until next use."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._executor: ProcessPoolExecutor | None = None
        self._inbox: Any = None

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        try:
            return self._start().submit(fn, *args, **kwargs)
        except BrokenProcessPool:  # a worker died earlier (its stage failed): start afresh
            self.release()
            return self._start().submit(fn, *args, **kwargs)

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            context = multiprocessing.get_context("spawn")
            self._inbox = context.Queue()
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=_set_outbox,
                initargs=(self._inbox,),
            )
        return self._executor

    @property
    def inbox(self) -> Any:
        """The partial results the workers hand over (`outbox`), or None before the start."""
        return self._inbox

    def release(self) -> None:
        """Stop the workers; the next submit starts new ones. Does not wait for them to exit
        (after a stage nothing is pending; a worker exits in about a second, which the flow
        need not spend idle); work not started yet is cancelled."""
        executor, self._executor = self._executor, None
        inbox, self._inbox = self._inbox, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        if inbox is not None:
            inbox.close()

    def pids(self) -> list[int]:
        """The live workers' process ids (none before the first submit): for CPU accounting."""
        processes = getattr(self._executor, "_processes", None) or {}
        return list(processes)

    @property
    def started(self) -> bool:
        return self._executor is not None

    def __getstate__(self) -> dict[str, Any]:
        # Prefect may hash or copy task parameters: the pool travels as its size only.
        return {"workers": self.workers, "_executor": None, "_inbox": None}


@contextmanager
def worker_pool(workers: int) -> Iterator[WorkerPool]:
    pool = WorkerPool(workers)
    try:
        yield pool
    finally:
        pool.release()


def land_completed(futures: list[Future[T]], land: Callable[[T], R]) -> list[R]:
    """Land every result as it arrives; a failed part does not cost the others their landing,
    and the first failure is raised once all are landed.

    Takes the list over and empties it: a future holds its result (a batch's frames) for as
    long as anything references it, and holding every landed batch until the last one lands
    grew the flow process by ~50 MB per 1,000 articles.
    """
    pending: set[Future[T]] = set(futures)
    futures.clear()
    landed: list[R] = []
    errors: list[BaseException] = []
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        while done:  # popped, landed, dropped: nothing refers to a landed future any more
            _land_one(done.pop(), land, landed, errors)
    if errors:
        raise errors[0]
    return landed


def land_streamed(futures: Iterator[Future[T]], land: Callable[[T], R], ahead: int) -> list[R]:
    """`land_completed` over futures made as they are needed: at most `ahead` unfinished at a
    time, the next one taken from `futures` (which submits its work) as each lands.

    The iterator does the submitting, so work is planned just in time: the first parts run
    while the later ones are still planned, and only `ahead` parts' inputs are held here.
    A failed part does not stop the others; the first failure is raised once all are landed.
    """
    pending: set[Future[T]] = set(itertools.islice(futures, max(1, ahead)))
    landed: list[R] = []
    errors: list[BaseException] = []
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        while done:
            _land_one(done.pop(), land, landed, errors)
            pending.update(itertools.islice(futures, 1))
    if errors:
        raise errors[0]
    return landed


def _land_one(
    future: Future[T], land: Callable[[T], R], landed: list[R], errors: list[BaseException]
) -> None:
    error = future.exception()
    if error is not None:
        errors.append(error)
    else:
        landed.append(land(future.result()))


class Part(Protocol):
    """A result handed over in parts: `index` names its unit of work; a unit's final result
    (its function's return value) says in `parts` how many partial results preceded it."""

    index: int
    parts: int


PartT = TypeVar("PartT", bound=Part)


def land_streamed_parts(
    futures: Iterator[Future[PartT]],
    land: Callable[[PartT], R],
    ahead: int,
    inbox: Callable[[], Any],
    poll_s: float = 0.05,
) -> list[R]:
    """`land_streamed` for work that also hands partial results over through `inbox` while it
    runs (`outbox`): each part is landed as it arrives, and the stage ends once every future
    is landed and every part its final result announced has arrived (a part may reach the
    inbox after its unit's return value: another pipe). After a failure, the parts already
    in the inbox are landed too (their work is done) before the first failure is raised.
    """
    pending: set[Future[PartT]] = set(itertools.islice(futures, max(1, ahead)))
    owed: Counter[int] = Counter()  # parts announced by final results, minus parts landed
    landed: list[R] = []
    errors: list[BaseException] = []
    while pending or any(n > 0 for n in owed.values()):
        part = _get(inbox, poll_s)
        if part is not None:  # then the futures: one that is done waits for no further part
            owed[part.index] -= 1
            landed.append(land(part))
        for future in [f for f in pending if f.done()]:
            pending.discard(future)
            error = future.exception()
            if error is None:
                owed[future.result().index] += future.result().parts
            _land_one(future, land, landed, errors)
            pending.update(itertools.islice(futures, 1))
    while errors and (part := _get(inbox, max(poll_s, 0.5))) is not None:
        landed.append(land(part))
    if errors:
        raise errors[0]
    return landed


def _get(inbox: Callable[[], Any], timeout: float) -> Any:
    box = inbox()  # read each time: a pool restarted after a dead worker has a new one
    if box is None:
        time.sleep(timeout)
        return None
    try:
        return box.get(timeout=timeout)
    except queue.Empty:
        return None
