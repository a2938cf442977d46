"""What a notebook reads: the tables the pipeline wrote (paths given as parameters), or, when a notebook
runs alone with a folder of articles and no tables, the same tables computed on the spot."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from ..config import NOTEBOOKS_DIR
from ..figures.corpus import CorpusResult, extract_corpus, side_paths
from ..ratios.audit import audit
from ..ratios.build import compute_ratios
from ..ratios.stats import comparisons
from ..reference.provinces import resolve_province
from ..reference.targets import load_targets
from ..schema import DOCUMENT_COLUMNS, ERROR_COLUMNS, OPTIONAL_FIGURE_COLUMNS
from ..tableio import columns_of, is_parquet_dataset, read_result_table, read_table


def resolve_input(path: str | Path) -> Path:
    """An input path as given, or relative to notebooks/ (where JupyterLab opens) when it does not exist as given."""
    p = Path(path).expanduser()
    if p.exists() or p.is_absolute():
        return p
    alt = (NOTEBOOKS_DIR / p).resolve()
    return alt if alt.exists() else p


def existing_input(source: str | Path, name: str = "figures") -> Path:
    """resolve_input, or FileNotFoundError naming the parameter when neither a table nor a folder is there
    (not a later, misleading message about a missing figures table beside it)."""
    path = resolve_input(source)
    if not path.exists():
        raise FileNotFoundError(f"{name} = {str(source)!r}: no such file or folder "
                                "(relative paths are tried from here and from notebooks/)")
    return path


def load_extraction(source: str | Path) -> CorpusResult:
    """Figures, documents and errors: a figures table with the two tables `extract` wrote beside it, or a
    folder of articles extracted here."""
    path = existing_input(source)
    if path.is_dir() and not is_parquet_dataset(path):
        return extract_corpus(path)
    docs_path, errors_path = side_paths(path)
    documents = (read_result_table(docs_path) if docs_path.exists()
                 else pd.DataFrame(columns=list(DOCUMENT_COLUMNS)))
    errors = (pd.read_csv(errors_path, dtype=str, keep_default_na=False) if errors_path.exists()
              else pd.DataFrame(columns=list(ERROR_COLUMNS)))
    return CorpusResult(read_table(path), documents, errors)


def load_figures(source: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    """A figures table from a .csv/.parquet file or a partitioned dataset (only `columns` when given:
    Parquet reads nothing else; a named optional column such as `source` is skipped when the table has
    none), or extracted on the fly from a folder of articles."""
    path = existing_input(source)
    if path.is_dir() and not is_parquet_dataset(path):
        figures = extract_corpus(path).figures
        return figures if columns is None else figures[_present(columns, list(figures.columns))]
    return read_table(path, columns=None if columns is None else _present(columns, columns_of(path)))


def _present(columns: list[str], present: list[str]) -> list[str]:
    """`columns` without the optional figure columns the table lacks."""
    return [c for c in columns if c in present or c not in OPTIONAL_FIGURE_COLUMNS]


@dataclass
class Tables:
    """The tables a ratio notebook shows."""

    figures: pd.DataFrame
    ratios: pd.DataFrame
    consistency: pd.DataFrame
    comparisons: pd.DataFrame
    targets: pd.DataFrame


def load_tables(figures: str | Path, tables: str | Path | None = None, merged_2025: bool = False,
                figure_columns: list[str] | None = None) -> Tables:
    """ratios.csv, consistency.csv and comparisons.csv from the folder `tables` (as `ratios` or the batch
    wrote them), or computed here from `figures` when no folder is given. With tables given, only
    `figure_columns` of the figures are read when named (a notebook that only filters by them)."""
    fig = load_figures(figures, columns=figure_columns if tables is not None else None)
    if tables is not None:
        folder = existing_input(tables, "tables")
        return Tables(fig, *(read_result_table(folder / f"{name}.csv")
                             for name in ("ratios", "consistency", "comparisons")), load_targets())
    ratios = compute_ratios(fig, merged_2025=merged_2025)
    return Tables(fig, ratios, audit(fig), comparisons(ratios), load_targets())


def _years(df: pd.DataFrame, column: str, year_min: int | None, year_max: int | None) -> pd.Series:
    keep = pd.Series(True, index=df.index)
    year = pd.to_numeric(df[column], errors="coerce") if column in df else pd.Series(float("nan"), df.index)
    if year_min is not None:
        keep &= ~(year < int(year_min))  # undated rows are kept
    if year_max is not None:
        keep &= ~(year > int(year_max))
    return keep


def _wanted(figures: pd.DataFrame, provinces: str | list[str] | None) -> list[str] | None:
    if provinces in (None, "all", "", []):
        return None
    names = [p.strip() for p in provinces.split(",")] if isinstance(provinces, str) else list(provinces)
    known = sorted(figures["province"].dropna().unique())
    return [resolve_province(p, known) for p in names]


def filter_figures(figures: pd.DataFrame, provinces: str | list[str] | None = None,
                   year_min: int | None = None, year_max: int | None = None) -> pd.DataFrame:
    """Rows of the chosen provinces (None or "all": every one) within [year_min, year_max]; undated rows are kept."""
    wanted = _wanted(figures, provinces)
    keep = _years(figures, "year", year_min, year_max)
    if wanted is not None:
        keep &= figures["province"].isin(wanted)
    return figures[keep.astype(bool)].reset_index(drop=True)


def filter_tables(tables: Tables, provinces: str | list[str] | None = None,
                  year_min: int | None = None, year_max: int | None = None) -> Tables:
    """Every table restricted to the chosen provinces and years (a comparison needs both its provinces)."""
    wanted = _wanted(tables.figures, provinces)

    def rows(df: pd.DataFrame, *province_columns: str) -> pd.DataFrame:
        keep = _years(df, "year", year_min, year_max)
        for col in province_columns if wanted is not None else ():
            keep &= df[col].isin(wanted) | df[col].isna()
        return df[keep.astype(bool)].reset_index(drop=True)

    return replace(tables, figures=rows(tables.figures, "province"), ratios=rows(tables.ratios, "province"),
                   consistency=rows(tables.consistency, "province"),
                   comparisons=rows(tables.comparisons, "province_a", "province_b"))
