"""The dashboard in a real browser: every chart draws, offline, and shows the warehouse's numbers.

Runs headless Chromium (Debian's `chromium`, installed by `.ci/install-chromium.sh`). Skipped
only on a developer machine without Chromium; in CI (CI set) a missing browser fails the test.
Set VEILLE_UPDATE_SCREENSHOT=1 to also refresh docs/dashboard.png for the README.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.dashboard.browser import PageReport, find_chromium, render_page
from tests.dashboard.expected import COUNT_SQL, FIXTURE_CACHE_HIT_RATE, expected_values
from veille.dashboard.render import build_dashboard
from warehouse.connection import connect

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def browser() -> str:
    binary = find_chromium()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: run .ci/install-chromium.sh")
        pytest.skip("chromium not installed (apt-get install chromium)")
    return binary


def _check_page(report: PageReport) -> None:
    assert report.rendered == "ok", report.errors
    assert report.errors == []
    offline = [u for u in report.requests if not u.startswith(("file://", "data:", "about:"))]
    assert offline == []
    assert report.screenshot.startswith(b"\x89PNG")


def test_populated_dashboard_in_chromium(
    browser: str, populated_warehouse: Path, tmp_path: Path
) -> None:
    index = build_dashboard(populated_warehouse, tmp_path / "site")
    report = render_page(browser, index, tmp_path / "profile")
    (tmp_path / "dashboard.png").write_bytes(report.screenshot)
    if os.environ.get("VEILLE_UPDATE_SCREENSHOT"):
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(tmp_path / "dashboard.png", ROOT / "docs" / "dashboard.png")
    _check_page(report)

    charts = report.state["charts"]
    assert len(charts) == 13
    for name, chart in charts.items():
        assert chart["svg"] + chart["canvas"] >= 1, name
        assert not chart["empty"] and chart["marks"] > 1, (name, chart)

    with duckdb.connect(str(populated_warehouse), read_only=True) as con:
        expected = expected_values(con)
        latest_deals = con.sql("select count(*) from curated.deals").fetchall()[0][0]
        quarantine = con.sql("select count(*) from quality.quarantine").fetchall()[0][0]
    shown = report.state["metrics"]
    for name in COUNT_SQL:
        assert int(shown[name]["text"].replace(",", "")) == expected[name], name
        assert int(shown[name]["value"]) == expected[name], name
    assert shown["last_run_status"]["text"] == expected["last_run_status"]
    assert float(shown["cost_usd"]["value"]) == pytest.approx(expected["cost_usd"])
    assert shown["cost_usd"]["text"] == f"${expected['cost_usd']:,.2f}"
    assert float(shown["deal_value_usd"]["value"]) == pytest.approx(expected["deal_value_usd"])
    assert shown["deal_value_usd"]["text"] == f"${expected['deal_value_usd'] / 1e9:.1f} bn"
    rate = float(shown["expectation_pass_rate"]["value"])
    assert rate == pytest.approx(expected["expectation_pass_rate"])
    assert float(shown["cache_hit_rate"]["value"]) == pytest.approx(FIXTURE_CACHE_HIT_RATE)
    assert shown["cache_hit_rate"]["text"] == "50.0%"

    tables = report.state["tables"]
    assert len(tables["latest_deals"]) == min(25, latest_deals)
    assert len(tables["quarantine"]) == quarantine
    assert len(tables["conflicts"]) == expected["conflicts"]
    assert (index.parent / report.state["docs"]).resolve().is_file()


def test_empty_dashboard_in_chromium(browser: str, tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    connect(path).close()
    report = render_page(browser, build_dashboard(path, tmp_path / "site"), tmp_path / "profile")
    _check_page(report)
    for name, chart in report.state["charts"].items():
        assert chart["svg"] + chart["canvas"] >= 1, name
        assert chart["empty"] and "no data yet" in chart["text"], name
