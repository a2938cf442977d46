"""Reader labels in Vietnamese: metrics and ratios from the catalogue (metrics.yml), table headers and coded
values from resources/labels.vi.yml. The tables keep their English identifiers; only the display changes."""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd
import yaml

from ..config import resource
from ..reference.catalogue import catalogue


@lru_cache(maxsize=1)
def _labels() -> dict:
    return yaml.safe_load(resource("labels.vi.yml").read_text(encoding="utf-8"))


def metric_label(metric: str) -> str:
    """The Vietnamese label of a metric, or the metric name itself when none is known."""
    return catalogue().label(metric)


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


KIND_LABELS = value_labels("kind")
