"""Confidence and rule of a figure row: how strong the evidence was that decided it.

Three signals decide a row, and each has a rate of being right, kept in resources/confidence.yml:
how the metric was decided (a noun right after the number, a "tỷ lệ X" subject, a list header, …,
per head noun where the data allow), where the year came from (its sentence, paragraph, the
article), where the status came from. The confidence is their product. The rates are fitted on the
shared hand-checked corpora by scripts/fit_confidence.py and checked on articles they were not
fitted on (`analysis.figures.calibration` prints the reliability table).
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
    return dict(_strength(how, head, year_source, status_source))


@lru_cache(maxsize=None)
def _strength(how: str, head: str | None, year_source: str, status_source: str) -> tuple[tuple[str, object], ...]:
    """evidence_strength, computed once per combination of signals."""
    w = weights()
    metric_cue = f"{how}({head})" if head else how
    metric = w["metric"].get(metric_cue, w["metric"].get(how, w["metric"]["default"]))
    score = metric * w["year"].get(year_source, min(w["year"].values())) \
        * w["status"].get(status_source, min(w["status"].values()))
    rule = f"metric:{metric_cue}; year:{year_source}; status:{status_source}"
    return (("confidence", round(min(1.0, max(0.0, score)), 2)), ("rule", rule))
