"""Values that cannot be true: a share above 100%, a numerator above its base, a rank beyond its denominator.
Such a value is kept in the tables (the article said it) but is never plotted, ranked or summarised."""
from __future__ import annotations

import pandas as pd

SHARE_ABOVE_100 = "share_above_100"
NUMERATOR_ABOVE_BASE = "numerator_above_denominator"
RANK_BEYOND_DENOMINATOR = "rank_beyond_denominator"


def _num(df: pd.DataFrame, column: str) -> pd.Series:
    """A numeric column, NaN where absent or unreadable."""
    if column not in df:
        return pd.Series(float("nan"), index=df.index)
    return pd.to_numeric(df[column], errors="coerce")


def ratio_problems(ratios: pd.DataFrame) -> pd.Series:
    """Per ratio row: '' when possible, else why not (numerator above its base first, then share above 100)."""
    value, num, den = _num(ratios, "value"), _num(ratios, "numerator"), _num(ratios, "denominator")
    out = pd.Series("", index=ratios.index, dtype="string")
    out = out.mask(value > 100.0, SHARE_ABOVE_100)
    return out.mask(num.notna() & den.notna() & (num > den), NUMERATOR_ABOVE_BASE)


def figure_problems(figures: pd.DataFrame) -> pd.Series:
    """Per figure: '' when possible, else why not (a percentage above 100, x above y in 'x/y', rank beyond y)."""
    value, den = _num(figures, "value"), _num(figures, "denominator")
    unit = figures["unit"].astype("string").fillna("") if "unit" in figures else pd.Series("", index=figures.index)
    out = pd.Series("", index=figures.index, dtype="string")
    out = out.mask((unit == "percent") & (value > 100.0), SHARE_ABOVE_100)
    beyond = den.notna() & (value > den)
    out = out.mask(beyond & (unit == "rank"), RANK_BEYOND_DENOMINATOR)
    return out.mask(beyond & (unit != "rank"), NUMERATOR_ABOVE_BASE)


def problems_of(ratios: pd.DataFrame) -> pd.Series:
    """The ratio table's `problem` column, or the same computed when a table written before it lacks it."""
    if "problem" in ratios:
        return ratios["problem"].astype("string").fillna("")
    return ratio_problems(ratios)


def possible(ratios: pd.DataFrame) -> pd.DataFrame:
    """The ratio rows that can be true."""
    return ratios[(problems_of(ratios) == "").to_numpy()]


def impossible(ratios: pd.DataFrame) -> pd.DataFrame:
    """The ratio rows that cannot be true (held back from charts, ranks and sentences)."""
    return ratios[(problems_of(ratios) != "").to_numpy()]
