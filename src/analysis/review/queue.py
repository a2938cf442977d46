"""What to review first: the extractor's figures not yet reviewed, least sure first (confidence), then those a
published ratio reads, then those the consistency audit flags; each with the ratio it feeds."""
from __future__ import annotations

import pandas as pd

from ..reference.catalogue import SUM_OF_LEVELS, catalogue
from .corrections import figure_key

ROLE_LABELS = {"numerator": "tử số", "denominator": "mẫu số", "stated": "tỷ lệ nêu sẵn",
               "alternative": "phương án khác, không dùng"}


def _blank(value: object) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def role(metric: str, ratio_row: pd.Series) -> str | None:
    """How a ratio row uses a metric: numerator, denominator, stated share, alternative, or None."""
    spec = catalogue().ratios.get(str(ratio_row["ratio"]))
    if spec is None or metric not in spec.metrics:
        return None
    basis, numerators = _blank(ratio_row.get("basis")), _blank(ratio_row.get("numerator_basis")).split("+")
    if basis == f"stated:{metric}":
        return "stated"
    if metric in numerators or (basis == SUM_OF_LEVELS and metric in spec.levels):
        return "numerator" if metric in numerators else "denominator"
    if basis == metric:
        return "denominator"
    return "alternative" if f"{metric}=" in _blank(ratio_row.get("alternatives")) else None


def _same(a: object, b: object) -> bool:
    a, b = _blank(a), _blank(b)
    try:
        return float(a) == float(b) if a and b else a == b
    except ValueError:
        return a == b


def ratio_uses(figure: pd.Series, ratios: pd.DataFrame) -> list[tuple[pd.Series, str]]:
    """The province-level ratio rows built from this figure's article, province, year, scope and status,
    with the role the figure plays in each."""
    if ratios.empty:
        return []
    rows = ratios[(ratios["level"] == "province")
                  & ratios["doc_ids"].fillna("").astype(str).str.split(";").map(lambda ids: figure["doc_id"] in ids)]
    out = []
    for _, r in rows.iterrows():
        if all(_same(r[c], figure[c]) for c in ("province", "year", "scope", "status")):
            used = role(str(figure["metric"]), r)
            if used:
                out.append((r, used))
    return out


def feeds_text(figure: pd.Series, ratios: pd.DataFrame) -> str:
    """The ratios a figure feeds, in Vietnamese: 'Tỷ lệ … = 16,06% (được chọn): mẫu số'; empty when none."""
    parts = []
    for r, used in ratio_uses(figure, ratios):
        value = f"{float(r['value']):.2f}".replace(".", ",") + "%" if _blank(r["value"]) else "?"
        chosen = "được chọn" if str(r.get("selected")) == "True" else "ứng viên"
        parts.append(f"{catalogue().ratios[r['ratio']].label} = {value} ({chosen}): {ROLE_LABELS[used]}")
    return "; ".join(parts)


def reviewed_keys(corrections: pd.DataFrame) -> set[tuple]:
    """The figures a corrections line already speaks about (accepted, dropped, changed)."""
    return {figure_key(r) for _, r in corrections.iterrows() if r["action"] != "add"}


def flagged(consistency: pd.DataFrame | None) -> dict[tuple[str, str], str]:
    """(doc_id, metric) -> the consistency audit's mismatch detail for it."""
    if consistency is None or consistency.empty:
        return {}
    bad = consistency[consistency["verdict"] == "mismatch"]
    return {(str(r["doc_id"]), str(r["metric"])): f"{r['check']}: {_blank(r['detail'])}" for _, r in bad.iterrows()}


def review_queue(figures: pd.DataFrame, corrections: pd.DataFrame, ratios: pd.DataFrame,
                 consistency: pd.DataFrame | None = None, province: str | None = None, metric: str | None = None,
                 below: float = 0.8) -> pd.DataFrame:
    """Figures to check, most likely wrong first: extracted, not yet reviewed, confidence below `below` (or
    unknown), of the province and metric asked (None: all); with `feeds` and `audit` columns."""
    table = figures.copy()
    keep = table["source"].fillna("extracted").eq("extracted") if "source" in table else pd.Series(True, table.index)
    if province:
        keep &= table["province"] == province
    if metric:
        keep &= table["metric"] == metric
    confidence = table["confidence"] if "confidence" in table else pd.Series(float("nan"), table.index)
    keep &= ~(confidence >= below)
    done = reviewed_keys(corrections)
    keep &= pd.Series([figure_key(r) not in done for _, r in table.iterrows()], index=table.index, dtype=bool)
    queue = table[keep.astype(bool)].copy()
    audit = flagged(consistency)
    queue["feeds"] = [feeds_text(r, ratios) for _, r in queue.iterrows()]
    queue["audit"] = [audit.get((str(r["doc_id"]), str(r["metric"])), "") for _, r in queue.iterrows()]
    queue["_conf"] = confidence.reindex(queue.index).fillna(-1.0)
    queue = queue.sort_values(["_conf", "feeds", "audit", "doc_id", "start"], ascending=[True, False, False, True, True],
                              key=lambda s: s.ne("") if s.name in ("feeds", "audit") else s, kind="stable")
    return queue.drop(columns="_conf").reset_index(drop=True)
