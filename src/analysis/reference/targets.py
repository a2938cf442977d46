"""National targets for the adoption ratios (data/reference/national_targets.csv)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..config import REFERENCE_DIR


def load_targets(path: str | Path | None = None) -> pd.DataFrame:
    """National targets: ratio, target_pct (float), by_year (Int64), instrument, note, source."""
    df = pd.read_csv(path or REFERENCE_DIR / "national_targets.csv", dtype=str, keep_default_na=False)
    df["target_pct"] = pd.to_numeric(df["target_pct"]).astype(float)
    df["by_year"] = pd.to_numeric(df["by_year"]).astype("Int64")
    return df
