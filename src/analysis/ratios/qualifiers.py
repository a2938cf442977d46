"""Qualifiers (hơn, dưới, khoảng) as intervals: the share a pair of figures guarantees, and what one
stated figure allows. Shared by the ratio table (build) and the consistency audit (audit)."""
from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

# Relative half-width given to an "approx" figure when intervals are needed (gần 1.700, khoảng 30%).
APPROX_TOLERANCE = 0.05
# Preference among several statements of one figure: exact before approximate before bounds.
QUALIFIER_RANK = {"exact": 0, "approx": 1, "more_than": 2, "less_than": 2}


def combine_qualifiers(qualifiers: list[str]) -> str:
    """Qualifier of a sum: exact if all exact; approx if any approx or directions conflict; else the direction."""
    qs = {q for q in qualifiers if q and q != "exact"}
    if not qs:
        return "exact"
    if "approx" in qs or len(qs) > 1:
        return "approx"
    return qs.pop()


@dataclass(frozen=True)
class Share:
    """A share in percent with the interval its qualifiers guarantee."""

    value: float
    lower: float
    upper: float
    kind: str
    note: str = ""


def share_from_counts(numerator: float, num_q: str, denominator: float, den_q: str) -> Share:
    """numerator/denominator*100 with its kind: a `more_than` denominator makes it an upper bound, etc.

    lower/upper hold what the qualifiers guarantee: both equal value for an exact share, one side for a
    bound, none (NaN) for an estimate (an `approx` figure, or qualifiers pulling in opposite directions).
    """
    if not denominator or denominator <= 0 or pd.isna(denominator) or pd.isna(numerator):
        return Share(math.nan, math.nan, math.nan, "estimate", "no usable denominator")
    value = 100.0 * numerator / denominator
    directions = set()
    directions |= {+1} if num_q == "more_than" else {-1} if num_q == "less_than" else set()
    directions |= {-1} if den_q == "more_than" else {+1} if den_q == "less_than" else set()
    return _share(value, directions, "approx" in (num_q, den_q))


def share_from_stated(value: float, qualifier: str) -> Share:
    """A share the article states (43,75%, trên 60%) with the interval its qualifier guarantees."""
    direction = {+1} if qualifier == "more_than" else {-1} if qualifier == "less_than" else set()
    return _share(float(value), direction, qualifier == "approx")


def _share(value: float, directions: set[int], approx: bool) -> Share:
    if len(directions) > 1:
        return Share(value, math.nan, math.nan, "estimate", "qualifiers pull in opposite directions")
    if approx:
        note = "approximate figure" + (" (and a bound)" if directions else "")
        return Share(value, math.nan, math.nan, "estimate", note)
    if directions == {+1}:
        return Share(value, value, math.nan, "bound", "lower bound")
    if directions == {-1}:
        return Share(value, math.nan, value, "bound", "upper bound")
    return Share(value, value, value, "exact")


def interval(value: float, qualifier: str, decimals: int | None = None) -> tuple[float, float]:
    """What a stated figure allows: exact (± half the last stated digit for shares), hơn, dưới, khoảng."""
    half = 0.5 * 10 ** -decimals if decimals is not None else 0.0
    if qualifier == "more_than":
        return value, math.inf
    if qualifier == "less_than":
        return 0.0, value
    if qualifier == "approx":
        return value * (1 - APPROX_TOLERANCE) - half, value * (1 + APPROX_TOLERANCE) + half
    return value - half, value + half


def decimals(value: float) -> int:
    """Decimals a stated share was written with (16.06 -> 2, 100 -> 0)."""
    for d in range(5):
        if abs(round(value, d) - value) < 1e-9:
            return d
    return 5


def sum_interval(parts: list[tuple[float, float]]) -> tuple[float, float]:
    return sum(p[0] for p in parts), sum(p[1] for p in parts)


def verdict(holds_stated: bool, holds_interval: bool) -> str:
    if holds_stated:
        return "ok"
    return "ok_with_qualifier" if holds_interval else "mismatch"
