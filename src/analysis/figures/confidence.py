"""Confidence and rule of a figure row: how strong the evidence was that decided it.

Four signals decide a row, and each has a rate of being right, kept in resources/confidence.yml:
how the metric was decided (a noun right after the number, a "tỷ lệ X" subject, a list header, …,
per head noun where the data allow), where the year came from (its sentence, paragraph, the
article — and how the article's year was settled), where the status came from, and where the
article's province came from (manifest, text, URL). The confidence is their product. The rates are fitted on the
shared hand-checked corpora by scripts/fit_confidence.py and checked on articles they were not
fitted on (`analysis.figures.calibration` prints the reliability table).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..config import load_yaml, resource


@lru_cache(maxsize=1)
def weights() -> dict[str, Any]:
    """The evidence weights, read once."""
    path = resource("confidence.yml")
    return load_yaml(path.read_text(encoding="utf-8"))


def evidence_strength(how: str, head: str | None, year_source: str, status_source: str,
                      province_source: str = "") -> dict[str, object]:
    """`confidence` (0-1) and `rule` ("metric:head(dossiers); year:sentence; status:cue; province:text") of a row,
    and its signals as the private `_sources` (year, status, province) for the passes that derive rows from it."""
    return dict(_strength(how, head, year_source, status_source, province_source or "none"))


def _rate(table: dict[str, float], key: str) -> float:
    """The rate of a signal ("document(review)"), else of its kind ("document"), else the table's lowest."""
    return table.get(key, table.get(key.split("(")[0], min(table.values(), default=1.0)))


@lru_cache(maxsize=None)
def _strength(how: str, head: str | None, year_source: str, status_source: str,
              province_source: str) -> tuple[tuple[str, object], ...]:
    """evidence_strength, computed once per combination of signals."""
    w = weights()
    metric_cue = f"{how}({head})" if head else how
    metric = w["metric"].get(metric_cue, w["metric"].get(how, w["metric"]["default"]))
    score = metric * _rate(w["year"], year_source) * _rate(w["status"], status_source) \
        * _rate(w.get("province", {}), province_source)
    rule = f"metric:{metric_cue}; year:{year_source}; status:{status_source}; province:{province_source}"
    return (("confidence", round(min(1.0, max(0.0, score)), 2)), ("rule", rule),
            ("_sources", (year_source, status_source, province_source)))
