"""Confidence and rule of a figure row: how strong the evidence was that decided it.

Rule-based, not fitted: each way of deciding the metric has a base strength (a noun right after the
number is the strongest cue; a metric carried from a list header or an earlier figure is weaker),
lowered when the year or the status had to be taken from further away. The weights live in
resources/confidence.yml; `analysis.calibration` measures how they hold up (reliability table).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml

from ..config import resource


@lru_cache(maxsize=1)
def weights() -> dict[str, Any]:
    """The evidence weights, read once."""
    path = resource("confidence.yml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def evidence_strength(how: str, head: str | None, year_source: str, status_source: str) -> dict[str, object]:
    """`confidence` (0-1) and `rule` ("metric:head(dossiers); year:sentence; status:cue") of one row."""
    w = weights()
    score = w["metric"].get(how, w["metric"]["default"])
    score -= w["year"].get(year_source, 0.0) + w["status"].get(status_source, 0.0)
    metric_cue = f"{how}({head})" if head else how
    rule = f"metric:{metric_cue}; year:{year_source}; status:{status_source}"
    return {"confidence": round(min(1.0, max(0.0, score)), 2), "rule": rule}
