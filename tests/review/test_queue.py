"""What to review first, on the bundled articles: least sure first, reviewed figures gone, the ratio each feeds."""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import RAW

from analysis.figures.corpus import extract_corpus
from analysis.ratios.audit import audit
from analysis.ratios.build import compute_ratios
from analysis.review.apply import apply_corrections
from analysis.review.corrections import correction_line, empty_corrections, parse_corrections, to_csv_text
from analysis.review.queue import feeds_text, flagged, review_queue, role

DAK_LAK = "000_9dc4c8d6a1d21c28"


@pytest.fixture(scope="module")
def tables():
    corpus = extract_corpus(RAW)
    return corpus, compute_ratios(corpus.figures), audit(corpus.figures)


def _metric(figures: pd.DataFrame, metric: str, doc_id: str = DAK_LAK) -> pd.Series:
    return figures[(figures["doc_id"] == doc_id) & (figures["metric"] == metric)].iloc[0]


def test_least_sure_first_and_only_below_the_threshold(tables):
    corpus, ratios, checks = tables
    queue = review_queue(corpus.figures, empty_corrections(), ratios, checks, below=0.9)
    assert len(queue) == int((corpus.figures["confidence"] < 0.9).sum()) > 0
    assert queue["confidence"].is_monotonic_increasing
    everything = review_queue(corpus.figures, empty_corrections(), ratios, checks, below=1.01)
    assert len(everything) == len(corpus.figures)


def test_among_equally_sure_figures_those_feeding_a_ratio_come_first():
    rows = [{"doc_id": "d", "province": "Đắk Lắk", "year": 2019, "period": "", "metric": m, "value": v,
             "unit": "count", "denominator": None, "qualifier": "exact", "status": "actual", "scope": "",
             "evidence": "x", "start": s, "end": s + 1, "confidence": 0.5, "rule": ""}
            for m, v, s in (("network_points", 5.0, 0), ("services_total", 100.0, 5), ("services_level4", 20.0, 9))]
    figures = pd.DataFrame(rows)
    queue = review_queue(figures, empty_corrections(), compute_ratios(figures))
    assert queue["metric"].tolist()[-1] == "network_points"
    assert "mẫu số" in queue.loc[queue["metric"] == "services_total", "feeds"].iloc[0]


def test_reviewed_figures_leave_the_queue_and_filters_apply(tables):
    corpus, ratios, checks = tables
    queue = review_queue(corpus.figures, empty_corrections(), ratios, checks, below=1.01)
    first = queue.iloc[0]
    sha = corpus.documents.set_index("doc_id").loc[first["doc_id"], "sha256"]
    lines = parse_corrections(to_csv_text([correction_line(first, sha, "accept")]))
    after = review_queue(corpus.figures, lines, ratios, checks, below=1.01)
    assert len(after) == len(queue) - 1
    corrected = apply_corrections(corpus.figures, parse_corrections(to_csv_text(
        [correction_line(first, sha, "change", scope="cấp xã")])), corpus.documents).figures
    assert len(review_queue(corrected, empty_corrections(), ratios, checks, below=1.01)) == len(queue) - 1
    only = review_queue(corpus.figures, empty_corrections(), ratios, checks, province="Yên Bái",
                        metric="services_level4", below=1.01)
    assert set(only["province"]) == {"Yên Bái"} and set(only["metric"]) == {"services_level4"} and len(only) >= 1


def test_each_figure_says_which_ratio_it_feeds_and_how(tables):
    corpus, ratios, _ = tables
    figures = corpus.figures
    assert "Tỷ lệ dịch vụ công trực tuyến mức độ 4 = 16,06% (được chọn): mẫu số" == \
        feeds_text(_metric(figures, "services_total"), ratios)
    assert feeds_text(_metric(figures, "services_level4"), ratios).endswith("tử số")
    assert "phương án khác" in feeds_text(_metric(figures, "services_level3"), ratios)
    assert feeds_text(_metric(figures, "computers_pct"), ratios) == ""
    selected = ratios[(ratios["province"] == "Đắk Lắk") & (ratios["ratio"] == "level4_share")].iloc[0]
    assert role("services_level4_pct", selected) == "alternative" and role("email_accounts", selected) is None


def test_the_audits_mismatches_are_attached_to_their_figures(tables):
    _, _, checks = tables
    bad = checks[checks["verdict"] == "mismatch"]
    marks = flagged(checks)
    assert len(marks) == len(bad.drop_duplicates(["doc_id", "metric"]))
    assert all(detail.split(":")[0] in set(bad["check"]) for detail in marks.values())
