import pandera.errors
import pytest

from analysis.schema import as_figures, empty_figures

ROW = {"doc_id": "d", "province": "Gia Lai", "year": 2019, "period": "năm 2019", "metric": "services_total",
       "value": 10.0, "unit": "count", "denominator": None, "qualifier": "exact", "status": "actual", "scope": None,
       "evidence": "Có 10 dịch vụ.", "start": 3, "end": 5}


def test_valid_row_passes_and_dtypes_follow_the_contract():
    df = as_figures([ROW])
    assert str(df["year"].dtype) == "Int64" and df["value"].dtype == "float64"
    assert empty_figures().empty


@pytest.mark.parametrize("change", [{"unit": "kg"}, {"qualifier": "maybe"}, {"metric": "Bad Name"}, {"end": 2},
                                    {"value": -1.0}, {"year": 3000}, {"evidence": ""}])
def test_contract_violations_are_rejected(change):
    with pytest.raises(pandera.errors.SchemaError):
        as_figures([{**ROW, **change}])


def test_a_percentage_above_100_is_kept_for_the_audit():
    assert as_figures([{**ROW, "value": 120.0, "unit": "percent"}])["value"].tolist() == [120.0]


def test_source_is_optional_after_rule_and_takes_three_values(tmp_path):
    from analysis.schema import validate_figures
    from analysis.tableio import read_figures, write_table

    plain = as_figures([ROW])
    assert "source" not in plain  # the extractor's own table, as before
    corrected = validate_figures(plain.assign(source="corrected"))
    assert corrected["source"].tolist() == ["corrected"]
    with pytest.raises(pandera.errors.SchemaError):
        validate_figures(plain.assign(source="by hand"))
    write_table(corrected, tmp_path / "f.csv")
    write_table(plain.drop(columns=["confidence", "rule"]), tmp_path / "old.csv")
    assert read_figures(tmp_path / "f.csv")["source"].tolist() == ["corrected"]
    assert "source" not in read_figures(tmp_path / "old.csv")  # a table written before the column still reads
