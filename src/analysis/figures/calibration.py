"""Calibration of the `confidence` column: of the rows given a confidence, how many are right.

A predicted row is right when it matches a gold row (doc, metric, value) and its year, status,
qualifier and province agree; a prediction of a core metric that matches no gold row is wrong.
Rows matching gold rows of other tiers (neutral) are left out, as in the scores.
"""
from __future__ import annotations

import pandas as pd

from .evaluate import ATTRIBUTES, _same

BINS = (0.0, 0.5, 0.8, 1.0001)
LABELS = ("< 0.5", "0.5-0.8", ">= 0.8")


def row_correct(matches: pd.DataFrame) -> pd.DataFrame:
    """Predicted rows (tp and fp) with their confidence and whether they are right as a whole."""
    rows = matches[matches["outcome"].isin(["tp", "fp"])].copy()
    right = rows["outcome"] == "tp"
    for attr in ATTRIBUTES:
        if f"gold_{attr}" in rows.columns:
            same = [_same(g, p) for g, p in zip(rows[f"gold_{attr}"], rows[f"pred_{attr}"])]
            right &= pd.Series(same, index=rows.index) | (rows["outcome"] != "tp")
    return rows.assign(right=right)[["doc_id", "metric", "value", "confidence", "right"]]


def reliability(matches: pd.DataFrame) -> pd.DataFrame:
    """Bins of confidence: rows, share of all rows, share right, mean confidence."""
    rows = row_correct(matches).dropna(subset=["confidence"])
    rows["bin"] = pd.cut(rows["confidence"], BINS, labels=LABELS, right=False)
    table = rows.groupby("bin", observed=False).agg(rows=("right", "size"), right=("right", "mean"),
                                                    mean_confidence=("confidence", "mean"))
    table["share_of_rows"] = table["rows"] / max(len(rows), 1)
    return table.reset_index()
