from __future__ import annotations

from pathlib import Path

import pytest

from veille.ingest.sources import Sources, SourcesError, load_sources, sources_from_cli

REPO = Path(__file__).resolve().parents[2]


def test_example_sources_file_parses() -> None:
    sources = load_sources(REPO / "sources.yaml")
    assert sources.feeds and all(f.startswith("https://") for f in sources.feeds)


def test_relative_paths_lists_and_cli_merge(tmp_path: Path) -> None:
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "watch.txt").write_text(
        "# watched\nhttps://a.example/1\n\nhttps://a.example/2\n"
    )
    (tmp_path / "sources.yaml").write_text(
        "feeds: [https://f.example/rss]\nurls: [https://a.example/1]\n"
        "url_lists: [lists/watch.txt]\nfiles: [inbox/]\n"
    )
    sources = load_sources(tmp_path / "sources.yaml")
    assert sources.urls == ("https://a.example/1", "https://a.example/2")
    assert sources.files == (tmp_path / "inbox",)
    merged = sources_from_cli(
        feed=["https://f.example/rss", "https://g.example/atom"],
        input=[Path("x.jsonl")],
        sources_file=tmp_path / "sources.yaml",
    )
    assert merged.feeds == ("https://f.example/rss", "https://g.example/atom")
    assert merged.files == (tmp_path / "inbox", Path("x.jsonl"))
    assert Sources().is_empty() and not merged.is_empty()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds: https://one.example/rss\n", "'feeds' must be a list of strings"),
        ("feedz: [x]\n", "unknown key(s) feedz"),
        ("- a\n- b\n", "expected a mapping"),
        ("feeds: [\n", "not valid YAML"),
        ("url_lists: [missing.txt]\n", "url_lists entry 'missing.txt'"),
    ],
)
def test_bad_sources_files_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    with pytest.raises(SourcesError) as caught:
        load_sources(path)
    assert message in str(caught.value) and str(path) in str(caught.value)
