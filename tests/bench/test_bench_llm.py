"""The LLM benchmark's server-side timeline (bench/llm_serverproc.py `occupancy`)."""

from __future__ import annotations

import pytest

from bench.llm_serverproc import occupancy


def test_full_slots_and_the_edges_of_the_run() -> None:
    # two slots, each busy from 1.0 to 3.0 in two back-to-back requests; the run is 0.5-3.5
    spans = [[1.0, 2.0], [2.0, 3.0], [1.0, 2.0], [2.0, 3.0]]
    found = occupancy(spans, [0.5, 3.5], concurrency=2)
    assert found["before_first_request_s"] == pytest.approx(0.5)
    assert found["after_last_answer_s"] == pytest.approx(0.5)
    assert found["slot_occupancy_between"] == pytest.approx(1.0)
    assert found["mean_server_latency_s"] == pytest.approx(1.0)


def test_idle_slots_and_requests_outside_the_run_are_counted_as_such() -> None:
    # one of two slots idle half of the time; a warm-up request before the run is ignored
    spans = [[-5.0, -4.0], [0.0, 2.0], [0.0, 1.0]]
    found = occupancy(spans, [0.0, 2.0], concurrency=2)
    assert found["slot_occupancy_between"] == pytest.approx(0.75)
    assert found["before_first_request_s"] == pytest.approx(0.0)
    assert occupancy([[-5.0, -4.0]], [0.0, 2.0], concurrency=2) == {}
