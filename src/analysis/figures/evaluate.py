"""Evaluation: score a figures table against hand-checked gold figures.

Rows match on doc_id, metric and value (values equal within 1e-6 relative). Recall counts the
gold rows of the chosen tiers (default: core) that were found; precision counts the predicted
rows of core metrics, in the documents the gold covers, that match a gold row — a prediction
matching a gold row of another tier (extra, bonus) is neither right nor wrong. On matched rows
it reports how often qualifier, status, year and province agree, a per-metric table, and the errors
by kind: missed (gold not found), false (predicted, not in gold), wrong attribute (matched, but
qualifier, status, year or province differ).
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..schema import CORE_METRICS

ATTRIBUTES = ("qualifier", "status", "year", "province")


@dataclass(frozen=True)
class Score:
    """The headline numbers of one evaluation."""

    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    accuracy: dict[str, float]


def _same(a: object, b: object) -> bool:
    missing_a = a is None or (isinstance(a, float) and math.isnan(a)) or a is pd.NA or a == ""
    missing_b = b is None or (isinstance(b, float) and math.isnan(b)) or b is pd.NA or b == ""
    if missing_a or missing_b:
        return missing_a and missing_b
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return str(a) == str(b)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _confidence(pred: pd.DataFrame, i: int) -> float | None:
    """The prediction's confidence, when the table has one."""
    return float(pred.at[i, "confidence"]) if "confidence" in pred.columns and pd.notna(pred.at[i, "confidence"]) else None


def match(gold: pd.DataFrame, pred: pd.DataFrame, tiers: tuple[str, ...] = ("core",)) -> pd.DataFrame:
    """One row per gold row and per unmatched prediction: outcome tp / fn / fp / neutral."""
    gold = gold.copy()
    if "tier" not in gold.columns:
        gold["tier"] = "core"
    docs = set(gold["doc_id"])
    pred = pred[pred["doc_id"].isin(docs)].reset_index(drop=True)
    used: set[int] = set()
    rows = []
    by_key = {k: list(g.index) for k, g in pred.groupby(["doc_id", "metric"])} if len(pred) else {}
    ordered = gold.assign(_wanted=~gold["tier"].isin(tiers)).sort_values("_wanted", kind="stable")
    for _, g in ordered.iterrows():
        candidates = [i for i in by_key.get((g["doc_id"], g["metric"]), []) if i not in used
                      and _close(float(pred.at[i, "value"]), float(g["value"]))]
        wanted = g["tier"] in tiers
        if candidates:
            i = candidates[0]
            used.add(i)
            row = {"outcome": "tp" if wanted else "neutral", "doc_id": g["doc_id"], "metric": g["metric"],
                   "value": g["value"], "tier": g["tier"], "evidence": pred.at[i, "evidence"],
                   "confidence": _confidence(pred, i)}
            for attr in ATTRIBUTES:
                if attr in gold.columns and attr in pred.columns:
                    row[f"gold_{attr}"], row[f"pred_{attr}"] = g[attr], pred.at[i, attr]
            rows.append(row)
        elif wanted:
            rows.append({"outcome": "fn", "doc_id": g["doc_id"], "metric": g["metric"], "value": g["value"],
                         "tier": g["tier"], "evidence": g.get("evidence")})
    for i in pred.index:
        if i not in used and pred.at[i, "metric"] in CORE_METRICS:
            rows.append({"outcome": "fp", "doc_id": pred.at[i, "doc_id"], "metric": pred.at[i, "metric"],
                         "value": pred.at[i, "value"], "tier": None, "evidence": pred.at[i, "evidence"],
                         "confidence": _confidence(pred, i)})
    return pd.DataFrame(rows)


