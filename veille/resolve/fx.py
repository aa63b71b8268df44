"""Dated exchange rates: deal amounts in USD at the date they were first reported.

The shipped `veille/data/fx_rates.csv` (date, currency, usd_per_unit) is derived from the
European Central Bank's euro reference rates (see warehouse/README.md); a user replaces it with
the `fx_rates_path` setting, for instance with a newer ECB file converted by
`python -m veille.resolve.fx eurofxref-hist.csv fx_rates.csv`. A rate is taken as of the report
date (the latest published on or before it); dates before the table start use its first rate.
"""

from __future__ import annotations

import argparse
import functools
from datetime import date
from importlib import resources
from pathlib import Path

import polars as pl

SHIPPED = "fx_rates.csv"


class FxRatesError(ValueError):
    """The exchange-rate file is missing columns or holds impossible rates."""


def shipped_path() -> Path:
    return Path(str(resources.files("veille") / "data" / SHIPPED))


@functools.cache
def _load(path: Path) -> pl.DataFrame:
    raw = pl.read_csv(path, schema_overrides={"date": pl.String, "currency": pl.String})
    missing = {"date", "currency", "usd_per_unit"} - set(raw.columns)
    if missing:
        raise FxRatesError(f"{path}: missing columns {sorted(missing)}")
    rates = raw.select(
        pl.col("date").str.to_date("%Y-%m-%d").alias("rate_date"),
        pl.col("currency").str.strip_chars().str.to_uppercase(),
        pl.col("usd_per_unit").cast(pl.Float64),
    )
    bad = rates.filter(pl.col("usd_per_unit").is_null() | (pl.col("usd_per_unit") <= 0))
    if bad.height:
        raise FxRatesError(f"{path}: {bad.height} rows without a positive rate")
    return rates.unique(["rate_date", "currency"], keep="last").sort(["currency", "rate_date"])


def load_fx_rates(path: Path | None = None) -> pl.DataFrame:
    """The rate table (rate_date, currency, usd_per_unit), cached per file."""
    return _load((path or shipped_path()).resolve())


def attach_rates(
    frame: pl.DataFrame, rates: pl.DataFrame, *, on: str, currency: str = "currency"
) -> pl.DataFrame:
    """Add `usd_per_unit` and `fx_rate_date` for each row's currency as of its `on` date.

    USD is 1 with no rate date; an unknown currency gets nulls (the USD amount stays null
    rather than guessed).
    """
    keyed = frame.with_row_index("_row").with_columns(
        pl.col(currency).str.to_uppercase().alias("_cur")
    )
    table = rates.rename({"currency": "_cur"}).with_columns(pl.col("rate_date").alias("_rd"))
    ordered = keyed.filter(pl.col(on).is_not_null()).sort(on)
    back = ordered.join_asof(
        table.sort("_rd"), left_on=on, right_on="_rd", by="_cur", strategy="backward",
        check_sortedness=False,  # both sides are sorted on the date just above
    )  # fmt: skip
    first = table.sort("_rd").group_by("_cur").first()
    joined = back.join(first, on="_cur", how="left", suffix="_first").select(
        "_row",
        pl.coalesce("usd_per_unit", "usd_per_unit_first").alias("usd_per_unit"),
        pl.coalesce("rate_date", "rate_date_first").alias("fx_rate_date"),
    )
    out = keyed.join(joined, on="_row", how="left").sort("_row")
    is_usd = pl.col("_cur") == "USD"
    return out.with_columns(
        pl.when(is_usd).then(1.0).otherwise(pl.col("usd_per_unit")).alias("usd_per_unit"),
        pl.when(is_usd).then(None).otherwise(pl.col("fx_rate_date")).alias("fx_rate_date"),
    ).drop("_row", "_cur")


def ecb_to_fx_rates(source: Path, since: date | None = None) -> pl.DataFrame:
    """Convert the ECB `eurofxref-hist.csv` (units of currency per euro) to USD per unit."""
    raw = pl.read_csv(source, infer_schema=False, null_values=["N/A", ""])
    raw = raw.select([c for c in raw.columns if c.strip()]).rename(lambda c: c.strip())
    if "USD" not in raw.columns or "Date" not in raw.columns:
        raise FxRatesError(f"{source}: not an ECB reference-rate file (no Date/USD columns)")
    long = raw.unpivot(index=["Date", "USD"], variable_name="currency", value_name="per_eur")
    long = long.with_columns(
        pl.col("Date").str.to_date("%Y-%m-%d").alias("date"),
        pl.col("USD").cast(pl.Float64).alias("usd_per_eur"),
        pl.col("per_eur").cast(pl.Float64),
    ).drop_nulls(["per_eur", "usd_per_eur"])
    if since is not None:
        long = long.filter(pl.col("date") >= since)
    per_unit = long.select(
        "date", "currency", (pl.col("usd_per_eur") / pl.col("per_eur")).alias("usd_per_unit")
    )
    euro = (
        long.select("date", "usd_per_eur")
        .unique()
        .select(
            "date", pl.lit("EUR").alias("currency"), pl.col("usd_per_eur").alias("usd_per_unit")
        )
    )
    both = pl.concat([per_unit, euro]).with_columns(pl.col("usd_per_unit").round_sig_figs(8))
    return both.sort(["date", "currency"])


def main(argv: list[str] | None = None) -> None:
    """Command line: convert an ECB history file to veille's fx_rates.csv format."""
    parser = argparse.ArgumentParser(description=ecb_to_fx_rates.__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--since", type=date.fromisoformat, default=None)
    args = parser.parse_args(argv)
    ecb_to_fx_rates(args.source, args.since).write_csv(args.target, date_format="%Y-%m-%d")


if __name__ == "__main__":
    main()
