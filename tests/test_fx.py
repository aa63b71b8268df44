from __future__ import annotations

from datetime import date, datetime

import polars as pl
import pytest

from tasks.publish import publish_stage
from tests.staging_factory import article, deal, enrichment, stage
from veille.resolve.fx import FxRatesError, attach_rates, ecb_to_fx_rates, load_fx_rates
from veille.settings import Settings
from warehouse.connection import connect

RATES = pl.DataFrame(
    {
        "rate_date": [date(2026, 3, 13), date(2026, 3, 16), date(2026, 3, 13)],
        "currency": ["EUR", "EUR", "GBP"],
        "usd_per_unit": [1.10, 1.20, 1.30],
    }
)


def test_rates_are_taken_as_of_the_date():
    frame = pl.DataFrame(
        {
            "day": [
                date(2026, 3, 14),
                date(2026, 3, 17),
                date(2026, 1, 1),
                None,
                date(2026, 3, 17),
                date(2026, 3, 17),
            ],
            "currency": ["EUR", "eur", "EUR", "EUR", "USD", "XYZ"],
        }
    )
    out = attach_rates(frame, RATES, on="day")
    assert out["usd_per_unit"].to_list() == [1.10, 1.20, 1.10, None, 1.0, None]
    assert out["fx_rate_date"].to_list() == [
        date(2026, 3, 13),
        date(2026, 3, 16),
        date(2026, 3, 13),
        None,
        None,
        None,
    ]
    assert out.columns == ["day", "currency", "usd_per_unit", "fx_rate_date"]


def test_shipped_rates_cover_the_seed_date():
    rates = load_fx_rates()
    eur = rates.filter((pl.col("currency") == "EUR") & (pl.col("rate_date") == date(2026, 3, 17)))
    assert eur.height == 1 and 1.0 < eur["usd_per_unit"][0] < 1.4
    assert {"GBP", "JPY", "CHF", "CNY"} <= set(rates["currency"])


def test_ecb_history_conversion(tmp_path):
    source = tmp_path / "eurofxref-hist.csv"
    source.write_text(
        "Date,USD,JPY,GBP,CYP,\n2026-03-17,1.1531,183.29,0.8643,N/A,\n"
        "2023-12-29,1.1050,156.33,0.86905,N/A,\n"
    )
    out = ecb_to_fx_rates(source, since=date(2024, 1, 1))
    rows = {r["currency"]: r["usd_per_unit"] for r in out.iter_rows(named=True)}
    assert set(rows) == {"EUR", "GBP", "JPY"}  # N/A and older rows dropped
    assert rows["EUR"] == 1.1531
    assert rows["GBP"] == pytest.approx(1.1531 / 0.8643)
    with pytest.raises(FxRatesError):
        bad = tmp_path / "bad.csv"
        bad.write_text("Date,GBP\n2026-03-17,0.8\n")
        ecb_to_fx_rates(bad)


def test_invalid_rate_file_is_refused(tmp_path):
    bad = tmp_path / "rates.csv"
    bad.write_text("date,currency,usd_per_unit\n2026-03-17,EUR,-1\n")
    with pytest.raises(FxRatesError, match="positive"):
        load_fx_rates(bad)
    missing = tmp_path / "missing.csv"
    missing.write_text("date,usd_per_unit\n2026-03-17,1\n")
    with pytest.raises(FxRatesError, match="currency"):
        load_fx_rates(missing)


def test_the_rate_file_is_a_setting(tmp_path):
    rates = tmp_path / "my_rates.csv"
    rates.write_text("date,currency,usd_per_unit\n2026-03-01,EUR,2.0\n")
    settings = Settings(warehouse=tmp_path / "w.duckdb", fx_rates_path=rates)
    con = connect()
    a = article("a", published_at=datetime(2026, 3, 17))
    stage(
        con,
        articles=[a],
        enrichments=[enrichment(a)],
        deals=[deal("a", 0, ["A", "B"], value=10.0, currency="EUR")],
    )
    publish_stage(con, settings, "r1", gazetteer=[], snapshot=False)
    assert con.execute("select amount_usd, fx_rate_date from curated.deals").fetchall() == [
        (20.0, date(2026, 3, 1))
    ]
    assert con.execute("select fx_source from curated.publication").fetchall() == [
        ("my_rates.csv",)
    ]
