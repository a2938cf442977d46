"""The corrections file: every bad line is named with its line number; lines written for a figure replace each other."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.review.corrections import (CORRECTION_COLUMNS, CorrectionsError, chosen_path, correction_line,
                                         parse_corrections, read_corrections, save_line, to_csv_text)

SHA = "b6ad57f210a50ab2ee7a2d0e6e2a095c2cdb309556a1ea8a1aeb4069ad1af768"
HEADER = ",".join(CORRECTION_COLUMNS)


def _csv(*rows: dict) -> str:
    base = {"action": "drop", "doc_id": "000_x", "sha256": SHA, "start": "10", "end": "15",
            "metric": "services_total", "value": "1687"}
    return to_csv_text([{**base, **r} for r in rows])


def _error(text: str) -> str:
    with pytest.raises(CorrectionsError) as info:
        parse_corrections(text, "corr.csv")
    return str(info.value)


def test_every_action_parses_with_its_line_number():
    text = _csv({"action": "accept"}, {"action": "drop", "start": "20", "end": "22"},
                {"action": "change", "start": "30", "end": "33", "new_metric": "services_level4", "new_year": "2019",
                 "new_status": "target", "new_qualifier": "approx", "new_scope": "cấp xã", "new_province": "Dak Lak",
                 "new_value": "271", "new_period": "năm 2019"},
                {"action": "add", "start": "40", "end": "43", "metric": "services_level4", "value": "271",
                 "evidence": "… và 271 dịch vụ …", "new_year": "2019"})
    table = parse_corrections(text)
    assert table["line"].tolist() == [2, 3, 4, 5]
    assert table["action"].tolist() == ["accept", "drop", "change", "add"]
    assert table.loc[2, "new_province"] == "Đắk Lắk"  # a typed name becomes the canonical one


@pytest.mark.parametrize(("row", "message"), [
    ({"action": "dorp"}, "line 2: action 'dorp' is not one of accept, drop, change, add (did you mean 'drop'?)"),
    ({"sha256": "abc"}, "line 2: sha256 'abc' is not the article's sha256"),
    ({"start": "15", "end": "10"}, "line 2: end 10 must be after start 15"),
    ({"start": "x"}, "line 2: start 'x' is not a whole number"),
    ({"value": "-3"}, "line 2: value '-3' must be a number >= 0"),
    ({"doc_id": ""}, "line 2: doc_id is empty"),
    ({"action": "change"}, "line 2: change with no new_ field"),
    ({"action": "drop", "new_year": "2019"}, "line 2: drop takes no new_ fields (found new_year)"),
    ({"action": "change", "new_metric": "services_levl4"}, "did you mean services_level4"),
    ({"action": "change", "new_year": "19"}, "line 2: new_year '19' is not between 1900 and 2100"),
    ({"action": "change", "new_status": "done"}, "line 2: new_status 'done' is not one of actual, target"),
    ({"action": "change", "new_qualifier": "about"}, "new_qualifier 'about' is not one of exact"),
    ({"action": "change", "new_province": "Atlantis"}, "new_province 'Atlantis' is not one of the 63 provinces"),
    ({"action": "add"}, "line 2: add needs the evidence sentence"),
    ({"action": "add", "metric": "nonsense", "evidence": "x"}, "line 2: metric 'nonsense' is not a metric"),
])
def test_a_bad_line_is_an_error_naming_file_and_line(row, message):
    assert message in _error(_csv(row))
    assert _error(_csv(row)).startswith("corr.csv: ")


def test_all_bad_lines_are_listed_at_once_and_lines_count_multiline_evidence():
    text = _csv({"action": "accept", "evidence": "a sentence\nover two lines"}, {"action": "dorp", "start": "50", "end": "55"},
                {"action": "change", "start": "60", "end": "61"})
    error = _error(text)
    assert "2 problem(s), nothing applied" in error
    assert "line 4: action 'dorp'" in error and "line 5: change with no new_ field" in error


def test_two_lines_for_one_figure_are_an_error():
    error = _error(_csv({"action": "accept"}, {"action": "drop"}))
    assert "line 3: a second line for the figure of line 2" in error


def test_unknown_or_missing_columns_name_line_one():
    assert "line 1: unknown column(s) colour" in _error(HEADER + ",colour\n")
    assert "line 1: missing column(s) sha256" in _error("action,doc_id,start,end,metric,value\n")
    assert "line 3: 3 fields, the header has" in _error(_csv({}) + "drop,a,b\n")


def test_an_empty_file_or_header_alone_is_no_correction(tmp_path):
    assert parse_corrections("").empty and parse_corrections(HEADER + "\n").empty
    missing = tmp_path / "nope.csv"
    with pytest.raises(CorrectionsError, match="no such corrections file"):
        chosen_path(missing)
    assert chosen_path(missing, disabled=True) is None


def test_save_line_replaces_the_line_of_the_same_figure_and_never_writes_a_bad_file(tmp_path):
    path = tmp_path / "corrections.csv"
    figure = pd.Series({"doc_id": "000_x", "start": 10, "end": 15, "metric": "services_total", "value": 1687.0,
                        "evidence": "cung cấp 1.687 dịch vụ, trong đó"})
    save_line(path, correction_line(figure, SHA, "accept"))
    other = pd.Series({**figure.to_dict(), "start": 20, "end": 25})
    save_line(path, correction_line(other, SHA, "drop", note="headline"))
    save_line(path, correction_line(figure, SHA, "change", metric="services_level4", scope=None))
    table = read_corrections(path)
    assert table["action"].tolist() == ["drop", "change"]  # the accept of the same figure was replaced
    assert table.loc[1, "new_metric"] == "services_level4" and table.loc[1, "new_scope"] == "-"
    assert table.loc[1, "new_year"] == "" and table.loc[0, "note"] == "headline"
    before = path.read_text(encoding="utf-8")
    with pytest.raises(CorrectionsError):
        save_line(path, correction_line(figure, SHA, "change", status="maybe"))
    assert path.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corrections.csv"]  # no temporary file left


def test_correction_line_refuses_a_field_that_does_not_exist():
    figure = pd.Series({"doc_id": "d", "start": 1, "end": 2, "metric": "services_total", "value": 5.0})
    with pytest.raises(ValueError, match="cannot change colour"):
        correction_line(figure, SHA, "change", colour="red")
