from __future__ import annotations

import hashlib
import json

import pytest

from veille.evaluation.gold import GoldError, file_hash, load_gold


def test_loads_the_dev_gold(dev_gold):
    golds = load_gold(dev_gold)
    assert len(golds) == 12
    ranges = [a for g in golds for a in g.amounts if a.value is None]
    assert ranges and all(a.min_value and a.max_value for a in ranges)
    assert any(len(d.parties) > 2 for g in golds for d in g.deals)
    assert any(not d.amounts for g in golds for d in g.deals)


def write(tmp_path, *lines):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines))
    return path


GOOD = {
    "url": "u1",
    "orgs": [{"name": "A"}, {"name": "B"}],
    "amounts": [],
    "deals": [{"parties": ["A", "B"], "amounts": [], "type": "other"}],
}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "gold.jsonl:2"),
        ({"url": "u2", "amounts": [{"currency": "USD"}]}, "needs value"),
        (
            {
                "url": "u2",
                "orgs": [{"name": "A"}],
                "deals": [{"parties": ["A", "Z"], "type": "other"}],
            },
            "not among",
        ),
        (
            {
                "url": "u2",
                "orgs": [{"name": "A"}, {"name": "B"}],
                "deals": [{"parties": ["A", "B"], "type": "merger"}],
            },
            "type",
        ),
        (GOOD, "duplicate url"),
    ],
)
def test_bad_lines_are_refused_with_their_line(tmp_path, bad, message):
    with pytest.raises(GoldError, match=message):
        load_gold(write(tmp_path, GOOD, bad))


def test_empty_gold_is_refused(tmp_path):
    with pytest.raises(GoldError, match="no gold article"):
        load_gold(write(tmp_path, "", "  "))


def test_hash_is_of_the_bytes(tmp_path):
    path = write(tmp_path, GOOD)
    assert file_hash(path) == hashlib.sha256(path.read_bytes()).hexdigest()
