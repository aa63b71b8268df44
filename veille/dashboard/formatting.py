"""How numbers read on the page: one formatter per kind of KPI, and money amounts.

Every tile also carries the raw value (`data-value`), so a reader or a test can compare the
shown number with SQL without parsing "$27.4 bn".
"""

from __future__ import annotations

import math
from typing import Literal

Kind = Literal["count", "rate", "usd", "usd_big", "text"]
MISSING = "–"
SCALES = ((1e12, " tn"), (1e9, " bn"), (1e6, " m"), (1e3, " k"))


def _number(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
        return None if math.isnan(number) else number
    return float(str(value))


def human(value: float, digits: int = 1) -> str:
    """1.23e9 -> '1.2 bn' (trailing zeros dropped)."""
    for scale, suffix in SCALES:
        if abs(value) >= scale:
            shown = f"{value / scale:,.{digits}f}".rstrip("0").rstrip(".")
            return shown + suffix
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".")


def display(value: object, kind: Kind) -> str:
    """The text a tile shows."""
    if kind == "text":
        return MISSING if value is None else str(value)
    number = _number(value)
    if number is None:
        return MISSING
    if kind == "count":
        return f"{round(number):,}"
    if kind == "rate":
        return f"{number * 100:.1f}%"
    if kind == "usd":
        return f"${number:,.2f}"
    return "$" + human(number)


def raw(value: object) -> str:
    """The exact value for `data-value` ('' when there is none)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def amount(value: float | None, low: float | None, high: float | None, currency: str | None) -> str:
    """A deal amount as analysts read it: '27 bn USD', '1 bn - 2 bn EUR', 'undisclosed'."""
    unit = f" {currency}" if currency else ""
    if value is not None:
        return human(value, 2) + unit
    if low is not None and high is not None:
        return f"{human(low, 2)} - {human(high, 2)}{unit}"
    if high is not None:
        return f"up to {human(high, 2)}{unit}"
    if low is not None:
        return f"at least {human(low, 2)}{unit}"
    return "undisclosed"
