"""The figures table contract (../shared/spec/figures.md) as a pandera schema."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

UNITS = ("count", "percent", "rank")
QUALIFIERS = ("exact", "more_than", "less_than", "approx")
STATUSES = ("actual", "target")

CORE_METRICS = (
    "services_total", "procedures_total",
    "services_level2", "services_level3", "services_level4",
    "services_level3_pct", "services_level4_pct",
    "dossiers_received", "dossiers_resolved", "dossiers_online",
    "dossiers_online_level3", "dossiers_online_level4",
    "dossiers_online_pct", "dossiers_online_level3_pct", "dossiers_online_level4_pct",
    "dossiers_ontime_pct",
    "email_accounts", "email_agencies", "email_issued_pct", "email_usage_pct",
    "edocs_pct", "ict_index_rank", "satisfaction_pct",
)

FIGURE_COLUMNS = (
    "doc_id", "province", "year", "period", "metric", "value", "unit", "denominator",
    "qualifier", "status", "scope", "evidence", "start", "end", "confidence", "rule",
)

# Added to the contract later: a table written before them (or the gold figures) still validates.
OPTIONAL_FIGURE_COLUMNS = ("confidence", "rule")

FIGURE_DTYPES = {
    "doc_id": "string", "province": "string", "year": "Int64", "period": "string",
    "metric": "string", "value": "float64", "unit": "string", "denominator": "float64",
    "qualifier": "string", "status": "string", "scope": "string", "evidence": "string",
    "start": "int64", "end": "int64", "confidence": "float64", "rule": "string",
}

ERROR_COLUMNS = ("path", "doc_id", "error")

_text = {"nullable": True}
figures_schema = pa.DataFrameSchema(
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
    },
    # Percentages above 100 are a finding of the consistency audit (percent_le_100), not a
    # contract violation: the table keeps what the article says.
    checks=[pa.Check(lambda df: df["end"] > df["start"], error="end must be after start")],
    strict=True,
    ordered=True,
    coerce=True,
)


def empty_figures() -> pd.DataFrame:
    """An empty figures table with the contract's columns and dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=FIGURE_DTYPES[c]) for c in FIGURE_COLUMNS})


def as_figures(rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts) -> a validated figures table in contract order and dtypes."""
    if not rows:
        return empty_figures()
    df = pd.DataFrame(rows, columns=list(FIGURE_COLUMNS)).astype(FIGURE_DTYPES)
    return validate_figures(df)


def validate_figures(df: pd.DataFrame) -> pd.DataFrame:
    """Validate (and coerce) a figures table; raises pandera's SchemaError when it breaks the contract."""
    return figures_schema.validate(df)
