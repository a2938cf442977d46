"""Every table's contract: the figures table (../shared/spec/figures.md, a pandera schema), the documents
and errors tables beside it, the ratios, consistency and comparisons tables."""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # pandera is imported when a table is validated (schemas built on first use)
    import pandera.pandas as pa

from .reference.catalogue import catalogue

UNITS = ("count", "percent", "rank")
QUALIFIERS = ("exact", "more_than", "less_than", "approx")
STATUSES = ("actual", "target")

CORE_METRICS = catalogue().core_metrics  # resources/metrics.yml, `core: true`

FIGURE_COLUMNS = (
    "doc_id", "province", "year", "period", "metric", "value", "unit", "denominator",
    "qualifier", "status", "scope", "evidence", "start", "end", "confidence", "rule",
)

# Added to the contract later: a table written before them (or the gold figures) still validates.
OPTIONAL_FIGURE_COLUMNS = ("confidence", "rule", "source")

# After corrections (review/): each row says where it comes from. The extractor's own table has no `source`.
SOURCES = ("extracted", "corrected", "added")
CORRECTED_FIGURE_COLUMNS = (*FIGURE_COLUMNS, "source")

FIGURE_DTYPES = {
    "doc_id": "string", "province": "string", "year": "Int64", "period": "string",
    "metric": "string", "value": "float64", "unit": "string", "denominator": "float64",
    "qualifier": "string", "status": "string", "scope": "string", "evidence": "string",
    "start": "int64", "end": "int64", "confidence": "float64", "rule": "string", "source": "string",
}

# What ratios.build and ratios.audit read of a figures table (confidence and rule are for readers).
RATIO_INPUT_COLUMNS = tuple(c for c in FIGURE_COLUMNS if c not in OPTIONAL_FIGURE_COLUMNS)

ERROR_COLUMNS = ("path", "doc_id", "error")
# format: txt | html | pdf | docx; extractor: what read the text (plain, trafilatura, pypdf, python-docx and
# version); title, site: from a page's or document's own metadata (published and url are filled from it too
# when the manifest leaves them empty)
DOCUMENT_COLUMNS = ("doc_id", "path", "province", "province_source", "year", "published", "url",
                    "encoding", "n_chars", "n_figures", "sha256", "format", "extractor", "title", "site")
MANIFEST_COLUMNS = ("doc_id", "url", "published", "province")

RATIO_COLUMNS = (
    "level", "province", "province_2025", "year", "ratio", "scope", "status", "period",
    "basis", "numerator_basis", "numerator", "numerator_qualifier", "denominator", "denominator_qualifier",
    "value", "lower", "upper", "kind", "ci_low", "ci_high", "ci_note",
    "doc_ids", "selected", "selection_rank", "n_candidates", "alternatives", "note",
    "members", "target_pct", "target_year", "target_instrument", "gap_to_target", "plan_pct",
    "problem",  # '' or why the value cannot be true (ratios.plausibility); such rows are never charted
)

AUDIT_COLUMNS = (
    "check", "doc_id", "province", "year", "scope", "period", "status", "metric",
    "relation", "expected", "found", "verdict", "detail", "evidence",
)

PAIRWISE_COLUMNS = (
    "analysis", "ratio", "scope", "year", "province_a", "province_b", "basis_a", "basis_b",
    "count_a", "nobs_a", "count_b", "nobs_b", "value_a", "value_b", "diff",
    "statistic", "p_value", "p_adjusted", "correction", "n_tests", "significant", "tested", "reason",
)
TREND_COLUMNS = (
    "analysis", "ratio", "scope", "model", "province", "n_years", "years", "fitted", "reason",
    "coef_year", "coef_ci_low", "coef_ci_high", "odds_ratio_per_year", "p_value", "df_resid", "scale",
)
COMPARISON_COLUMNS = tuple(dict.fromkeys([*PAIRWISE_COLUMNS, *TREND_COLUMNS, "caveat"]))

_text = {"nullable": True}


