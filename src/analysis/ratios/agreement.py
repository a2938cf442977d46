"""What a reader sees, checked: the adoption ratios computed from predicted figures against those computed
from gold figures. Province-level selected ratios are grouped by (province, year, ratio, status) and matched
one to one on value (within 0.5 points), since scope wording differs between annotators."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..schema import as_figures
from .build import compute_ratios

TOLERANCE = 0.5  # percentage points


@dataclass(frozen=True)
class RatioAgreement:
    """Ratio recall and precision, and the ratios that disagree (missing: gold only; spurious: shown only)."""

    gold: int
    shown: int
    agree: int
    missing: pd.DataFrame
    spurious: pd.DataFrame

    @property
    def recall(self) -> float:
        return self.agree / self.gold if self.gold else float("nan")

    @property
    def precision(self) -> float:
        return self.agree / self.shown if self.shown else float("nan")


def gold_figures(gold: pd.DataFrame, notes: pd.DataFrame | None = None) -> pd.DataFrame:
    """A gold CSV (evaluate.read_gold) as a figures table: bonus rows left out; scope and period from the
    notes file when given (same row order); offsets made up (ratios do not read them)."""
    rows = []
    for i, r in enumerate(gold.to_dict("records")):
        if r.get("tier") == "bonus":
            continue
        note = notes.iloc[i] if notes is not None and i < len(notes) and notes.iloc[i]["doc_id"] == r["doc_id"] else None
        rows.append({
            "doc_id": r["doc_id"], "province": r.get("province") or None,
            "year": None if pd.isna(r.get("year")) else int(r["year"]),
            "period": (note["period"] or None) if note is not None else None, "metric": r["metric"],
            "value": float(r["value"]), "unit": r.get("unit") or "count",
            "denominator": float(r["denominator"]) if r.get("denominator") else None,
            "qualifier": r.get("qualifier") or "exact", "status": r.get("status") or "actual",
            "scope": (note["scope"] or None) if note is not None else None,
            "evidence": r.get("evidence") or "-", "start": i * 10, "end": i * 10 + 5,
        })
    return as_figures(rows)


def _shown(figures: pd.DataFrame) -> dict[tuple, list[float]]:
    """The province-level selected ratios a reader sees, grouped by (province, year, ratio, status)."""
    ratios = compute_ratios(figures)
    ratios = ratios[(ratios["level"] == "province") & ratios["selected"].astype(bool)]
    out: dict[tuple, list[float]] = {}
    for r in ratios.itertuples():
        year = "" if pd.isna(r.year) else str(int(r.year))
        out.setdefault((r.province, year, r.ratio, r.status if isinstance(r.status, str) else "actual"),
                       []).append(float(r.value))
    return out


def agreement(gold: pd.DataFrame, predicted: pd.DataFrame) -> RatioAgreement:
    """Ratio recall and precision of predicted figures against gold figures (both figures tables)."""
    wanted, shown = _shown(gold), _shown(predicted)
    agree, missing, spurious = 0, [], []
    for key in sorted(set(wanted) | set(shown), key=str):
        left = list(shown.get(key, []))
        for value in wanted.get(key, []):
            hit = next((v for v in left if abs(v - value) <= TOLERANCE), None)
            if hit is None:
                missing.append((*key, value))
            else:
                agree += 1
                left.remove(hit)
        spurious += [(*key, v) for v in left]
    columns = ["province", "year", "ratio", "status", "value"]
    return RatioAgreement(sum(map(len, wanted.values())), sum(map(len, shown.values())), agree,
                          pd.DataFrame(missing, columns=columns), pd.DataFrame(spurious, columns=columns))
