"""Numbers the Vietnamese way, the same in tables, sentences and charts: 156.815, 43,75, 5,9%, p < 0,001."""
from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd


def _real(x: object) -> float | None:
    """x as a finite float, or None (missing, NaN, text)."""
    if x is None or x is pd.NA or isinstance(x, bool):
        return None
    try:
        v = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) or math.isinf(v) else v


def number(x: object, decimals: int | None = None) -> str:
    """156815 -> '156.815', 43.75 -> '43,75', 1e6+0.5 -> '1.000.000,5'; '' when missing.

    decimals=None keeps the significant decimals (up to 4); an int pads nothing and rounds to that many.
    """
    v = _real(x)
    if v is None:
        return ""
    places = 4 if decimals is None else decimals
    text = f"{Decimal(repr(v)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):f}"  # 12,25 -> 12,3
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if float(text) == 0:
        text = text.lstrip("-")
    sign = "-" if text.startswith("-") else ""
    whole, _, frac = text.lstrip("-").partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    grouped = ".".join([whole, *groups])
    return sign + grouped + ("," + frac if frac else "")


def percent(x: object, decimals: int | None = 1) -> str:
    """5.93 -> '5,9%', 100 -> '100%', 43.75 with decimals=None -> '43,75%'; '' when missing."""
    v = _real(x)
    if v is None:
        return ""
    text = number(v, decimals)
    if decimals and "," in text:
        text = text.rstrip("0").rstrip(",")
    return text + "%"


def p_value(p: object) -> str:
    """A p-value a reader can read: 'p < 0,001', 'p = 0,03', 'p = 0,41'."""
    v = _real(p)
    if v is None:
        return "p không xác định"
    if v < 0.001:
        return "p < 0,001"
    return "p = " + number(v, 3 if v < 0.01 else 2).rstrip("0").rstrip(",")


def year(y: object) -> str:
    """2019.0 -> '2019' (no thousands dot in a year); '' when missing."""
    v = _real(y)
    return "" if v is None else str(int(v))


def cell(value: object) -> object:
    """A table cell: floats the Vietnamese way (whole numbers without ',0'), everything else unchanged."""
    if isinstance(value, float):
        return number(value) if _real(value) is not None else ""
    return value


def text(value: object) -> str:
    """A cell as text: '' for None, NaN and pd.NA (whose truth value pandas refuses)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)