@functools.cache
def _figures_schema() -> pa.DataFrameSchema:
    """The figures contract as a pandera schema, built on first use (pandera takes a second to import: a batch
    with nothing to check never pays it)."""
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            "doc_id": pa.Column("string", pa.Check.str_length(min_value=1)),
            "province": pa.Column("string", **_text),
            "year": pa.Column("Int64", pa.Check.in_range(1900, 2100), nullable=True),
            "period": pa.Column("string", **_text),
            "metric": pa.Column("string", pa.Check.str_matches(r"^[a-z][a-z0-9_]*$")),
            "value": pa.Column("float64", pa.Check.ge(0)),
            "unit": pa.Column("string", pa.Check.isin(UNITS)),
            "denominator": pa.Column("float64", pa.Check.gt(0), nullable=True),
            "qualifier": pa.Column("string", pa.Check.isin(QUALIFIERS)),
            "status": pa.Column("string", pa.Check.isin(STATUSES)),
            "scope": pa.Column("string", **_text),
            "evidence": pa.Column("string", pa.Check.str_length(min_value=1)),
            "start": pa.Column("int64", pa.Check.ge(0)),
            "end": pa.Column("int64", pa.Check.ge(0)),
            # Optional so that tables written before these columns existed still validate.
            "confidence": pa.Column("float64", pa.Check.in_range(0, 1), nullable=True, required=False),
            "rule": pa.Column("string", nullable=True, required=False),
            "source": pa.Column("string", pa.Check.isin(SOURCES), nullable=True, required=False),
        },
        # Percentages above 100 are a finding of the consistency audit (percent_le_100), not a
        # contract violation: the table keeps what the article says.
        checks=[pa.Check(lambda df: df["end"] > df["start"], error="end must be after start")],
        strict=True,
        ordered=True,
        coerce=True,
    )


def __getattr__(name: str) -> object:
    """`schema.figures_schema`, built on first use."""
    if name == "figures_schema":
        return _figures_schema()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def empty_figures() -> pd.DataFrame:
    """An empty figures table with the contract's columns and dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=FIGURE_DTYPES[c]) for c in FIGURE_COLUMNS})


def figures_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts) -> a figures table in contract order and dtypes, not validated (the caller validates
    once per batch or table)."""
    if not rows:
        return empty_figures()
    # Column by column with the dtype given at once (3-4x faster than DataFrame(rows).astype(...)),
    # the dtypes validation would coerce to, so a table validated later is unchanged by it.
    # Plain float64/int64 columns go through numpy (None -> NaN, as pd.array gives), and the columns are
    # not copied again: they are built here and belong to the table alone.
    dtypes = _validated_dtypes()
    columns = {}
    for c in FIGURE_COLUMNS:
        values, dtype = [row.get(c) for row in rows], dtypes[c]
        if dtype == _FLOAT64:
            columns[c] = np.array([_NAN if v is None else v for v in values], dtype=_FLOAT64)
        elif dtype == _INT64 and None not in values:
            columns[c] = np.array(values, dtype=_INT64)
        else:
            columns[c] = pd.array(values, dtype=dtype)
    return pd.DataFrame(columns, copy=False)


_FLOAT64, _INT64, _NAN = np.dtype("float64"), np.dtype("int64"), float("nan")


@functools.cache
def _validated_dtypes() -> dict:
    """The dtype of each figures column after validation (pandera's coercion), found once."""
    return validate_figures(empty_figures()).dtypes.to_dict()


def as_figures(rows: list[dict], validate: bool = True) -> pd.DataFrame:
    """Rows (dicts) -> a figures table in contract order and dtypes, validated unless validate=False."""
    if not rows:
        return empty_figures()
    return validate_figures(figures_frame(rows)) if validate else figures_frame(rows)


def validate_figures(df: pd.DataFrame) -> pd.DataFrame:
    """Validate (and coerce) a figures table; raises pandera's SchemaError when it breaks the contract."""
    return _figures_schema().validate(df)


@functools.cache
def _columns_schema(columns: tuple[str, ...]) -> pa.DataFrameSchema:
    """The figures schema restricted to `columns` (its start/end check only when both are there)."""
    import pandera.pandas as pa

    full = _figures_schema()
    return pa.DataFrameSchema({c: full.columns[c] for c in columns},
                              checks=full.checks if {"start", "end"} <= set(columns) else [],
                              strict=True, ordered=True, coerce=True)


def validate_figure_columns(df: pd.DataFrame) -> pd.DataFrame:
    """Validate the columns of a figures table that df has (a reader that loads only what it uses)."""
    return _columns_schema(tuple(df.columns)).validate(df)
