from __future__ import annotations

import io

from rich.console import Console

from tests.quality_fixture import clean_warehouse
from veille.quality_cli import validate_command


def _run(path, settings, docs=False):
    out = io.StringIO()
    code = validate_command(
        path, docs, settings=settings, console=Console(file=out, width=160, color_system=None)
    )
    return code, out.getvalue()


def test_validate_command_on_a_file_warehouse(tmp_path, shared_dir, quality_settings):
    path = tmp_path / "veille.duckdb"
    con = clean_warehouse(shared_dir)
    con.execute(f"attach '{path}' as target")
    con.execute("copy from database memory to target")
    con.execute("update target.staging.money_mentions set currency = 'USX' where mention_idx = 1")
    con.close()

    code, text = _run(path, quality_settings, docs=True)

    assert code == 1
    for suite in ("raw.articles", "staging.articles", "enrichment.money_mentions", "curated.deals"):
        assert suite in text
    assert "currency_iso4217" in text
    assert "2 rows quarantined" in text
    assert "index.html" in text
