"""What the review notebook reads: a folder or a (corrected) figures table, the corrections file applied."""
from __future__ import annotations

import pytest
from conftest import RAW

from analysis.cli import main
from analysis.review.corrections import correction_line, save_line
from analysis.review.load import load_review
from analysis.tableio import read_table

DAK_LAK = "000_9dc4c8d6a1d21c28"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("load")
    out = tmp / "figures.csv"
    assert main(["extract", str(RAW), "--out", str(out), "--quiet", "--no-corrections"]) == 0
    figures, docs = read_table(out), read_table(tmp / "figures_documents.csv")
    total = figures[(figures["doc_id"] == DAK_LAK) & (figures["metric"] == "services_total")].iloc[0]
    corrections = tmp / "corrections.csv"
    save_line(corrections, correction_line(total, docs.set_index("doc_id").loc[DAK_LAK, "sha256"], "drop"))
    return tmp, out, corrections, figures


def test_a_folder_and_its_written_table_give_the_same_review(written):
    tmp, out, corrections, figures = written
    from_folder = load_review(RAW, corrections)
    from_table = load_review(out, corrections)
    assert len(from_table.figures) == len(figures) - 1 == len(from_folder.figures)
    assert from_table.figures.equals(from_folder.figures)
    assert set(from_table.texts) == set(figures["doc_id"]) and from_table.sha256(DAK_LAK)


def test_a_corrected_table_is_reviewed_from_the_extractors_twin(written):
    tmp, out, corrections, figures = written
    assert main(["correct", str(out), "--corrections", str(corrections)]) == 0
    assert "source" in read_table(out)
    review = load_review(out, corrections)
    assert len(review.figures) == len(figures) - 1 and review.applied.count("applied") == 1


def test_no_corrections_file_means_no_correction_and_tables_are_read_when_given(written, tmp_path):
    tmp, out, _, figures = written
    assert main(["ratios", str(out), "--out", str(tmp_path)]) == 0
    review = load_review(out, tmp_path / "absent.csv", tables=tmp_path)
    assert review.corrections.empty and set(review.figures["source"]) == {"extracted"}
    assert len(review.ratios) == len(read_table(tmp_path / "ratios.csv"))
