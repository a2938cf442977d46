"""extract_text, the one-text API (issue 12): the same table as the validated path, without paying a
pandera validation per call."""
from __future__ import annotations


import pandas as pd
import pandera.errors
import pytest

import analysis.schema as schema
from analysis.figures.extract import extract_text
from analysis.text.clean import decode

from conftest import RAW


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [decode(p.read_bytes())[0] for p in sorted(RAW.glob("*.txt"))]


def test_unvalidated_table_equals_the_validated_one(texts):
    for text in texts:
        fast = extract_text(text, "d")
        assert len(fast) > 0
        pd.testing.assert_frame_equal(fast, extract_text(text, "d", validate=True))
    pd.testing.assert_frame_equal(extract_text("Không có số.", "d"), schema.empty_figures())


def test_no_schema_validation_per_call_unless_asked(texts, monkeypatch):
    def refuse(df):
        raise AssertionError("validated")

    monkeypatch.setattr(schema.figures_schema, "validate", refuse)
    extract_text(texts[0], "d")  # would raise if it validated
    with pytest.raises(AssertionError, match="validated"):
        extract_text(texts[0], "d", validate=True)


def test_a_collected_table_is_validated_once(texts):
    table = pd.concat([extract_text(t, f"d{i}") for i, t in enumerate(texts)], ignore_index=True)
    schema.validate_figures(table)
    with pytest.raises(pandera.errors.SchemaError):
        schema.validate_figures(table.assign(unit="bogus"))
