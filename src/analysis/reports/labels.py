"""Reader labels in Vietnamese: metrics and ratios from the catalogue (metrics.yml), table headers and coded
values from resources/labels.vi.yml. The tables keep their English identifiers; only the display changes."""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from ..config import load_yaml, resource
from ..reference.catalogue import SUM_OF_LEVELS, catalogue
from . import fmt


@lru_cache(maxsize=1)
def _labels() -> dict:
    return load_yaml(resource("labels.vi.yml").read_text(encoding="utf-8"))


def metric_label(metric: str) -> str:
    """The Vietnamese label of a metric: the catalogue's, labels.vi.yml's, 'Tỷ lệ <count label> (%)' for a
    share of a labelled count, else the metric name itself."""
    known = catalogue().metrics.get(metric, {}).get("label") or _labels().get("metrics", {}).get(metric)
    if known:
        return known
    if metric.endswith("_pct"):
        base = metric_label(metric[: -len("_pct")])
        if base != metric[: -len("_pct")]:
            return f"Tỷ lệ {base[0].lower()}{base[1:]} (%)"
    return metric


def bounded(value: str, kind: str) -> str:
    """A formatted value as its kind or qualifier says it: 'ít nhất 60%', 'dưới 5,9%', 'khoảng 95%'."""
    return _labels()["bounds"].get(kind or "exact", "{v}").format(v=value)


def basis_label(basis: str) -> str:
    """A ratio's basis for a reader: the denominator's label, 'tổng các mức …' or the stated share's label."""
    if not basis:
        return ""
    if basis == SUM_OF_LEVELS:
        return _labels()["bases"][SUM_OF_LEVELS]
    if basis.startswith("stated:"):
        return _labels()["bases"]["stated"].format(label=metric_label(basis.split(":", 1)[1]))
    return " + ".join(metric_label(m) for m in basis.split("+"))


@lru_cache(maxsize=1)
def _phrases() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pattern), text) for pattern, text in _labels()["phrases"]]


_METRIC_NAME = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w])")


def translate(text: object) -> str:
    """An English note, reason or audit detail of the tables in Vietnamese: phrases from labels.vi.yml,
    numbers the Vietnamese way, metric names by their labels."""
    if not isinstance(text, str) or not text:
        return ""
    for pattern, wording in _phrases():
        text = pattern.sub(wording, text)
    text = _NUMBER.sub(lambda m: fmt.number(float(m.group())), text)
    return _METRIC_NAME.sub(lambda m: metric_label(m.group()).lower().removesuffix(" (%)"), text)


def ratio_label(ratio: str) -> str:
    """The Vietnamese label of an adoption ratio."""
    spec = catalogue().ratios.get(ratio)
    return spec.label if spec else ratio


def value_labels(column: str) -> dict:
    """Value -> Vietnamese label for a coded column (qualifier, status, kind, verdict, ...); {} when none."""
    return _labels()["values"].get(column, {})


def column_label(column: str) -> str:
    """A table header in Vietnamese (the identifier itself when none is known)."""
    return _labels()["columns"].get(column, column)


def _display(column: str, values: pd.Series) -> pd.Series:
    if column == "metric":
        return values.map(lambda m: metric_label(m) if isinstance(m, str) else m)
    if column == "ratio":
        return values.map(lambda r: ratio_label(r) if isinstance(r, str) else r)
    if column in ("basis", "numerator_basis"):
        return values.map(lambda b: basis_label(b) if isinstance(b, str) else b)
    if column in ("note", "reason", "detail", "ci_note"):
        return values.map(translate)
    if column in YEAR_COLUMNS:
        return values.map(fmt.year)
    labels = value_labels(column)
    if not labels:
        return values
    return values.map(lambda v: labels.get(v, v) if isinstance(v, (str, bool, np.bool_)) else v)


def reader_view(df: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """The chosen columns (default: all) with coded values labelled and headers in Vietnamese."""
    cols = [c for c in (columns or list(df.columns)) if c in df]
    view = df[cols].copy()
    for col in cols:
        view[col] = _display(col, view[col])
    return view.rename(columns={c: column_label(c) for c in cols})


YEAR_COLUMNS = ("year", "target_year")
KIND_LABELS = value_labels("kind")
