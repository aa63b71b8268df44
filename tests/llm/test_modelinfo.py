from __future__ import annotations

import litellm

from veille.llm.modelinfo import price_unknown_model, structured_format
from veille.llm.prompt import response_format


def test_a_priced_model_is_left_as_litellm_knows_it() -> None:
    before = litellm.get_model_info(model="gpt-4o")["input_cost_per_token"]
    assert price_unknown_model("gpt-4o") is True
    assert litellm.get_model_info(model="gpt-4o")["input_cost_per_token"] == before > 0


def test_an_unknown_model_of_a_known_provider_is_registered_at_zero_cost() -> None:
    model = "openai/veille-test-unpriced-model"
    assert price_unknown_model(model) is False
    info = litellm.get_model_info(model=model)
    assert info["input_cost_per_token"] == 0.0
    assert info["output_cost_per_token"] == 0.0
    assert price_unknown_model(model) is True  # now known: asked once, registered once


def test_a_model_of_a_provider_litellm_does_not_know_is_not_registered() -> None:
    assert price_unknown_model("nosuchprovider/some-model") is False
    assert price_unknown_model("nosuchprovider/some-model") is False


def test_structured_output_where_litellm_says_the_model_takes_a_schema() -> None:
    assert structured_format("gpt-4o") == response_format()


def test_no_format_for_a_model_litellm_cannot_place() -> None:
    assert structured_format("nosuchprovider/some-model") is None
