"""The on-screen review: each button writes its line into the corrections file, and the lines apply."""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import RAW

from analysis.figures.corpus import extract_corpus
from analysis.review.apply import apply_corrections
from analysis.review.corrections import read_corrections
from analysis.review.evidence import article_texts
from analysis.review.widgets import add_box, changed, decision_box, locate

DAK_LAK = "000_9dc4c8d6a1d21c28"


@pytest.fixture(scope="module")
def corpus():
    return extract_corpus(RAW)


def _parts(box):
    (buttons, edit, status) = box.children
    return dict(zip(("accept", "drop", "change"), buttons.children)), edit.children[0].children, status


def test_accept_drop_and_change_each_write_one_line_for_the_figure(corpus, tmp_path):
    path = tmp_path / "corrections.csv"
    figures = corpus.figures
    total = figures[(figures["doc_id"] == DAK_LAK) & (figures["metric"] == "services_total")].iloc[0]
    sha = corpus.documents.set_index("doc_id").loc[DAK_LAK, "sha256"]
    saved = []
    buttons, fields, status = _parts(decision_box(total, sha, path, on_saved=saved.append))
    buttons["accept"].click()
    assert read_corrections(path)["action"].tolist() == ["accept"] and "Đã ghi" in status.value
    buttons["change"].click()
    assert "Không có trường nào thay đổi" in status.value and len(saved) == 1
    metric, value, year, *_ = fields
    metric.value, year.value = "procedures_total", "2018"
    buttons["change"].click()
    table = read_corrections(path)
    assert table["action"].tolist() == ["change"]  # the same figure: the last decision replaces the first
    assert (table.loc[0, "new_metric"], table.loc[0, "new_year"], table.loc[0, "new_value"]) == ("procedures_total", "2018", "")
    done = apply_corrections(figures, table, corpus.documents).figures
    row = done[(done["doc_id"] == DAK_LAK) & (done["start"] == total["start"])].iloc[0]
    assert (row["metric"], row["year"], row["source"]) == ("procedures_total", 2018, "corrected")
    value.value = "not a number"
    buttons["change"].click()
    assert "Chưa ghi" in status.value and read_corrections(path)["action"].tolist() == ["change"]
    buttons["drop"].click()
    assert read_corrections(path)["action"].tolist() == ["drop"] and len(saved) == 3


def test_changed_reads_only_the_fields_that_differ():
    figure = pd.Series({"metric": "services_total", "value": 1687.0, "year": 2019, "status": "actual",
                        "qualifier": "exact", "scope": pd.NA, "province": "Đắk Lắk", "period": ""})

    class Field:
        def __init__(self, value):
            self.value = value

    fields = {k: Field(v) for k, v in {"metric": "services_total", "value": "1687", "year": "2019", "status": "actual",
                                       "qualifier": "approx", "scope": "", "province": "Đắk Lắk", "period": ""}.items()}
    assert changed(figure, fields) == {"qualifier": "approx"}
    fields["year"].value, fields["scope"].value = "", "cấp xã"
    assert changed(figure, fields) == {"qualifier": "approx", "year": None, "scope": "cấp xã"}


def test_a_missed_figure_is_added_from_its_sentence_and_number(corpus, tmp_path):
    path = tmp_path / "corrections.csv"
    texts = article_texts(corpus.documents)
    shas = dict(zip(corpus.documents["doc_id"], corpus.documents["sha256"]))
    box = add_box(texts, shas, path)
    doc, sentence, number, metric, year, status_field, qualifier, scope, province, period, button, status = box.children
    yen_bai = "001_f620119d92cd88cd"
    doc.value = yen_bai
    sentence.value = "99 cơ quan, đơn vị (31 sở, ban, ngành; 9 huyện thị xã"
    number.value = "31"
    button.click()
    assert "chọn chỉ số" in status.value and not path.exists()
    metric.value, scope.value = "edocs_software_agencies", "sở, ban, ngành"
    button.click()
    lines = read_corrections(path)
    assert lines["action"].tolist() == ["add"] and lines.loc[0, "new_scope"] == "sở, ban, ngành"
    start, end = int(lines.loc[0, "start"]), int(lines.loc[0, "end"])
    assert texts[yen_bai][start:end] == "31"
    added = apply_corrections(corpus.figures, lines, corpus.documents).figures
    assert added[added["source"] == "added"][["metric", "value", "province"]].values.tolist() == [
        ["edocs_software_agencies", 31.0, "Yên Bái"]]
    sentence.value = "một câu không có trong bài"
    button.click()
    assert "không tìm thấy câu" in status.value


def test_locate_finds_the_number_inside_the_sentence_inside_the_article():
    assert locate("Mở đầu. Có 12 dịch vụ và 12 điểm.", "Có 12 dịch vụ và 12 điểm.", "12") == (11, 13)
    with pytest.raises(ValueError, match="con số"):
        locate("Có 12 dịch vụ.", "Có 12 dịch vụ.", "13")