def score(matches: pd.DataFrame) -> Score:
    """Precision, recall, F1 and attribute accuracies from the output of `match`."""
    counts = matches["outcome"].value_counts() if len(matches) else pd.Series(dtype=int)
    tp, fn, fp = (int(counts.get(k, 0)) for k in ("tp", "fn", "fp"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    found = matches[matches["outcome"] == "tp"] if len(matches) else matches
    accuracy = {}
    for attr in ATTRIBUTES:
        if f"gold_{attr}" in found.columns and len(found):
            agree = [_same(a, b) for a, b in zip(found[f"gold_{attr}"], found[f"pred_{attr}"])]
            accuracy[attr] = sum(agree) / len(agree)
    return Score(tp + fn, tp + fp, tp, precision, recall, f1, accuracy)


def evaluate(gold: pd.DataFrame, pred: pd.DataFrame, tiers: tuple[str, ...] = ("core",)) -> tuple[Score, pd.DataFrame]:
    """Score and the per-row matching table."""
    matches = match(gold, pred, tiers)
    return score(matches), matches


def read_gold(path: Path) -> pd.DataFrame:
    """A gold CSV: needs doc_id, metric, value; tier, qualifier, status, year, province optional."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        raise ValueError(f"{path}: empty gold file")
    header, width = rows[0], len(rows[0])
    # Hand-made files often leave commas unquoted in the last, free-text column (evidence):
    # fields beyond the header's width are joined back into it.
    body = [r[:width - 1] + [",".join(r[width - 1:])] if len(r) > width else r + [""] * (width - len(r))
            for r in rows[1:] if any(field.strip() for field in r)]
    gold = pd.DataFrame(body, columns=header)
    missing = {"doc_id", "metric", "value"} - set(gold.columns)
    if missing:
        raise ValueError(f"{path}: gold file lacks column(s) {sorted(missing)}")
    gold["value"] = pd.to_numeric(gold["value"])
    if "year" in gold.columns:
        gold["year"] = pd.to_numeric(gold["year"].replace("", None)).astype("Int64")
    return gold


def per_metric(matches: pd.DataFrame) -> pd.DataFrame:
    """One row per metric: gold rows wanted, core predictions, matched, recall and precision (NaN when undefined)."""
    columns = ["metric", "gold", "predicted", "matched", "recall", "precision"]
    if matches.empty:
        return pd.DataFrame(columns=columns)
    counted = matches[matches["outcome"].isin(["tp", "fn", "fp"])]
    table = pd.crosstab(counted["metric"], counted["outcome"]).reindex(columns=["tp", "fn", "fp"], fill_value=0)
    out = pd.DataFrame({"gold": table["tp"] + table["fn"], "predicted": table["tp"] + table["fp"],
                        "matched": table["tp"]})
    out["recall"] = (out["matched"] / out["gold"]).where(out["gold"] > 0)
    out["precision"] = (out["matched"] / out["predicted"]).where(out["predicted"] > 0)
    return out.rename_axis("metric").reset_index()[columns]


ERROR_KINDS = {"missed": "gold not found", "false": "predicted, not in gold",
               "wrong attribute": "matched, but an attribute differs"}


def _show(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None or value is pd.NA else str(value)


def _differences(row: pd.Series) -> str:
    wrong = [f"{attr} {_show(row[f'gold_{attr}'])} != {_show(row[f'pred_{attr}'])}" for attr in ATTRIBUTES
             if f"gold_{attr}" in row.index and not _same(row[f"gold_{attr}"], row[f"pred_{attr}"])]
    return "; ".join(wrong)


def error_rows(matches: pd.DataFrame) -> pd.DataFrame:
    """The errors, by kind (ERROR_KINDS): kind, doc_id, metric, value, detail, evidence."""
    columns = ["kind", "doc_id", "metric", "value", "detail", "evidence"]
    if matches.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for kind, outcome in (("missed", "fn"), ("false", "fp")):
        for r in matches[matches["outcome"] == outcome].itertuples():
            rows.append({"kind": kind, "doc_id": r.doc_id, "metric": r.metric, "value": r.value, "detail": "",
                         "evidence": r.evidence})
    for _, r in matches[matches["outcome"] == "tp"].iterrows():
        detail = _differences(r)
        if detail:
            rows.append({"kind": "wrong attribute", "doc_id": r["doc_id"], "metric": r["metric"],
                         "value": r["value"], "detail": detail, "evidence": r["evidence"]})
    return pd.DataFrame(rows, columns=columns)
