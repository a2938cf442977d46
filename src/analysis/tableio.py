"""Reading and writing tables: CSV or Parquet by extension, written atomically."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from .schema import FIGURE_DTYPES

SUPPORTED = (".csv", ".parquet")


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ValueError(f"{path}: unsupported table format {suffix or '(none)'}; use .csv or .parquet")
    return suffix


def write_table(df: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write df to path (.csv or .parquet) via a temporary file, so a crash never leaves half a file."""
    path = Path(path)
    suffix = _check_suffix(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    try:
        if suffix == ".csv":
            df.to_csv(tmp, index=False, encoding="utf-8")
        else:
            df.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_table(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read a .csv or .parquet table; figures columns get their contract dtypes."""
    path = Path(path)
    suffix = _check_suffix(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    if suffix == ".csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    else:
        df = pd.read_parquet(path)
    known = {c: t for c, t in FIGURE_DTYPES.items() if c in df.columns}
    for col, dtype in known.items():
        if dtype in ("Int64", "int64"):
            df[col] = pd.to_numeric(df[col]).astype(dtype)
        elif dtype == "float64":
            df[col] = pd.to_numeric(df[col]).astype(dtype)
        else:
            df[col] = df[col].astype(dtype)
    return df
